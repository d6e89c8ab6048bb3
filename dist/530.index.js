export const id = 530;
export const ids = [530];
export const modules = {

/***/ 1530:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBuild: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: ./src/azure/image-templates.ts
var image_templates = __webpack_require__(7316);
// EXTERNAL MODULE: ./src/model/names.ts
var names = __webpack_require__(1601);
;// CONCATENATED MODULE: ./src/azure/results.ts

/**
 * The service names the log in lastRunStatus.message in one of two forms: an https blob URL or a
 * storage resource path (`/subscriptions/…/storageAccounts/…/packerlogs/…/customization.log`).
 */
const LOG_URL = /https:\/\/[^\s"']+?\/customization\.log/i;
const LOG_PATH = /\/subscriptions\/[^\s"']+?\/storageAccounts\/[^\s"']+?\/customization\.log/i;
function customizationLogFrom(message) {
    return LOG_URL.exec(message)?.[0] ?? LOG_PATH.exec(message)?.[0];
}
function toBuildResult(end, runOutputs) {
    const outputs = runOutputs.map((o) => dropEmpty({ name: o.name ?? '', artifactId: o.artifactId, artifactUri: o.artifactUri }));
    const byName = (name) => outputs.find((o) => o.name === name);
    // A gallery version is what fleets deploy from, so it wins over a managed image.
    const imageId = byName(names/* RUN_OUTPUT */.mF.gallery)?.artifactId ??
        byName(names/* RUN_OUTPUT */.mF.managedImage)?.artifactId ??
        outputs.find((o) => o.artifactId)?.artifactId;
    const vhdUri = byName(names/* RUN_OUTPUT */.mF.vhd)?.artifactUri ?? outputs.find((o) => o.artifactUri)?.artifactUri;
    return dropEmpty({
        runState: end.runState,
        message: end.message,
        outputs,
        imageId,
        vhdUri,
        customizationLog: customizationLogFrom(end.message),
    });
}
function dropEmpty(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}

// EXTERNAL MODULE: ./src/steps/cleanup-policy.ts
var cleanup_policy = __webpack_require__(8310);
// EXTERNAL MODULE: ./src/config/cleanup-target.ts
var cleanup_target = __webpack_require__(5214);
// EXTERNAL MODULE: ./src/steps/connect.ts + 4 modules
var connect = __webpack_require__(8603);
// EXTERNAL MODULE: ./src/model/elapsed.ts
var elapsed = __webpack_require__(9033);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
;// CONCATENATED MODULE: ./src/model/deadline.ts


/** A wait that ran past its deadline; the message names what it waited for. */
class DeadlineError extends errors/* ActionError */.lZ {
    constructor(message, options) {
        super(message, options);
        this.name = 'DeadlineError';
    }
}
/**
 * Runs `work` with a signal that aborts after `wait.ms` or when `wait.outer` aborts. Every wait on
 * Azure goes through here, so none can hang a job until GitHub's own timeout.
 * @throws DeadlineError when the deadline passed first
 */
async function withDeadline(wait, work) {
    const timeout = AbortSignal.timeout(wait.ms);
    const signal = wait.outer ? AbortSignal.any([wait.outer, timeout]) : timeout;
    try {
        // Raced, not only signalled: a call that ignores its signal (a token request, a stalled
        // socket) must not hold the wait past its deadline.
        return await Promise.race([work(signal), rejectOnAbort(signal)]);
    }
    catch (error) {
        if (timeout.aborted && !wait.outer?.aborted)
            throw new DeadlineError(`Gave up after ${(0,elapsed/* formatElapsed */.C)(wait.ms)} waiting for ${wait.what}.`, {
                cause: error,
            });
        throw error;
    }
}
function rejectOnAbort(signal) {
    return new Promise((_, reject) => {
        const fail = () => reject(signal.reason);
        if (signal.aborted)
            fail();
        else
            signal.addEventListener('abort', fail, { once: true });
    });
}

// EXTERNAL MODULE: ./src/azure/errors.ts
var azure_errors = __webpack_require__(6616);
;// CONCATENATED MODULE: ./src/azure/watch.ts




const TERMINAL_STATES = ['Succeeded', 'PartiallySucceeded', 'Failed', 'Canceled'];
/** Failed reads in a row after which the log says so with a warning, not only a line. */
const PERSISTING_FAILURES = 5;
/** The status could not be read `maxFailedReads + 1` times in a row: the build's fate is unknown. */
class StatusOutage extends errors/* ActionError */.lZ {
    failedReads;
    constructor(failedReads, last) {
        const why = last instanceof Error ? last.message : String(last);
        super(`Reading the build status failed ${failedReads} times in a row (last: ${why})`, {
            cause: last,
        });
        this.name = 'StatusOutage';
        this.failedReads = failedReads;
    }
}
function isTerminal(state) {
    return TERMINAL_STATES.includes(state ?? '');
}
/**
 * Follows lastRunStatus until the run ends, logging each phase change as it happens. Transient
 * read failures (throttling, 5xx, resets, truncated bodies) are retried at the poll interval, or
 * later when the service asks; more than `maxFailedReads` in a row throw StatusOutage.
 */
async function waitForRun(deps, signal) {
    const started = deps.now();
    const phases = [];
    let failedReads = 0;
    for (;;) {
        signal.throwIfAborted();
        let status;
        let waitMs = deps.intervalMs;
        try {
            status = await readStatus(deps, signal);
            failedReads = 0;
        }
        catch (error) {
            failedReads = countFailedRead(deps, error, signal, failedReads);
            waitMs = Math.max(waitMs, (0,azure_errors/* retryAfterMs */.Vs)(error));
        }
        if (status)
            notePhase(deps, phases, phaseOf(status), deps.now() - started);
        if (isTerminal(status?.runState))
            return { runState: status.runState, message: status.message ?? '', phases };
        await deps.sleep(waitMs, signal);
    }
}
/** Records and logs a phase the first time it is seen. */
function notePhase(deps, phases, phase, atMs) {
    if (phase === phases.at(-1)?.phase)
        return;
    phases.push({ phase, atMs });
    deps.log(`Build phase: ${phase} (after ${(0,elapsed/* formatElapsed */.C)(atMs)})`);
}
/**
 * A failed read that may pass (transient, or a read past its deadline) is counted and reported;
 * anything else, an abort, or one failure too many ends the watch.
 */
function countFailedRead(deps, error, signal, failedReads) {
    if (!((0,azure_errors/* isTransient */.dg)(error) || error instanceof DeadlineError) || signal.aborted)
        throw error;
    const count = failedReads + 1;
    if (count > deps.maxFailedReads)
        throw new StatusOutage(count, error);
    reportFailedRead(deps, error, count);
    return count;
}
/** One blip is a log line; failures that persist become a warning, once. */
function reportFailedRead(deps, error, failedReads) {
    const line = `Reading the build status failed (${error.message}); trying again (${failedReads}/${deps.maxFailedReads})`;
    if (failedReads === PERSISTING_FAILURES)
        deps.warn(line);
    else
        deps.log(line);
}
async function readStatus(deps, signal) {
    const template = await deps.getTemplate(signal);
    if (!template)
        throw new errors/* ActionError */.lZ('The image template disappeared while the build was running (deleted by someone else?)');
    return template.lastRunStatus;
}
/** Running phases show the sub-state; the end shows the final state. */
function phaseOf(status) {
    if (status.runState === 'Running')
        return status.runSubState ?? 'Queued';
    return status.runState ?? 'Queued';
}

// EXTERNAL MODULE: ./src/runner/signals.ts
var signals = __webpack_require__(715);
// EXTERNAL MODULE: ./src/template/render.ts + 2 modules
var render = __webpack_require__(5404);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/publish.ts + 1 modules
var publish = __webpack_require__(2877);
;// CONCATENATED MODULE: ./src/steps/follow.ts
// Following a started build to its end, and what happens when that cannot be done: the workflow
// is cancelled, the build runs past its timeout, or the status cannot be read any more.








/**
 * Waits for the run. On a cancel, a timeout or a status outage it asks the service to cancel,
 * within a small budget, and fails with what is known about the build.
 */
async function follow(ctx) {
    const { io, config, templates, ref, limits } = ctx;
    const minutes = config.vm.buildTimeoutMinutes ?? render/* DEFAULT_BUILD_TIMEOUT_MINUTES */.rq;
    const stop = (0,signals/* stopSignal */.Z)(minutes * 60_000 + limits.buildMarginMs);
    try {
        const deps = {
            getTemplate: (outer) => withDeadline({ what: 'a status read', ms: limits.readMs, outer }, (signal) => templates.readOnce(ref, signal)),
            sleep: signals/* sleep */.y,
            now: Date.now,
            log: (m) => io.info(m),
            warn: (m) => (0,annotations/* warn */.R)(io, m),
            intervalMs: config.pollMs,
            maxFailedReads: limits.maxFailedReads,
        };
        return await waitForRun(deps, stop.signal);
    }
    catch (error) {
        const reason = stop.reason();
        if (reason) {
            (0,annotations/* warn */.R)(io, reason === 'cancelled'
                ? 'The workflow was cancelled: cancelling the build'
                : 'The build ran past build-timeout-minutes: cancelling it');
            await cancelBuild(ctx);
            throw new errors/* ActionError */.lZ(reason === 'cancelled'
                ? 'The build was cancelled; the post step takes care of the template (`cleanup`).'
                : `The build did not finish within ${minutes} minutes; the post step takes care of the template (\`cleanup\`).`);
        }
        if (error instanceof StatusOutage)
            throw await giveUpOnOutage(ctx, error);
        throw error;
    }
    finally {
        stop.dispose();
    }
}
/** Sends the cancel request within the budget; returns the error when it could not be sent. */
async function cancelBuild(ctx) {
    const { io, templates, ref, limits } = ctx;
    const wait = { what: 'the cancel request to be accepted', ms: limits.cancelRequestMs };
    try {
        await withDeadline(wait, (signal) => templates.requestCancel(ref, signal));
        (0,publish/* publishCanceled */.Z5)(io);
        return undefined;
    }
    catch (error) {
        const { message } = (0,errors/* formatError */.Wk)(error);
        (0,annotations/* warn */.R)(io, message);
        return message;
    }
}
/**
 * The status could not be read for longer than the tolerance. The build may be fine, but nobody
 * would follow it: cancel it rather than leave it billing, and say plainly what is known.
 */
async function giveUpOnOutage(ctx, outage) {
    const failed = await cancelBuild(ctx);
    const head = `${outage.message}. Stopped following the build.`;
    if (!failed)
        return new errors/* ActionError */.lZ(`${head} The service accepted a cancel request; the post step takes care of the template (\`cleanup\`).`, { cause: outage });
    return new errors/* ActionError */.lZ(`${head} The cancel request failed too, so the build may still be running in Azure: ${ctx.templateId}\n` +
        `Check it, and stop and remove it with:\n${(0,cleanup_policy/* removalCommands */.VW)(ctx.templateId, true)}`, { cause: outage });
}

;// CONCATENATED MODULE: ./src/azure/gallery-rules.ts
const OS_TYPE = { linux: 'Linux', windows: 'Windows' };
function securityTypeOf(image) {
    return image.features?.find((f) => f.name?.toLowerCase() === 'securitytype')?.value ?? 'Standard';
}
/** The body of a new definition: the spec's identity and facts, with defaults for the rest. */
function definitionBody(spec, osType, location) {
    if (!spec.identifier)
        throw new Error('a definition can only be created from gallery-image-publisher/offer/sku');
    const hyperVGeneration = spec.hyperVGeneration ?? 'V2';
    const securityType = spec.securityType ?? (hyperVGeneration === 'V2' ? 'TrustedLaunchSupported' : 'Standard');
    return {
        location,
        osType: OS_TYPE[osType],
        osState: spec.osState,
        hyperVGeneration,
        architecture: spec.architecture ?? 'x64',
        identifier: { ...spec.identifier },
        features: securityType === 'Standard' ? undefined : [{ name: 'SecurityType', value: securityType }],
    };
}
/** Every way an existing definition disagrees with this build, in words for the error. */
function definitionMismatches(existing, spec, osType) {
    const problems = [];
    const differ = (what, have, want, why) => {
        if (want !== undefined && have !== undefined && have.toLowerCase() !== want.toLowerCase()) {
            problems.push(`${what} is ${have}, but ${why} ${want}`);
        }
    };
    differ('OS type', existing.osType, OS_TYPE[osType], 'the build produces');
    differ('OS state', existing.osState, spec.osState, 'gallery-image-os-state is');
    differ('Hyper-V generation', existing.hyperVGeneration, spec.hyperVGeneration, 'the source/gallery-image-hyper-v-generation is');
    differ('architecture', existing.architecture ?? 'x64', spec.architecture, 'the source/gallery-image-architecture is');
    differ('security type', securityTypeOf(existing), spec.securityType, 'gallery-image-security-type is');
    const trusted = securityTypeOf(existing).startsWith('TrustedLaunch') &&
        !securityTypeOf(existing).endsWith('Supported');
    if (trusted && spec.hyperVGeneration === 'V1')
        problems.push('security type TrustedLaunch needs a V2 (generation 2) source image');
    return problems;
}

;// CONCATENATED MODULE: ./src/steps/gallery-preflight.ts



/**
 * Before any imageTemplates write: the gallery definition exists (or is created from the
 * gallery-image-* inputs), can hold this image, and the explicit version is still free.
 * Each of these would otherwise fail the build at Distributing, an hour later.
 */
async function prepareGallery(io, config, session, limits) {
    const target = config.distribution.gallery;
    if (!target)
        return;
    const gallery = await session.gallery(target.definitionId);
    const existing = await gallery.findDefinition();
    if (existing) {
        const problems = definitionMismatches(existing, target.definition, config.osType);
        if (problems.length > 0) {
            throw new errors/* ActionError */.lZ(`The ${gallery.description} cannot take this image:\n- ${problems.join('\n- ')}`);
        }
        io.info(`Gallery: the ${gallery.description} exists and matches the build`);
    }
    else if (target.definition.identifier) {
        const location = await gallery.galleryLocation();
        if (!location)
            throw new errors/* ActionError */.lZ(`The gallery "${gallery.ref.gallery}" does not exist in resource group "${gallery.ref.resourceGroup}".`);
        io.info(`Gallery: creating the ${gallery.description} in ${location}`);
        const body = definitionBody(target.definition, config.osType, location);
        const wait = { what: `the ${gallery.description} to be created`, ms: limits.provisionMs };
        await withDeadline(wait, (signal) => gallery.createDefinition(body, signal));
    }
    else {
        throw new errors/* ActionError */.lZ(`The ${gallery.description} does not exist. Create it, or give gallery-image-publisher, gallery-image-offer and gallery-image-sku so the action creates it.`);
    }
    if (target.version && (await gallery.versionExists(target.version))) {
        throw new errors/* ActionError */.lZ(`Version ${target.version} of the ${gallery.description} already exists; gallery versions cannot be overwritten. Use a new version number.`);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
// EXTERNAL MODULE: ./node_modules/tar-stream/index.js
var tar_stream = __webpack_require__(6118);
// EXTERNAL MODULE: ./node_modules/yazl/index.js
var yazl = __webpack_require__(3044);
// EXTERNAL MODULE: ./src/artifacts/tree.ts
var tree = __webpack_require__(3231);
;// CONCATENATED MODULE: ./src/artifacts/pack.ts
// Packs a walked tree (tree.ts) into ONE archive stream, hashed as it flows out, so packing and
// hashing are one pass and memory stays bounded whatever the size: files are read from disk in
// chunks, one at a time, and every stage waits for the next one (back-pressure).
//
// Deterministic: the same tree gives the same bytes on every run and machine (for one deflate
// implementation: Node's zlib, `process.versions.zlib`; the tar inside is the same everywhere).
// - Entries in byte order of their UTF-8 paths (tree.ts), every directory included.
// - tar.gz: ustar headers (pax for long or non-ASCII names), mtime 2000-01-01T00:00:00Z, uid and
//   gid 0, empty uname/gname, modes 0644/0755 (links 0777); gzip level 6 with mtime 0, no name,
//   and its OS byte set to 3 (Unix) whatever the platform wrote.
// - zip: deflate level 6, DOS time 2000-01-01 00:00:00 and no extended (UTC) timestamp field,
//   so the time zone does not matter; Unix modes in the external attributes, UTF-8 names.
//   Windows has no portable zip symlink: a link to a file is stored as a copy of the file (with
//   its mode); a link to a directory is refused (ArtifactError), as is a name with a backslash.








/** The time of every tar entry. */
const TAR_MTIME = new Date(Date.UTC(2000, 0, 1));
/** The time of every zip entry: DOS times are local, so local midnight gives the same fields. */
const ZIP_MTIME = new Date(2000, 0, 1);
/**
 * Deflate level of both formats. Speed over size: gzip on one core is what limits a large upload
 * (`npm run bench`), build outputs are often compressed already, and level 1 still shrinks text.
 */
const DEFLATE_LEVEL = 1;
const READ_CHUNK = 256 * 1024;
const GZIP_OS_OFFSET = 9;
const GZIP_OS_UNIX = 3;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
/**
 * Packs `entries` (from walkTree; sorted again here) of `root` into one archive stream. The
 * digest resolves once the stream has passed its last byte (so read it to the end), and rejects
 * if packing fails (the stream errors with the same ArtifactError) or the reader stops early.
 */
function packTree(root, entries, format) {
    const sorted = [...entries].sort(tree/* compareEntryPaths */.CO);
    if (format === 'zip')
        checkZip(root, sorted);
    const { tap, digest } = hashTap(format === 'tar.gz');
    const stages = format === 'tar.gz' ? tarGz(root, sorted) : [zipStream(root, sorted)];
    (0,external_node_stream_.pipeline)([...stages, tap], () => undefined);
    return { stream: tap, digest };
}
function hashTap(gzip) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    let bytes = 0;
    let resolve = () => undefined;
    let reject = () => undefined;
    const digest = new Promise((ok, fail) => {
        resolve = ok;
        reject = fail;
    });
    digest.catch(() => undefined); // the stream reports the same failure
    const tap = new external_node_stream_.Transform({
        transform(chunk, _encoding, done) {
            const out = gzip ? unixGzipHeader(chunk, bytes) : chunk;
            hash.update(out);
            bytes += out.length;
            done(null, out);
        },
        flush(done) {
            resolve({ sha256: hash.digest('hex'), bytes });
            done();
        },
    });
    tap.once('close', () => reject(tap.errored ?? new Error('the archive stream was closed early')));
    return { tap, digest };
}
/** The gzip header's OS byte is the platform's (3 Linux, 10 Windows, 19 macOS): make it 3. */
function unixGzipHeader(chunk, offset) {
    const at = GZIP_OS_OFFSET - offset;
    if (at < 0 || at >= chunk.length)
        return chunk;
    const copy = Buffer.from(chunk);
    copy[at] = GZIP_OS_UNIX;
    return copy;
}
function tarGz(root, entries) {
    const pack = tar_stream.pack();
    feedTar(pack, root, entries).then(() => pack.finalize(), (error) => pack.destroy(error));
    const gzip = (0,external_node_zlib_.createGzip)({
        level: DEFLATE_LEVEL,
        windowBits: 15,
        memLevel: 8,
        strategy: external_node_zlib_.constants.Z_DEFAULT_STRATEGY,
    });
    return [external_node_stream_.Readable.from(pack, { objectMode: false }), gzip];
}
async function feedTar(pack, root, entries) {
    for (const entry of entries) {
        const { sink, done } = tarEntry(pack, entry);
        if (entry.kind === 'file')
            await writeFile(sink, done, filePath(root, entry), entry.size);
        await done;
    }
}
function tarHeader(entry) {
    const common = { name: entry.path, mtime: TAR_MTIME, uid: 0, gid: 0, uname: '', gname: '' };
    if (entry.kind === 'file')
        return { ...common, type: 'file', mode: entry.mode, size: entry.size };
    if (entry.kind === 'directory') {
        return { ...common, name: `${entry.path}/`, type: 'directory', mode: 0o755 };
    }
    return { ...common, type: 'symlink', mode: 0o777, linkname: entry.link?.target ?? '' };
}
function tarEntry(pack, entry) {
    let sink;
    const done = new Promise((resolve, reject) => {
        sink = pack.entry(tarHeader(entry), (error) => (error ? reject(error) : resolve()));
    });
    done.catch(() => undefined); // awaited by feedTar; a destroyed pack rejects it early
    sink?.on('error', () => undefined); // reported through `done`
    return { sink: sink, done };
}
/** Copies a file into a tar entry chunk by chunk, waiting whenever the entry is full. */
async function writeFile(sink, done, file, size) {
    const drained = () => new Promise((resolve) => sink.once('drain', () => resolve()));
    for await (const chunk of fileChunks(file, size)) {
        if (!sink.write(chunk))
            await Promise.race([drained(), done]);
    }
    sink.end(undefined); // streamx's types want an argument
}
/** The file's bytes; fails, naming it, if it cannot be read or its size changed since listed. */
async function* fileChunks(file, size) {
    let bytes = 0;
    try {
        for await (const chunk of (0,external_node_fs_.createReadStream)(file, { highWaterMark: READ_CHUNK })) {
            bytes += chunk.length;
            if (size !== undefined && bytes > size)
                break;
            yield chunk;
        }
    }
    catch (error) {
        throw (0,tree/* readError */.lS)(file, error);
    }
    if (size !== undefined && bytes !== size) {
        throw new tree/* ArtifactError */.nE(file, `changed while it was packed (${size} bytes when listed)`);
    }
}
function checkZip(root, entries) {
    for (const entry of entries) {
        if (entry.path.includes('\\')) {
            throw new tree/* ArtifactError */.nE(filePath(root, entry), 'has a backslash in its name; a zip cannot hold it');
        }
        if (entry.link?.kind === 'directory') {
            const reason = 'is a symlink to a directory, which a zip (for Windows) cannot hold; use tar.gz or copy the directory';
            throw new tree/* ArtifactError */.nE(filePath(root, entry), reason);
        }
    }
}
function zipStream(root, entries) {
    const zip = new yazl/* ZipFile */.u();
    const out = zip.outputStream;
    let reading;
    const fail = (error) => void out.destroy(error);
    zip.on('error', fail);
    out.once('close', () => reading?.destroy());
    const options = { mtime: ZIP_MTIME, forceDosTimestamp: true };
    for (const entry of entries) {
        if (entry.kind === 'directory') {
            zip.addEmptyDirectory(entry.path, { ...options, mode: S_IFDIR | 0o755 });
            continue;
        }
        // A link to a file (checked by checkZip) is stored as a copy of its target.
        const size = entry.kind === 'file' ? entry.size : undefined;
        const mode = S_IFREG | entry.mode;
        const file = {
            ...options,
            mode,
            compressionLevel: DEFLATE_LEVEL,
            ...(size === undefined ? {} : { size }),
        };
        zip.addReadStreamLazy(entry.path, file, (ready) => {
            reading = external_node_stream_.Readable.from(fileChunks(filePath(root, entry), size), { objectMode: false });
            reading.once('error', fail);
            ready(null, reading);
        });
    }
    zip.end();
    return out;
}
function filePath(root, entry) {
    return external_node_path_default().join(root, ...entry.path.split('/'));
}

// EXTERNAL MODULE: ./src/model/secrets.ts
var secrets = __webpack_require__(5780);
;// CONCATENATED MODULE: ./src/steps/artifact-upload.ts




/** A SAS outlives the build by this much: queueing before the build starts, clock skew. */
const SAS_MARGIN_MS = 2 * 60 * 60_000;
/** How often a long upload reports its progress. */
const PROGRESS_EVERY_MS = 5_000;
/** Uploads everything the plan names; returns where the build VM finds each file. */
async function uploadArtifacts(ctx, session, plan) {
    const storage = ctx.config.storage;
    if (!storage)
        throw new Error('uploadArtifacts needs storage-account');
    const names = [
        ...(plan.archive ? [plan.archive.blobName] : []),
        ...plan.scripts.map((s) => s.blobName),
    ];
    const wait = { what: `the uploads to container ${storage.container}`, ms: ctx.limits.uploadMs };
    return withDeadline(wait, async (signal) => {
        const blobs = await session.blobs(storage.account, storage.container, signal);
        // Saved before the first write to Storage: post removes the blobs by the cleanup policy.
        ctx.save({ uploads: { blobEndpoint: blobs.endpoint, container: blobs.containerName, names } });
        try {
            await blobs.ensureContainer(signal);
            const archive = plan.archive && (await sendArchive(ctx, blobs, plan.archive, signal));
            const scripts = {};
            for (const { file, blobName } of plan.scripts) {
                await blobs.uploadBytes(blobName, file.bytes, signal);
                scripts[file.relPath] = await linkTo(ctx, blobs, blobName, signal);
                ctx.io.info(`Uploaded ${file.relPath} (${file.bytes.length} bytes, sha256 ${file.sha256})`);
            }
            return { archive, scripts };
        }
        catch (error) {
            await blobs.remove(names, AbortSignal.timeout(30_000)).catch(() => undefined);
            throw error;
        }
    });
}
async function sendArchive(ctx, blobs, plan, signal) {
    const { io, config } = ctx;
    const packed = packTree(plan.tree.root, plan.tree.entries, plan.format);
    const started = Date.now();
    let reported = started;
    await blobs.upload(plan.blobName, packed.stream, signal, (bytes) => {
        if (Date.now() - reported < PROGRESS_EVERY_MS)
            return;
        reported = Date.now();
        io.info(`Uploading customizer-source: ${mib(bytes)} sent after ${Math.round((reported - started) / 1000)}s`);
    });
    const { sha256, bytes } = await packed.digest;
    io.info(`Uploaded customizer-source (${plan.tree.entries.length} entries) as ${plan.format}: ${bytes} bytes, sha256 ${sha256}, to ${blobs.urlOf(plan.blobName)}`);
    return {
        url: await linkTo(ctx, blobs, plan.blobName, signal),
        sha256,
        bytes,
        format: plan.format,
        fetchedByScript: plan.fetchedByScript,
        fileName: plan.fileName,
        ...(config.storage?.access === 'identity' ? { identityId: config.identityId } : {}),
    };
}
/**
 * The blob's plain URL (`identity`: the service reads it as the template identity), or a
 * read-only, one-blob, https-only link expiring at the build timeout plus a margin (`sas`).
 */
async function linkTo(ctx, blobs, name, signal) {
    if (ctx.config.storage?.access !== 'sas')
        return blobs.urlOf(name);
    const minutes = ctx.config.vm.buildTimeoutMinutes ?? render/* DEFAULT_BUILD_TIMEOUT_MINUTES */.rq;
    const expiresOn = new Date(Date.now() + minutes * 60_000 + SAS_MARGIN_MS);
    const link = await blobs.readLink(name, expiresOn, signal);
    for (const secret of (0,secrets/* sasSignatures */.z)(link))
        ctx.io.setSecret(secret);
    ctx.io.info(`Signed a read-only link to ${blobs.urlOf(name)}, valid until ${expiresOn.toISOString()}`);
    return link;
}
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

;// CONCATENATED MODULE: ./src/steps/build.ts
// The Azure half of the main step, loaded only when the run talks to Azure: submit the template,
// start the build, follow it and report. main.ts has validated everything before this runs.













/** Submits (or adopts) the template, starts and follows the build. Returns the exit code. */
async function runBuild(io, config, start) {
    const session = (0,connect/* connect */.N)(io, config, start.early);
    const ctx = {
        io,
        config,
        templates: session.templates,
        ref: { resourceGroup: config.resourceGroup, name: config.templateName },
        templateId: (0,cleanup_target/* templateIdOf */.Z7)(config),
        origins: start.rendered?.origins ?? [],
        save: start.save,
        limits: start.limits,
        keepsVhd: start.rendered ? (0,image_templates/* holdsStagedVhd */.jE)(start.rendered.template) : false,
    };
    // Before the first write: everything post needs, so post never reads the workspace again.
    ctx.save({ target: (0,cleanup_target/* cleanupTargetOf */.td)(config) });
    let run = ctx;
    if (start.rendered) {
        await prepareGallery(io, config, session, start.limits);
        const rendered = start.artifacts
            ? await renderWithUpload(ctx, session, start.artifacts)
            : start.rendered;
        run = { ...ctx, origins: rendered.origins };
        await build_submit(run, rendered);
    }
    else
        await adoptExisting(ctx);
    if (!config.wait)
        return await finishDetached(run);
    return await finishRun(run);
}
/** Uploads the artifacts, then renders the template that points at them (as validated). */
async function renderWithUpload(ctx, session, plan) {
    const uploads = await uploadArtifacts(ctx, session, plan);
    const rendered = (0,render/* renderTemplate */.Xm)(ctx.config, uploads);
    (0,publish/* writeRenderedTemplate */.HS)(ctx.io, ctx.config, (0,render/* toResourceJson */.OH)(ctx.config.templateName, rendered.template));
    return rendered;
}
async function finishRun(ctx) {
    const { io, config } = ctx;
    const run = await follow(ctx);
    // Saved at once: whatever fails next, post knows how the run ended.
    ctx.save({ finished: true, runState: run.runState });
    const outputs = run.runState === 'Canceled' ? [] : await readRunOutputs(ctx);
    const result = toBuildResult(run, outputs);
    (0,publish/* publishResult */.v9)(io, result);
    await (0,publish/* writeSummary */.Sy)(io, config, ctx.origins, 'finished', { end: { result, run } });
    io.info((0,cleanup_policy/* postStepPromise */.gq)(config.cleanup, result.runState, ctx.templateId, ctx.keepsVhd));
    return (0,publish/* verdict */.WJ)(io, result);
}
/** The run's outputs; a failure to read them is a warning, not a failed build. */
async function readRunOutputs(ctx) {
    const { io, templates, ref, limits } = ctx;
    const wait = { what: `the run outputs of the ${(0,image_templates/* describeRef */.Ro)(ref)}`, ms: limits.readMs };
    try {
        return await withDeadline(wait, (signal) => templates.runOutputs(ref, signal));
    }
    catch (error) {
        (0,annotations/* warn */.R)(io, `${(0,errors/* formatError */.Wk)(error).message} The outputs image-id and vhd-uri stay empty.`);
        return [];
    }
}
/** Reads the template, within the read bound. */
function findTemplate(ctx) {
    const wait = { what: `the ${(0,image_templates/* describeRef */.Ro)(ctx.ref)} to be read`, ms: ctx.limits.readMs };
    return withDeadline(wait, (signal) => ctx.templates.find(ctx.ref, signal));
}
/**
 * Templates are immutable: an idle one of the same name is replaced. One with a build in
 * progress, or being created or deleted (another job or matrix leg at work), is left alone.
 */
async function build_submit(ctx, rendered) {
    const { io, templates, ref, limits } = ctx;
    const existing = await findTemplate(ctx);
    refuseBusy(ref, existing);
    const provisioning = (what) => ({ what, ms: limits.provisionMs });
    if (existing) {
        io.info(`Deleting the existing idle ${(0,image_templates/* describeRef */.Ro)(ref)} (templates cannot be updated in place)`);
        const what = `the existing ${(0,image_templates/* describeRef */.Ro)(ref)} to be deleted`;
        await withDeadline(provisioning(what), (signal) => templates.delete(ref, signal));
    }
    io.info(`Creating ${(0,image_templates/* describeRef */.Ro)(ref)}`);
    const what = `the ${(0,image_templates/* describeRef */.Ro)(ref)} to be created (provisioningState still Creating)`;
    const created = await withDeadline(provisioning(what), (signal) => templates.create(ref, rendered.template, signal));
    (0,publish/* publishTemplateId */.rY)(io, created.id ?? ctx.templateId);
    ctx.save({ runStarted: true });
    const startWait = {
        what: `the service to accept the build of ${(0,image_templates/* describeRef */.Ro)(ref)}`,
        ms: limits.startMs,
    };
    const started = await withDeadline(startWait, (signal) => templates.startRun(ref, ctx.config.owner, signal));
    io.info(started === 'started'
        ? 'Build started'
        : 'Build started (the answer to the start request was lost; the service had started it)');
}
/** A template with a build in progress, or being provisioned, belongs to someone at work. */
function refuseBusy(ref, existing) {
    refuseStagedVhd(ref, existing);
    if (!(0,image_templates/* isRunning */.W_)(existing) && !(0,image_templates/* isProvisioning */.W8)(existing))
        return;
    const what = (0,image_templates/* isRunning */.W_)(existing)
        ? `its build is ${existing?.lastRunStatus?.runState}`
        : `it is being ${existing?.provisioningState?.toLowerCase() ?? 'changed'} by another job`;
    throw new errors/* ActionError */.lZ(`The ${(0,image_templates/* describeRef */.Ro)(ref)} already exists and ${what}. ` +
        'Wait for it, cancel it, follow it with `resume: true`, or choose another `image-template-name`.');
}
/** Replacing it would delete the VHD its last build left in the staging storage account. */
function refuseStagedVhd(ref, existing) {
    if (!existing || !(0,image_templates/* holdsStagedVhd */.jE)(existing))
        return;
    throw new errors/* ActionError */.lZ(`The ${(0,image_templates/* describeRef */.Ro)(ref)} already exists and holds a VHD in its staging storage account, which deleting it would destroy. Copy the VHD, delete the template, or choose another \`image-template-name\`.`);
}
/** `resume: true`: follow the run of a template another job created; its JSON is the rendered template. */
async function adoptExisting(ctx) {
    const { io, config, ref } = ctx;
    const existing = await findTemplate(ctx);
    if (!existing?.lastRunStatus) {
        const why = existing ? 'has never been run' : 'does not exist';
        throw new errors/* ActionError */.lZ(`Cannot resume: the ${(0,image_templates/* describeRef */.Ro)(ref)} ${why}.`);
    }
    (0,publish/* writeRenderedTemplate */.HS)(io, config, (0,render/* toResourceJson */.OH)(config.templateName, existing));
    (0,publish/* publishTemplateId */.rY)(io, existing.id ?? ctx.templateId);
    // Adopted by name, as documented: this job now owns the build and its cleanup.
    ctx.save({ adopted: true, runStarted: true });
    io.info(`Resuming the build of ${(0,image_templates/* describeRef */.Ro)(ref)}`);
}
async function finishDetached(ctx) {
    const { io, config } = ctx;
    ctx.save({ detached: true });
    io.info(`Not waiting (wait: false). Follow it later with resume: true and image-template-name: ${config.templateName}`);
    await (0,publish/* writeSummary */.Sy)(io, config, ctx.origins, 'started');
    return 0;
}


/***/ })

};
