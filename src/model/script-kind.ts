// What a repository script becomes, from its name alone (contract: `.sh` Shell, `.ps1` PowerShell,
// anything else a File copy).

/** How a repository script is run on the build VM. */
export type ScriptKind = 'shell' | 'powershell' | 'file'

/** `.sh` → shell, `.ps1` → powershell, anything else is copied as a file. */
export function scriptKind(relPath: string): ScriptKind {
  if (/\.sh$/i.test(relPath)) return 'shell'
  if (/\.ps1$/i.test(relPath)) return 'powershell'
  return 'file'
}
