export const id = 493;
export const ids = [493];
export const modules = {

/***/ 8493:
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
var cleanup_target = __webpack_require__(2833);
// EXTERNAL MODULE: ./src/steps/connect.ts + 6 modules
var connect = __webpack_require__(874);
// EXTERNAL MODULE: ./src/model/deadline.ts
var deadline = __webpack_require__(8293);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/azure/errors.ts
var azure_errors = __webpack_require__(6616);
// EXTERNAL MODULE: ./src/model/elapsed.ts
var elapsed = __webpack_require__(9033);
// EXTERNAL MODULE: ./src/model/run-state.ts
var run_state = __webpack_require__(2484);
;// CONCATENATED MODULE: ./src/azure/watch.ts





function newTimeline(startedAt) {
    return { startedAt, phases: [] };
}
/** Every 5 minutes: a 60-minute build logs about 20 lines at any poll interval. */
const HEARTBEAT_MS = 5 * 60_000;
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
/**
 * Follows lastRunStatus until the run ends, logging each phase change as it happens. Transient
 * read failures (throttling, 5xx, resets, truncated bodies) are retried at the poll interval, or
 * later when the service asks; more than `maxFailedReads` in a row throw StatusOutage.
 */
async function waitForRun(deps, signal, timeline = newTimeline(deps.now())) {
    let failedReads = 0;
    let lastLineAt = 0;
    try {
        for (;;) {
            signal.throwIfAborted();
            let template;
            let waitMs = deps.intervalMs;
            try {
                template = await readTemplate(deps, signal);
                failedReads = 0;
            }
            catch (error) {
                failedReads = countFailedRead(deps, error, signal, failedReads);
                waitMs = Math.max(waitMs, (0,azure_errors/* retryAfterMs */.Vs)(error));
            }
            const status = template?.lastRunStatus;
            const atMs = elapsedOn(deps, timeline);
            if (status && notePhase(deps, timeline.phases, phaseOf(status), atMs))
                lastLineAt = atMs;
            else if (atMs - lastLineAt >= deps.heartbeatMs)
                lastLineAt = heartbeat(deps, timeline, atMs);
            const end = endOf(template, timeline);
            if (end)
                return end;
            await deps.sleep(waitMs, signal);
        }
    }
    finally {
        timeline.endedAt = timeline.startedAt + elapsedOn(deps, timeline);
    }
}
/**
 * Time since the watch started, never less than when the last phase was seen: the wall clock may
 * step back (NTP), and a timeline whose phases go back in time is no timeline.
 */
function elapsedOn(deps, timeline) {
    return Math.max(deps.now() - timeline.startedAt, timeline.phases.at(-1)?.atMs ?? 0, 0);
}
/** Records and logs a phase the first time it is seen; returns whether it was new. */
function notePhase(deps, phases, phase, atMs) {
    if (phase === phases.at(-1)?.phase)
        return false;
    phases.push({ phase, atMs });
    deps.log(`Build phase: ${phase} (after ${(0,elapsed/* formatElapsed */.C)(atMs)})`);
    return true;
}
/** A line during a long phase, so a 45-minute Customizing does not look like a hang. */
function heartbeat(deps, timeline, atMs) {
    const current = timeline.phases.at(-1);
    const phase = current ? `${current.phase} for ${(0,elapsed/* formatElapsed */.C)(atMs - current.atMs)}` : 'waiting';
    deps.log(`Build still ${phase} (${(0,elapsed/* formatElapsed */.C)(atMs)} since the watch started)`);
    return atMs;
}
/**
 * A failed read that may pass (transient, or a read past its deadline) is counted and reported;
 * anything else, an abort, or one failure too many ends the watch.
 */
function countFailedRead(deps, error, signal, failedReads) {
    if (!((0,azure_errors/* isTransient */.dg)(error) || error instanceof deadline/* DeadlineError */.j) || signal.aborted)
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
/** How the run ended, once the template says it has. */
function endOf(template, timeline) {
    const status = template?.lastRunStatus;
    if (!(0,run_state/* isTerminal */.H)(status?.runState))
        return undefined;
    return {
        runState: status.runState,
        message: status.message ?? '',
        timeline,
        stagingResourceGroup: template?.exactStagingResourceGroup,
    };
}
async function readTemplate(deps, signal) {
    const template = await deps.getTemplate(signal);
    if (!template)
        throw new errors/* ActionError */.lZ('The image template disappeared while the build was running (deleted by someone else?)');
    return template;
}
/**
 * Running phases show the sub-state; the end shows the final state. The service's text goes to
 * the step log as is, so it is kept to one plain line (no control character could end it early).
 */
function phaseOf(status) {
    const phase = status.runState === 'Running' ? (status.runSubState ?? 'Queued') : status.runState;
    return ((phase ?? 'Queued')
        .replace(/[\p{Cc}\p{Cf}]+/gu, ' ')
        .trim()
        .slice(0, 64) || 'Queued');
}

// EXTERNAL MODULE: ./src/runner/signals.ts
var signals = __webpack_require__(715);
// EXTERNAL MODULE: ./src/template/render.ts + 2 modules
var render = __webpack_require__(5404);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
// EXTERNAL MODULE: ./src/report/publish.ts + 2 modules
var publish = __webpack_require__(6751);
;// CONCATENATED MODULE: ./src/steps/follow.ts
// Following a started build to its end, and what happens when that cannot be done: the workflow
// is cancelled, the build runs past its timeout, or the status cannot be read any more.








/**
 * The watch ended before the run did (workflow cancelled, build timeout, status outage); main
 * asked the service to cancel the build, and `canceled` says whether it accepted.
 */
class WatchStopped extends errors/* ActionError */.lZ {
    canceled;
    constructor(message, canceled, options) {
        super(message, options);
        this.name = 'WatchStopped';
        this.canceled = canceled;
    }
}
/**
 * Waits for the run, filling `timeline` as phases are seen. On a cancel, a timeout or a status
 * outage it asks the service to cancel, within a small budget, and throws WatchStopped.
 */
async function follow(ctx, timeline = newTimeline(ctx.clock.now())) {
    const { io, config, templates, ref, limits, clock } = ctx;
    const minutes = config.vm.buildTimeoutMinutes ?? render/* DEFAULT_BUILD_TIMEOUT_MINUTES */.rq;
    const stop = (0,signals/* stopSignal */.Zm)(minutes * 60_000 + limits.buildMarginMs);
    try {
        const deps = {
            getTemplate: (outer) => (0,deadline/* withDeadline */.N)({ what: 'a status read', ms: limits.readMs, outer }, (signal) => templates.readOnce(ref, signal)),
            sleep: clock.sleep,
            now: clock.now,
            log: (m) => io.info(m),
            warn: (m) => (0,annotations/* warn */.R8)(io, m),
            intervalMs: config.pollMs,
            maxFailedReads: limits.maxFailedReads,
            heartbeatMs: HEARTBEAT_MS,
        };
        return await waitForRun(deps, stop.signal, timeline);
    }
    catch (error) {
        const reason = stop.reason();
        if (reason) {
            (0,annotations/* warn */.R8)(io, reason === 'cancelled'
                ? 'The workflow was cancelled: cancelling the build'
                : 'The build ran past build-timeout-minutes: cancelling it');
            const failed = await cancelBuild(ctx);
            throw new WatchStopped(reason === 'cancelled'
                ? 'The build was cancelled; the post step takes care of the template (`cleanup`).'
                : `The build did not finish within ${minutes} minutes; the post step takes care of the template (\`cleanup\`).`, failed === undefined);
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
        await (0,deadline/* withDeadline */.N)(wait, (signal) => templates.requestCancel(ref, signal));
        (0,publish/* publishCanceled */.Z5)(io);
        return undefined;
    }
    catch (error) {
        const { message } = (0,errors/* formatError */.Wk)(error);
        (0,annotations/* warn */.R8)(io, message);
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
        return new WatchStopped(`${head} The service accepted a cancel request; the post step takes care of the template (\`cleanup\`).`, true, { cause: outage });
    return new WatchStopped(`${head} The cancel request failed too, so the build may still be running in Azure: ${ctx.templateId}\n` +
        `Check it, and stop and remove it with:\n${(0,cleanup_policy/* removalCommands */.VW)(ctx.templateId, true)}`, false, { cause: outage });
}

// EXTERNAL MODULE: ./src/steps/report-run.ts
var report_run = __webpack_require__(5497);
// EXTERNAL MODULE: ./src/model/template-problem.ts
var template_problem = __webpack_require__(3805);
// EXTERNAL MODULE: ./src/steps/artifact-plan.ts
var artifact_plan = __webpack_require__(3129);
// EXTERNAL MODULE: ./src/steps/render-step.ts + 1 modules
var render_step = __webpack_require__(981);
;// CONCATENATED MODULE: ./src/steps/source-os.ts






/**
 * The config and template to submit: as given, or rendered again for the source's OS when the
 * Linux one was only assumed. Steps written for the other OS than the source's fail the run.
 */
async function settleSourceOs(io, session, limits, given) {
    const { config, rendered } = given;
    const source = resourceSourceOf(rendered.template);
    if (!source || !UNSURE.has(config.osTypeFrom))
        return given;
    const found = await readSourceOs(io, session, limits, source);
    if (!found || found.osType === config.osType) {
        if (found)
            io.info(`The source is a ${found.osType} image (${found.from}).`);
        return given;
    }
    if (config.osTypeFrom === 'customizers')
        throw new errors/* ActionError */.lZ(`The source is a ${found.osType} image (${found.from}), but the template's steps are for ${config.osType}. ` +
            "Use steps for the source's OS, or another source; set `os-type` only if the record is wrong.");
    io.info(`The source is a ${found.osType} image (${found.from}): rendering the template for ${found.osType}.`);
    const settled = { ...config, osType: found.osType, osTypeFrom: 'source' };
    const artifacts = given.artifacts && (await (0,artifact_plan/* planArtifacts */.p)(settled));
    const uploads = artifacts && (0,artifact_plan/* provisionalUploads */.P)(settled, artifacts);
    return { config: settled, rendered: (0,render_step/* renderStep */.z)(io, settled, uploads).rendered, artifacts };
}
/** How the OS was decided when nothing but the source image itself can confirm it. */
const UNSURE = new Set(['assumed', 'customizers']);
/** The source's OS; a failed read is a warning (the service reads the source too, and says). */
async function readSourceOs(io, session, limits, source) {
    const wait = { what: 'the source image to be read', ms: limits.readMs };
    try {
        return await (0,deadline/* withDeadline */.N)(wait, (signal) => session.sourceOs(source, signal));
    }
    catch (error) {
        (0,annotations/* warn */.R8)(io, `${(0,errors/* formatError */.Wk)(error).message}; the OS stays as rendered.`);
        return undefined;
    }
}
function resourceSourceOf(template) {
    const source = template.source;
    if (!(0,template_problem/* isRecord */.u4)(source))
        return undefined;
    if (source.type === 'ManagedImage' && typeof source.imageId === 'string')
        return { type: 'ManagedImage', imageId: source.imageId };
    if (source.type === 'SharedImageVersion' && typeof source.imageVersionId === 'string')
        return { type: 'SharedImageVersion', imageVersionId: source.imageVersionId };
    return undefined;
}

// EXTERNAL MODULE: ./src/model/limits.ts
var limits = __webpack_require__(817);
;// CONCATENATED MODULE: ./src/report/packer-log-lines.ts
// One line of Image Builder's customization.log with the service's and Packer's prefixes peeled
// off. The service writes Packer's stdout as `PACKER OUT <text>` and Packer's own log as
// `PACKER ERR <date> <source>: <text>`, each optionally led by `[<operation id>] `; newer builds
// write `PACKER <date> ui: <text>` for both. Sources of the shapes:
// __tests__/fixtures/customization-logs/README.md.
/** Longest part of a line any pattern looks at, so a huge line costs no more than a short one. */
const MATCH_CHARS = 4096;
const OPERATION_ID = /^\[[^\]\s]{1,64}\] ?/;
const PACKER_PREFIX = /^PACKER(?: (OUT|ERR))?(?: |$)/;
const DATE = /^\d{4}\/\d\d\/\d\d (\d\d:\d\d:\d\d) /;
const SOURCE = /^(?:packer-provisioner-([\w-]+)|packer-plugin-([\w-]+)|packer-builder-([\w-]+)|packer(?:-[\d.]+)?)(?: plugin)?: /;
const UI_OF_LOG = /^ui(?: error)?: /;
/** Peels the prefixes off one raw line. */
function parsePackerLine(raw) {
    const line = withoutControls(raw.length > MATCH_CHARS ? raw.slice(0, MATCH_CHARS) : raw);
    const rest = line.replace(OPERATION_ID, '');
    const packer = PACKER_PREFIX.exec(rest);
    if (!packer)
        return { stream: 'log', text: rest.trimEnd() };
    const body = rest.slice(packer[0].length);
    return packer[1] === 'OUT' ? { stream: 'ui', text: body.trimEnd() } : parseLogBody(body);
}
// Terminal escape sequences (colours, cursor moves) and every other control character but a tab
// are dropped: a CR would start a new line (and so a workflow command) in the runner's log, and
// none of them means anything in a job summary.
const ESCAPE_SEQUENCE = 
// eslint-disable-next-line no-control-regex
/\u001b\[[0-?]*[ -/]*[@-~]|\u001b\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|\u001b[@-_]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g;
function withoutControls(text) {
    return text.replace(ESCAPE_SEQUENCE, '').replace(CONTROL, '');
}
// `2026/03/14 09:04:52 packer-provisioner-shell plugin: [INFO] …`, the source's own date repeated
// after it by some plugins; `PACKER <date> ui: …` is user output; a line without a date is a copy
// of user output Packer also wrote to stderr.
function parseLogBody(body) {
    const date = DATE.exec(body);
    if (!date)
        return { stream: 'ui', text: body.trimEnd() };
    let text = body.slice(date[0].length);
    const ui = UI_OF_LOG.exec(text);
    if (ui)
        return { stream: 'ui', text: text.slice(ui[0].length).trimEnd() };
    const source = SOURCE.exec(text);
    let name;
    if (source) {
        name = source[1] ?? source[2] ?? source[3];
        text = text.slice(source[0].length);
        const again = DATE.exec(text);
        if (again)
            text = text.slice(again[0].length);
    }
    return { stream: 'log', time: date[1], source: name, text: text.trimEnd() };
}
const BUILDER_NAME = String.raw `azure-arm(?:\.[\w-]+)?`;
const UI_PREFIX = new RegExp(String.raw `^(==>|-->) ${BUILDER_NAME}:(?: |$)`);
const OUTPUT_PREFIX = new RegExp(String.raw `^ {4}${BUILDER_NAME}:(?: |$)`);
/** Packer's log chatter around every command: never what a user needs to see. */
const NOISE = [
    /^\[INFO\] \d+ bytes written for '/,
    /^\[INFO\] RPC (?:endpoint|client): /,
    /^\[DEBUG\] /,
    /^\[INFO\] \(telemetry\) ending /,
    /^Azure (?:request|response) /,
    /^(?:Opening|Uploading env vars to) \S+/,
    /^waiting for all plugin processes|: plugin process exited$/,
];
/** Whether a line is left out of excerpts. */
function isNoise(line) {
    if (line.stream === 'ui')
        return line.text.replace(UI_PREFIX, '').replace(OUTPUT_PREFIX, '').trim() === '';
    return line.text.trim() === '' || NOISE.some((pattern) => pattern.test(line.text));
}
/** Longest excerpt line, in characters. */
const EXCERPT_LINE_CHARS = 300;
/**
 * The line as an excerpt shows it: `==> azure-arm: ` shortened to `==> `, script output indented,
 * log lines led by their time and source. Every line starts with `| ` so that no text from the
 * build VM can start a workflow command when it is printed to the job log.
 */
function displayLine(line) {
    const text = line.stream === 'ui'
        ? line.text.replace(UI_PREFIX, '$1 ').replace(OUTPUT_PREFIX, '    ')
        : [line.time, line.source && `${line.source}:`, line.text].filter(Boolean).join(' ');
    const short = text.length > EXCERPT_LINE_CHARS ? `${text.slice(0, EXCERPT_LINE_CHARS)}…` : text;
    return `| ${short}`;
}

;// CONCATENATED MODULE: ./src/report/customization-log-scan.ts
// One linear pass over the tail of customization.log: where each Packer provisioner starts, the
// step markers our own scripts print, where validation begins and how the build ended.


const PROVISIONER_START = /\(telemetry\) Starting provisioner ([\w-]+)/;
const BUILDER_START = /\(telemetry\) Starting builder /;
const BUILD_DONE = /^Build '[^']*' finished|\(telemetry\) Finalizing/;
const MARKER = /##\[aib-step\] *(?:(customize|validate)\[(\d{1,6})\] *)?([^\r\n]*)$/;
// The service's deprovisioning step: its PowerShell wrapper on Windows, and on Linux the script
// it runs (`cat` shows the waagent command; a failure names the file).
const DEPROVISION = /if\( ?TEST-PATH c:\\DeprovisioningScript\.ps1 ?\)|\/tmp\/DeprovisioningScript\.sh|waagent -force -deprovision/i;
const BUILD_ERRORED = /^Build '[^']*' errored(?: after [^:]*)?: (.+)$/;
const SOME_FAILED = /Some builds didn't complete successfully/;
const LISTED = /^--> azure-arm(?:\.[\w-]+)?: (.+)$|^machine readable: [\w.-]+,error \[\]string\{"(.+)"\}$/;
const TIMEOUT = /context deadline exceeded|Cancelling build after receiving terminated|Cancelling (?:builder|provisioning|hook) (?:after|due to) context cancel|Timeout waiting for microservice/;
/**
 * Scans `text` (its last CUSTOMIZATION_LOG_TAIL_BYTES characters at most). `truncated`: the text
 * is already a tail, so its first line is partial and dropped.
 */
function scanCustomizationLog(text, truncated = false) {
    const cut = truncated || text.length > limits/* CUSTOMIZATION_LOG_TAIL_BYTES */.S;
    const tail = text.length > limits/* CUSTOMIZATION_LOG_TAIL_BYTES */.S ? text.slice(-limits/* CUSTOMIZATION_LOG_TAIL_BYTES */.S) : text;
    // A lone CR ends a line too, as it does for the runner reading the step log.
    const raw = tail.split(/\r\n?|\n/);
    if (cut)
        raw.shift();
    const lines = raw.map(parsePackerLine);
    const scan = {
        starts: [],
        markers: [],
        boundaries: [],
        builders: [],
        end: {},
        builtBefore: false,
    };
    lines.forEach((line, at) => {
        if (!visitStart(scan, line.text, at))
            visitStep(scan, line, at);
    });
    scan.boundaries.sort((a, b) => a - b);
    const { starts, markers, boundaries, builders, end } = scan;
    return { lines, starts, markers, boundaries, builders, end, truncated: cut };
}
/** Notes a provisioner or builder start; false when the line is neither. */
function visitStart(scan, text, at) {
    const start = PROVISIONER_START.exec(text);
    if (start?.[1]) {
        scan.starts.push({ line: at, type: start[1].toLowerCase(), internal: false });
        return true;
    }
    if (!BUILDER_START.test(text))
        return false;
    // A second build (validation) follows the customization build's provisioners or its end.
    if (scan.starts.length > 0 || scan.builtBefore)
        scan.boundaries.push(at);
    scan.builders.push(at);
    return true;
}
/** Any other line: a marker, the deprovisioning step, how the build ended. */
function visitStep(scan, line, at) {
    if (BUILD_DONE.test(line.text))
        scan.builtBefore = true;
    const marker = MARKER.exec(line.text);
    if (marker)
        scan.markers.push(markerOf(marker, at));
    const last = scan.starts.at(-1);
    if (last && !last.internal && DEPROVISION.test(line.text)) {
        last.internal = true;
        scan.boundaries.push(last.line);
    }
    noteErrors(scan.end, line, at);
    if (!scan.end.timeout && TIMEOUT.test(line.text)) {
        scan.end.timeout = { at, message: line.text };
    }
}
function markerOf(match, at) {
    const name = (match[3] ?? '').trim().replace(/['"`]+$/, '');
    if (!match[1])
        return { line: at, name };
    return { line: at, list: match[1], index: Number(match[2]), name };
}
function noteErrors(end, line, at) {
    const errored = line.stream === 'ui' && !end.errored ? BUILD_ERRORED.exec(line.text) : null;
    if (errored?.[1])
        end.errored = { at, message: errored[1] };
    if (end.someFailed === undefined) {
        if (SOME_FAILED.test(line.text))
            end.someFailed = at;
    }
    else if (!end.listed) {
        noteListed(end, line.text, at);
    }
}
/** The error in Packer's summary of failed builds, or in its machine-readable copy. */
function noteListed(end, text, at) {
    const listed = LISTED.exec(text);
    const message = listed?.[1] ?? listed?.[2];
    if (message)
        end.listed = { at, message };
}
/** The first line that belongs to the end of the build rather than to a step. */
function endOfSteps(scan) {
    const { errored, someFailed, timeout } = scan.end;
    const candidates = [errored?.at, someFailed, timeout?.at].filter((n) => n !== undefined);
    return candidates.length ? Math.min(...candidates) : scan.lines.length;
}

;// CONCATENATED MODULE: ./src/report/step-mapping.ts
const PACKER_TYPES = {
    shell: 'shell',
    powershell: 'powershell',
    file: 'file',
    windowsrestart: 'windows-restart',
    windowsupdate: 'windows-update',
};
/** The Packer provisioner type a template step runs as. */
function packerTypeOf(type) {
    const key = type.toLowerCase();
    return PACKER_TYPES[key] ?? key;
}
const slotsOf = (steps, list) => ['customize', 'validate']
    .filter((l) => list === undefined || l === list)
    .flatMap((l) => steps[l].map((step, index) => ({ list: l, index, step })));
function found(slot, steps, mappedBy) {
    const { list, index, step } = slot;
    return { list, index, of: steps[list].length, name: step.name, type: step.type, mappedBy };
}
/** Finds the step `failing` is, or undefined when the log cannot tell without guessing. */
function findStep(scan, failing, sectionEnd, steps) {
    return (byOwnMarker(scan, failing, sectionEnd, steps) ??
        byAnchor(scan, failing, steps) ??
        byCount(scan, failing, steps) ??
        byType(scan, failing, steps));
}
function resolveMarker(marker, steps) {
    if (marker.list !== undefined && marker.index !== undefined) {
        const step = steps[marker.list][marker.index];
        return step && { list: marker.list, index: marker.index, step };
    }
    const named = slotsOf(steps).filter((slot) => slot.step.name === marker.name);
    return named.length === 1 ? named[0] : undefined;
}
function byOwnMarker(scan, failing, sectionEnd, steps) {
    const own = scan.markers.filter((m) => m.line > failing.line && m.line < sectionEnd);
    const slot = own.map((m) => resolveMarker(m, steps)).find((s) => s !== undefined);
    return slot && found(slot, steps, 'marker');
}
/** Counts on from the last marked step before `failing`, within the same phase. */
function byAnchor(scan, failing, steps) {
    const marker = scan.markers.findLast((m) => m.line < failing.line);
    const anchor = marker && scan.starts.findLast((s) => s.line < marker.line);
    const slot = marker && resolveMarker(marker, steps);
    if (!anchor || !slot || crossesBoundary(scan, anchor.line, failing.line))
        return undefined;
    // Customizers may be followed by validators in the same VM: count across into them.
    const slots = slot.list === 'customize' ? slotsOf(steps) : slotsOf(steps, 'validate');
    const after = countedStarts(scan, anchor.line, failing.line);
    return matchTypes(after, slots, slot.index + 1, steps, 'anchor');
}
/**
 * Counts from the start of the build (its builder start, or the start of the log when it is
 * whole), or from the start of validation.
 */
function byCount(scan, failing, steps) {
    const boundary = scan.boundaries.findLast((b) => b < failing.line);
    const builder = scan.builders.findLast((b) => b < failing.line);
    const from = Math.max(boundary ?? -1, builder ?? -1);
    if (from < 0 && scan.truncated)
        return undefined;
    const slots = boundary === undefined ? slotsOf(steps) : slotsOf(steps, 'validate');
    return matchTypes(countedStarts(scan, from, failing.line), slots, 0, steps, 'count');
}
/** The one step of the failing provisioner's type, among those it can be. */
function byType(scan, failing, steps) {
    const validating = scan.boundaries.some((b) => b < failing.line);
    const slots = slotsOf(steps, validating ? 'validate' : undefined);
    const same = slots.filter((slot) => packerTypeOf(slot.step.type) === failing.type);
    return same.length === 1 && same[0] ? found(same[0], steps, 'type') : undefined;
}
/** The template's starts after line `from` up to and including line `to`. */
function countedStarts(scan, from, to) {
    return scan.starts.filter((s) => !s.internal && s.line > from && s.line <= to);
}
function crossesBoundary(scan, from, to) {
    return scan.boundaries.some((b) => b >= from && b < to);
}
/** `starts` are slots[first…] in order, type for type: the last one is the step. */
function matchTypes(starts, slots, first, steps, mappedBy) {
    const last = first + starts.length - 1;
    const slot = slots[last];
    if (!slot || starts.length === 0)
        return undefined;
    const agree = starts.every((s, i) => packerTypeOf(slots[first + i]?.step.type ?? '') === s.type);
    return agree ? found(slot, steps, mappedBy) : undefined;
}

;// CONCATENATED MODULE: ./src/report/customization-log.ts
// Failure diagnosis from Image Builder's customization.log: which step of the template failed,
// Packer's error, and the lines that show why. Pure and linear in the log's length; the caller
// reads the log (azure/customization-log.ts) and passes the template's steps in order.



const EXCERPT_LINES = 30;
const CLEANUP = /^==> azure-arm(?:\.[\w-]+)?: (?:Provisioning step had errors|Deleting individual resources|Removing the created Deployment object|Cleanup requested)/;
const EXIT_STATUS = /non-zero exit status: (\d+)/;
/** Diagnoses a failed build from its customization.log (at most its last 4 MiB are read). */
function diagnoseCustomizationLog(text, steps, options = {}) {
    const scan = scanCustomizationLog(text, options.truncated);
    const { failing, sectionEnd, step } = locateFailure(scan, steps);
    const timedOut = isTimeout(scan);
    const lines = options.excerptLines ?? EXCERPT_LINES;
    return compact({
        role: timedOut ? 'timeout' : roleOf(scan, failing, step, steps),
        step,
        provisioner: failing?.type,
        deprovisioning: failing?.internal || undefined,
        ...errorOf(scan, timedOut),
        excerpt: excerptOf(scan, failing?.line ?? 0, sectionEnd, lines),
    });
}
/** One sentence for the job log and summary, e.g. "Customizer 2 of 3 'app' (Shell) failed: …". */
function describeDiagnosis(diagnosis) {
    const { role, step, error } = diagnosis;
    if (role === 'timeout') {
        const running = step ? ` while ${labelOf(step)} was running` : '';
        return `The build timed out${running}${error ? ` (${error})` : ''}`;
    }
    const why = error ? `: ${error}` : '';
    if (step)
        return `${capitalized(labelOf(step))} failed${why}`;
    if (diagnosis.deprovisioning)
        return `Image Builder's own deprovisioning step failed${why}`;
    if (role !== 'unknown') {
        const type = diagnosis.provisioner ? ` (Packer ${diagnosis.provisioner})` : '';
        return `A ${role}${type} failed; the log does not say which one${why}`;
    }
    return error ? `The build failed${why}` : 'The log does not say which step failed';
}
function labelOf(step) {
    const kind = step.list === 'customize' ? 'customizer' : 'validator';
    const name = step.name ? ` '${step.name}'` : '';
    return `${kind} ${step.index + 1} of ${step.of}${name} (${step.type})`;
}
const capitalized = (text) => text.charAt(0).toUpperCase() + text.slice(1);
/** Packer's error (the timeout line for a timeout) and the exit status it gives. */
function errorOf(scan, timedOut) {
    const packerError = (scan.end.errored ?? scan.end.listed)?.message;
    const exit = packerError === undefined ? undefined : EXIT_STATUS.exec(packerError)?.[1];
    return {
        error: timedOut ? scan.end.timeout?.message : packerError,
        exitStatus: exit === undefined ? undefined : Number(exit),
    };
}
/** The diagnosis without its undefined fields, so it reads (and compares) as what it says. */
function compact(diagnosis) {
    const entries = Object.entries(diagnosis).filter(([, value]) => value !== undefined);
    return Object.fromEntries(entries);
}
function isTimeout(scan) {
    const { timeout, errored } = scan.end;
    return timeout !== undefined && (errored === undefined || timeout.at < errored.at);
}
function roleOf(scan, failing, step, steps) {
    if (step)
        return step.list === 'customize' ? 'customizer' : 'validator';
    if (!failing || failing.internal)
        return 'unknown';
    if (scan.boundaries.some((b) => b < failing.line))
        return 'validator';
    return steps.validate.length === 0 ? 'customizer' : 'unknown';
}
/**
 * The provisioner that was running when the build ended, where its own lines end, and the
 * template step it is (none for the service's own step or when the log cannot tell).
 */
function locateFailure(scan, steps) {
    const stop = endOfSteps(scan);
    const failing = scan.starts.findLast((start) => start.line < stop);
    if (!failing)
        return { sectionEnd: stop };
    const sectionEnd = sectionEndOf(scan, failing, stop);
    const step = failing.internal ? undefined : findStep(scan, failing, sectionEnd, steps);
    return { failing, sectionEnd, step };
}
/** Where the failing step's own lines end: the next provisioner, the cleanup, or the end. */
function sectionEndOf(scan, failing, stop) {
    const next = scan.starts.find((start) => start.line > failing.line)?.line ?? stop;
    const end = Math.min(next, stop);
    for (let at = failing.line + 1; at < end; at++) {
        const line = scan.lines[at];
        if (line?.stream === 'ui' && CLEANUP.test(line.text))
            return at;
    }
    return end;
}
/** The last `max` lines worth reading in [from, to), oldest first, repeats dropped. */
function excerptOf(scan, from, to, max) {
    const picked = [];
    for (let at = to - 1; at >= from && picked.length < max; at--) {
        const line = scan.lines[at];
        if (!line || isNoise(line))
            continue;
        const shown = displayLine(line);
        if (picked.at(-1) !== shown)
            picked.push(shown);
    }
    return picked.reverse();
}

;// CONCATENATED MODULE: ./src/steps/diagnose.ts






/** Where and why a failed run failed; what the log could not tell is left out. */
async function diagnoseFailure(ctx, session, run, result) {
    const phase = run.timeline.phases.filter((p) => !(0,run_state/* isTerminal */.H)(p.phase)).at(-1)?.phase;
    const location = result.customizationLog;
    if (!location || !ctx.template)
        return { phase };
    const read = await readLog(ctx, session, location, run.stagingResourceGroup);
    if (typeof read === 'string') {
        (0,annotations/* warn */.R8)(ctx.io, `customization.log was not read, so the failing step is not named: ${read}`);
        return { phase, logProblem: read };
    }
    const diagnosis = diagnoseCustomizationLog(read.text, stepsOf(ctx.template), {
        truncated: read.truncated,
    });
    const step = failedStepOf(ctx, diagnosis);
    const headline = describeDiagnosis(diagnosis);
    await ctx.io.group(`customization.log: ${headline}`, () => {
        for (const line of diagnosis.excerpt)
            ctx.io.info(line);
        return Promise.resolve();
    });
    (0,annotations/* annotateError */.TF)(ctx.io, headline, annotationOf(ctx, diagnosis, step));
    return { phase, step, errorLine: diagnosis.error, excerpt: diagnosis.excerpt };
}
/** The log's tail, or why it could not be read (never thrown: the build failed already). */
async function readLog(ctx, session, location, stagingResourceGroup) {
    const wait = { what: 'customization.log to be read', ms: ctx.limits.logReadMs };
    try {
        // The staging resource group (the watch's last read) is the scope a missing role is on.
        const read = await (0,deadline/* withDeadline */.N)(wait, (signal) => session.customizationLog(location, stagingResourceGroup, signal));
        return read.ok ? read : read.message;
    }
    catch (error) {
        return (0,errors/* formatError */.Wk)(error).message;
    }
}
function stepsOf(template) {
    const steps = (list) => (0,template_problem/* records */.V0)(list).map((s) => ({
        name: typeof s.name === 'string' ? s.name : undefined,
        type: typeof s.type === 'string' ? s.type : '',
    }));
    return {
        customize: steps(template.customize),
        validate: steps(template.validate?.inVMValidations),
    };
}
/** Inputs whose steps run one workspace file: the annotation goes on that file. */
const FILE_INPUTS = new Set(['customizer-scripts', 'validator-scripts']);
/** The failing step, with the input it came from (and its file) when the action made it. */
function failedStepOf(ctx, diagnosis) {
    const found = diagnosis.step;
    if (diagnosis.role === 'timeout')
        return { role: 'timeout', name: found?.name, type: found?.type };
    if (!found)
        return undefined;
    const role = found.list === 'validate' ? 'validator' : 'customizer';
    return { role, name: found.name, type: found.type, ...sourceOf(ctx, found.name, role) };
}
/** The input the step came from, and its workspace file for a repo script. */
function sourceOf(ctx, name, role) {
    const origin = originOf(ctx, name, role);
    if (!origin)
        return { origin: ctx.config.templateFile ? 'template' : undefined };
    return { origin: origin.origin, file: FILE_INPUTS.has(origin.origin) ? origin.name : undefined };
}
/** The step the action made under that name, in the list the role says. */
function originOf(ctx, name, role) {
    const isValidator = (origin) => origin === 'validator-scripts';
    return ctx.origins.find((o) => o.name === name && isValidator(o.origin) === (role === 'validator'));
}
/** A repo script's file, or the customizer's place in the template file; else no file. */
function annotationOf(ctx, diagnosis, step) {
    const title = step?.role === 'validator' ? 'In-VM validation failed' : 'Image build failed';
    if (step?.file)
        return { title, file: step.file };
    return { title, ...templateFilePlace(ctx, diagnosis, step) };
}
/** Where the failing step is written in the user's template file, when it came from there. */
function templateFilePlace(ctx, diagnosis, step) {
    const templateFile = ctx.config.templateFile;
    const found = diagnosis.step;
    if (step?.origin !== 'template' || !templateFile || !found)
        return {};
    const list = found.list === 'validate' ? 'validate.inVMValidations' : 'customize';
    const at = templateFile.loaded.locate(`properties.${list}[${found.index}]`);
    return { file: templateFile.relPath, line: at?.line, column: at?.column };
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
        await (0,deadline/* withDeadline */.N)(wait, (signal) => gallery.createDefinition(body, signal));
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
    return (0,deadline/* withDeadline */.N)(wait, async (signal) => {
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
async function runBuild(io, given, start) {
    const session = (0,connect/* connect */.N)(io, given, start.early);
    const run = await io.group('Submit', async () => {
        // A gallery or managed-image source may say another OS than was assumed: read before writing.
        const settled = start.rendered
            ? await settleSourceOs(io, session, start.limits, {
                config: given,
                rendered: start.rendered,
                artifacts: start.artifacts,
            })
            : undefined;
        const config = settled?.config ?? given;
        const rendered = settled?.rendered;
        const ctx = {
            io,
            config,
            templates: session.templates,
            ref: { resourceGroup: config.resourceGroup, name: config.templateName },
            templateId: (0,cleanup_target/* templateIdOf */.Z7)(config),
            origins: rendered?.origins ?? [],
            save: start.save,
            limits: start.limits,
            keepsVhd: rendered ? (0,image_templates/* holdsStagedVhd */.jE)(rendered.template) : false,
            clock: start.clock,
        };
        // Before the first write: everything post needs, so post never reads the workspace again.
        ctx.save({ target: (0,cleanup_target/* cleanupTargetOf */.td)(config) });
        if (!rendered)
            return { ...ctx, template: await adoptExisting(ctx) };
        await prepareGallery(io, config, session, start.limits);
        const final = settled.artifacts
            ? await renderWithUpload(ctx, session, settled.artifacts)
            : rendered;
        const submitted = { ...ctx, origins: final.origins, template: final.template };
        await build_submit(submitted, final);
        return submitted;
    });
    if (!run.config.wait)
        return await finishDetached(run);
    return await finishRun(run, session);
}
/** Uploads the artifacts, then renders the template that points at them (as validated). */
async function renderWithUpload(ctx, session, plan) {
    const uploads = await uploadArtifacts(ctx, session, plan);
    return (0,render_step/* renderSized */.C)(ctx.io, ctx.config, uploads).rendered;
}
async function finishRun(ctx, session) {
    const { io, config } = ctx;
    const timeline = newTimeline(ctx.clock.now());
    const report = { mode: 'finished', origins: ctx.origins, template: ctx.template };
    let run;
    try {
        run = await io.group('Build', () => follow(ctx, timeline));
    }
    catch (error) {
        // Cancelled, timed out or lost: the summary still tells what was seen, then the step fails.
        const stopped = error instanceof WatchStopped ? error : undefined;
        if (stopped) {
            const state = stopped.canceled ? 'Canceled' : undefined;
            const summary = {
                ...report,
                timeline,
                stopped: { runState: state, message: stopped.message },
            };
            await (0,report_run/* reportRun */.G)(io, config, ctx.limits, summary);
        }
        throw error;
    }
    // Saved at once: whatever fails next, post knows how the run ended.
    ctx.save({ finished: true, runState: run.runState });
    const result = await io.group('Outputs', async () => {
        const outputs = run.runState === 'Canceled' ? [] : await readRunOutputs(ctx);
        const built = toBuildResult(run, outputs);
        (0,publish/* publishResult */.v9)(io, built);
        return built;
    });
    // Its own group: the runner does not nest groups.
    const failure = run.runState === 'Failed' ? await diagnoseFailure(ctx, session, run, result) : undefined;
    await (0,report_run/* reportRun */.G)(io, config, ctx.limits, { ...report, result, timeline, failure });
    io.info((0,cleanup_policy/* postStepPromise */.gq)(config.cleanup, result.runState, ctx.templateId, ctx.keepsVhd));
    return (0,publish/* verdict */.WJ)(io, result);
}
/** The run's outputs; a failure to read them is a warning, not a failed build. */
async function readRunOutputs(ctx) {
    const { io, templates, ref, limits } = ctx;
    const wait = { what: `the run outputs of the ${(0,image_templates/* describeRef */.Ro)(ref)}`, ms: limits.readMs };
    try {
        return await (0,deadline/* withDeadline */.N)(wait, (signal) => templates.runOutputs(ref, signal));
    }
    catch (error) {
        (0,annotations/* warn */.R8)(io, `${(0,errors/* formatError */.Wk)(error).message} The outputs image-id and vhd-uri stay empty.`);
        return [];
    }
}
/** Reads the template, within the read bound. */
function findTemplate(ctx) {
    const wait = { what: `the ${(0,image_templates/* describeRef */.Ro)(ctx.ref)} to be read`, ms: ctx.limits.readMs };
    return (0,deadline/* withDeadline */.N)(wait, (signal) => ctx.templates.find(ctx.ref, signal));
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
        await (0,deadline/* withDeadline */.N)(provisioning(what), (signal) => templates.delete(ref, signal));
    }
    io.info(`Creating ${(0,image_templates/* describeRef */.Ro)(ref)}`);
    const what = `the ${(0,image_templates/* describeRef */.Ro)(ref)} to be created (provisioningState still Creating)`;
    const created = await (0,deadline/* withDeadline */.N)(provisioning(what), (signal) => templates.create(ref, rendered.template, signal));
    (0,publish/* publishTemplateId */.rY)(io, created.id ?? ctx.templateId);
    ctx.save({ runStarted: true });
    const startWait = {
        what: `the service to accept the build of ${(0,image_templates/* describeRef */.Ro)(ref)}`,
        ms: limits.startMs,
    };
    const started = await (0,deadline/* withDeadline */.N)(startWait, (signal) => templates.startRun(ref, ctx.config.owner, signal));
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
/**
 * `resume: true`: follow the run of a template another job created; its JSON is the rendered
 * template. Returns it.
 */
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
    return existing;
}
async function finishDetached(ctx) {
    const { io, config } = ctx;
    ctx.save({ detached: true });
    io.info(`Not waiting (wait: false). Follow it later with resume: true and image-template-name: ${config.templateName}`);
    await (0,report_run/* reportRun */.G)(io, config, ctx.limits, {
        mode: 'started',
        origins: ctx.origins,
        template: ctx.template,
    });
    return 0;
}


/***/ })

};
