// Finding a program on PATH the way a shell would, without running anything: the script checks
// use whatever bash, sh or PowerShell the runner has, wherever its image put them.
import { accessSync, constants, statSync } from 'node:fs'
import path from 'node:path'

/**
 * The first executable file named `name` in the directories of `pathVar`, or undefined.
 * On Windows only `.exe` counts: spawning a `.cmd` or `.bat` would need a shell.
 */
export function findExecutable(
  name: string,
  pathVar: string,
  platform: NodeJS.Platform = process.platform,
): string | undefined {
  const windows = platform === 'win32'
  const delimiter = windows ? ';' : ':'
  const fileName = windows && !name.toLowerCase().endsWith('.exe') ? `${name}.exe` : name
  for (const dir of pathVar.split(delimiter)) {
    // An empty entry means the current directory to a shell: never trusted here.
    if (dir === '' || !path.isAbsolute(dir)) continue
    const candidate = path.join(dir, fileName)
    if (isExecutableFile(candidate, windows)) return candidate
  }
  return undefined
}

function isExecutableFile(file: string, windows: boolean): boolean {
  try {
    if (!statSync(file).isFile()) return false
    if (!windows) accessSync(file, constants.X_OK)
    return true
  } catch {
    // Missing, not a directory on the way, not executable: not this one.
    return false
  }
}
