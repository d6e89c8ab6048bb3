export const id = 200;
export const ids = [200];
export const modules = {

/***/ 6616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Vs: () => (/* binding */ retryAfterMs),
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   dh: () => (/* binding */ isConflict),
/* harmony export */   uv: () => (/* binding */ azureError),
/* harmony export */   zy: () => (/* binding */ isCutShort)
/* harmony export */ });
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1818);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5507);


/** The SDK's error, also when azureError() has wrapped it, since callers see that one. */
function restErrorOf(error) {
    const rest = error instanceof _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l ? error.cause : error;
    return (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .isRestError */ .T0)(rest) ? rest : undefined;
}
/**
 * Worth another try: throttling, server errors, no answer at all, and an answer cut short (a
 * truncated body fails JSON parsing with the status of a success).
 */
function isTransient(error) {
    const rest = restErrorOf(error);
    if (!rest)
        return false;
    if (isCutShort(error))
        return true;
    const status = rest.statusCode;
    return status === undefined || status === 408 || status === 429 || status >= 500;
}
/** An answer cut short: the body of a success did not parse (the SDK does not retry these). */
function isCutShort(error) {
    return restErrorOf(error)?.code === 'PARSE_ERROR';
}
/** The Retry-After the service asked for, in ms (0 when none). */
function retryAfterMs(error) {
    const value = restErrorOf(error)?.response?.headers.get('retry-after');
    const seconds = Number(value);
    return value && Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : 0;
}
function isNotFound(error) {
    return (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .isRestError */ .T0)(error) && error.statusCode === 404;
}
/** 409: the template is busy (a build in progress, or still being provisioned). */
function isConflict(error) {
    return (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .isRestError */ .T0)(error) && error.statusCode === 409;
}
/**
 * Wraps an SDK error into a message users can act on: what we were doing, the service's code
 * and message, the HTTP status, and the correlation id Azure support asks for.
 */
function azureError(doing, error) {
    if (!(0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .isRestError */ .T0)(error)) {
        const text = error instanceof Error ? error.message : String(error);
        return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l(`${doing} failed: ${text}`, { cause: error });
    }
    const details = [`code ${error.code ?? 'unknown'}`, `HTTP ${error.statusCode ?? 'no response'}`];
    // The SDK's parse error quotes the whole body: say what happened instead.
    const text = isCutShort(error) ? 'the answer was cut short or is not JSON' : error.message;
    const correlation = correlationId(error);
    if (correlation)
        details.push(`correlation id ${correlation}`);
    const lines = [`${doing} failed: ${text} (${details.join(', ')})`];
    const hint = hintFor(error.statusCode);
    if (hint)
        lines.push(hint);
    return new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l(lines.join('\n'), { cause: error });
}
function hintFor(status) {
    if (status === 401)
        return 'Check the credential: client-id/tenant-id and the federated credential subject, or the azure/login step.';
    if (status === 403)
        return 'The identity lacks a role: see "Permissions" in the README (it needs to manage imageTemplates in the resource group).';
    return undefined;
}
function correlationId(error) {
    const name = 'x-ms-correlation-request-id';
    return error.response?.headers.get(name) ?? error.request?.headers.get(name);
}


/***/ }),

/***/ 7316:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D0: () => (/* binding */ isOwnedBy),
/* harmony export */   Ro: () => (/* binding */ describeRef),
/* harmony export */   VS: () => (/* binding */ isActiveRunState),
/* harmony export */   W8: () => (/* binding */ isProvisioning),
/* harmony export */   W_: () => (/* binding */ isRunning),
/* harmony export */   bH: () => (/* binding */ ImageTemplates),
/* harmony export */   jE: () => (/* binding */ holdsStagedVhd)
/* harmony export */ });
/* harmony import */ var _config_run_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6073);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5507);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6616);



const describeRef = (ref) => `image template "${ref.name}" in resource group "${ref.resourceGroup}"`;
/** A build in these states still holds the template: it cannot be deleted or run again. */
function isActiveRunState(runState) {
    return runState === 'Running' || runState === 'Canceling';
}
function isRunning(template) {
    return isActiveRunState(template?.lastRunStatus?.runState);
}
/** Being created, updated or deleted: someone else's operation is under way on it. */
function isProvisioning(template) {
    const state = template?.provisioningState;
    return state !== undefined && !['Succeeded', 'Failed', 'Canceled'].includes(state);
}
/** Whether this job created the template: it carries this job's owner tag. */
function isOwnedBy(template, owner) {
    return template.tags?.[_config_run_context_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX] === owner;
}
/** A VHD target without a uri of its own lands in the template's staging storage account. */
function holdsStagedVhd(template) {
    return (template.distribute ?? []).some((target) => target.type === 'VHD' && !('uri' in target && target.uri));
}
/** Tries of a template read whose answer was cut short, beyond the SDK's own retries. */
const FIND_ATTEMPTS = 3;
/**
 * The imageTemplates operations the action needs, each with an actionable error message. Every
 * wait takes an abort signal: callers bound it (runner/deadline.ts).
 */
class ImageTemplates {
    client;
    statusClient;
    /** Poll interval for create, delete and cancel, which take seconds to minutes. */
    operationPollMs;
    /**
     * `statusClient` makes no retries of its own: the build watch counts failed reads itself, so
     * an outage is measured in reads, not hidden inside minutes of SDK back-off.
     */
    constructor(client, statusClient, pollMs) {
        this.client = client;
        this.statusClient = statusClient;
        this.operationPollMs = pollMs;
    }
    get ops() {
        return this.client.virtualMachineImageTemplates;
    }
    /**
     * The template, or undefined when it does not exist. The SDK retries throttling and server
     * errors; an answer cut short (a truncated body on a 200) gets a few more tries here.
     */
    async find(ref, abortSignal) {
        for (let attempt = 1;; attempt++) {
            try {
                return await this.get(this.client, ref, abortSignal);
            }
            catch (error) {
                if (attempt >= FIND_ATTEMPTS || !(0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isCutShort */ .zy)(error) || abortSignal?.aborted)
                    throw error;
            }
        }
    }
    /** One status read, without SDK retries (see the constructor). */
    async readOnce(ref, abortSignal) {
        return this.get(this.statusClient, ref, abortSignal);
    }
    async get(client, ref, abortSignal) {
        try {
            return await client.virtualMachineImageTemplates.get(ref.resourceGroup, ref.name, {
                abortSignal,
            });
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(error))
                return undefined;
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .azureError */ .uv)(`Reading ${describeRef(ref)}`, error);
        }
    }
    async create(ref, template, abortSignal) {
        let created;
        try {
            const options = { updateIntervalInMs: this.operationPollMs, abortSignal };
            const poller = this.ops.createOrUpdate(ref.resourceGroup, ref.name, template, options);
            created = await poller.pollUntilDone({ abortSignal });
        }
        catch (error) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .azureError */ .uv)(`Creating ${describeRef(ref)}`, error);
        }
        if (created.provisioningState === 'Failed') {
            const detail = created.provisioningError;
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l(`Creating ${describeRef(ref)} failed: ${detail?.message ?? 'no message'} (${detail?.provisioningErrorCode ?? 'no code'})`);
        }
        return created;
    }
    async delete(ref, abortSignal) {
        try {
            const options = { updateIntervalInMs: this.operationPollMs, abortSignal };
            await this.ops.delete(ref.resourceGroup, ref.name, options).pollUntilDone({ abortSignal });
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isNotFound */ .c4)(error))
                return;
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .azureError */ .uv)(`Deleting ${describeRef(ref)}`, error);
        }
    }
    /**
     * Sends POST …/run and returns once the service accepted it; the build goes on for hours. The
     * SDK retries a start whose answer was lost; the service then answers 409 because the first
     * try started the build (or the retries run out with no answer at all). This job created the
     * template moments ago, so a build running on it is the one this job started: that is
     * reported as `already-running`, not as a failure.
     */
    async startRun(ref, abortSignal) {
        try {
            await this.ops.run(ref.resourceGroup, ref.name, { abortSignal }).submitted();
            return 'started';
        }
        catch (error) {
            const lost = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isConflict */ .dh)(error) || (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransient */ .dg)(error);
            if (lost && isRunning(await this.find(ref, abortSignal)))
                return 'already-running';
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .azureError */ .uv)(`Starting the build of ${describeRef(ref)}`, error);
        }
    }
    /** Asks the service to cancel; returns once the request is accepted. */
    async requestCancel(ref, abortSignal) {
        try {
            await this.ops.cancel(ref.resourceGroup, ref.name, { abortSignal }).submitted();
        }
        catch (error) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .azureError */ .uv)(`Cancelling the build of ${describeRef(ref)}`, error);
        }
    }
    async runOutputs(ref, abortSignal) {
        const outputs = [];
        try {
            const pages = this.ops.listRunOutputs(ref.resourceGroup, ref.name, { abortSignal });
            for await (const output of pages)
                outputs.push(output);
        }
        catch (error) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .azureError */ .uv)(`Reading the run outputs of ${describeRef(ref)}`, error);
        }
        return outputs;
    }
}


/***/ }),

/***/ 2200:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runBuild: () => (/* binding */ runBuild)
});

// EXTERNAL MODULE: ./src/azure/image-templates.ts
var image_templates = __webpack_require__(7316);
// EXTERNAL MODULE: ./src/template/render.ts + 1 modules
var render = __webpack_require__(8632);
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
    const imageId = byName(render/* RUN_OUTPUT */.mF.gallery)?.artifactId ??
        byName(render/* RUN_OUTPUT */.mF.managedImage)?.artifactId ??
        outputs.find((o) => o.artifactId)?.artifactId;
    const vhdUri = byName(render/* RUN_OUTPUT */.mF.vhd)?.artifactUri ?? outputs.find((o) => o.artifactUri)?.artifactUri;
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

// EXTERNAL MODULE: ./src/cleanup-policy.ts
var cleanup_policy = __webpack_require__(7046);
// EXTERNAL MODULE: ./src/config/cleanup-target.ts
var cleanup_target = __webpack_require__(5214);
// EXTERNAL MODULE: ./src/connect.ts + 2 modules
var connect = __webpack_require__(5518);
// EXTERNAL MODULE: ./src/runner/errors.ts
var errors = __webpack_require__(5507);
// EXTERNAL MODULE: ./src/azure/errors.ts
var azure_errors = __webpack_require__(6616);
// EXTERNAL MODULE: ./src/runner/elapsed.ts
var elapsed = __webpack_require__(1230);
;// CONCATENATED MODULE: ./src/azure/watch.ts



const TERMINAL_STATES = ['Succeeded', 'PartiallySucceeded', 'Failed', 'Canceled'];
/** Failed reads in a row after which the log says so with a warning, not only a line. */
const PERSISTING_FAILURES = 5;
/** The status could not be read `maxFailedReads + 1` times in a row: the build's fate is unknown. */
class StatusOutage extends errors/* ActionError */.l {
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
            if (!(0,azure_errors/* isTransient */.dg)(error) || signal.aborted)
                throw error;
            failedReads += 1;
            if (failedReads > deps.maxFailedReads)
                throw new StatusOutage(failedReads, error);
            reportFailedRead(deps, error, failedReads);
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
        throw new errors/* ActionError */.l('The image template disappeared while the build was running (deleted by someone else?)');
    return template.lastRunStatus;
}
/** Running phases show the sub-state; the end shows the final state. */
function phaseOf(status) {
    if (status.runState === 'Running')
        return status.runSubState ?? 'Queued';
    return status.runState ?? 'Queued';
}

;// CONCATENATED MODULE: ./src/runner/deadline.ts


/** A wait that ran past its deadline; the message names what it waited for. */
class DeadlineError extends errors/* ActionError */.l {
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
        return await work(signal);
    }
    catch (error) {
        if (timeout.aborted && !wait.outer?.aborted)
            throw new DeadlineError(`Gave up after ${(0,elapsed/* formatElapsed */.C)(wait.ms)} waiting for ${wait.what}.`, {
                cause: error,
            });
        throw error;
    }
}

// EXTERNAL MODULE: ./src/runner/signals.ts
var signals = __webpack_require__(715);
;// CONCATENATED MODULE: ./src/follow.ts
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
            getTemplate: (signal) => templates.readOnce(ref, signal),
            sleep: signals/* sleep */.y,
            now: Date.now,
            log: (m) => io.info(m),
            warn: (m) => io.warning(m),
            intervalMs: config.pollMs,
            maxFailedReads: limits.maxFailedReads,
        };
        return await waitForRun(deps, stop.signal);
    }
    catch (error) {
        const reason = stop.reason();
        if (reason) {
            io.warning(reason === 'cancelled'
                ? 'The workflow was cancelled: cancelling the build'
                : 'The build ran past build-timeout-minutes: cancelling it');
            await cancelBuild(ctx);
            throw new errors/* ActionError */.l(reason === 'cancelled'
                ? 'The build was cancelled; the post step cleans up.'
                : `The build did not finish within ${minutes} minutes; the post step cleans up.`);
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
        io.setOutput('run-state', 'Canceled');
        return undefined;
    }
    catch (error) {
        const { message } = (0,errors/* formatError */.W)(error);
        io.warning(message);
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
        return new errors/* ActionError */.l(`${head} The service accepted a cancel request; the post step deletes the template once the build has stopped.`, { cause: outage });
    return new errors/* ActionError */.l(`${head} The cancel request failed too, so the build may still be running in Azure: ${ctx.templateId}\n` +
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

;// CONCATENATED MODULE: ./src/gallery-preflight.ts



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
            throw new errors/* ActionError */.l(`The ${gallery.description} cannot take this image:\n- ${problems.join('\n- ')}`);
        }
        io.info(`Gallery: the ${gallery.description} exists and matches the build`);
    }
    else if (target.definition.identifier) {
        const location = await gallery.galleryLocation();
        if (!location)
            throw new errors/* ActionError */.l(`The gallery "${gallery.ref.gallery}" does not exist in resource group "${gallery.ref.resourceGroup}".`);
        io.info(`Gallery: creating the ${gallery.description} in ${location}`);
        const body = definitionBody(target.definition, config.osType, location);
        const wait = { what: `the ${gallery.description} to be created`, ms: limits.provisionMs };
        await withDeadline(wait, (signal) => gallery.createDefinition(body, signal));
    }
    else {
        throw new errors/* ActionError */.l(`The ${gallery.description} does not exist. Create it, or give gallery-image-publisher, gallery-image-offer and gallery-image-sku so the action creates it.`);
    }
    if (target.version && (await gallery.versionExists(target.version))) {
        throw new errors/* ActionError */.l(`Version ${target.version} of the ${gallery.description} already exists; gallery versions cannot be overwritten. Use a new version number.`);
    }
}

// EXTERNAL MODULE: ./src/publish.ts + 1 modules
var publish = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/build.ts
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
    };
    // Before the first write: everything post needs, so post never reads the workspace again.
    ctx.save({ target: (0,cleanup_target/* cleanupTargetOf */.td)(config) });
    if (start.rendered) {
        await prepareGallery(io, config, session, start.limits);
        await build_submit(ctx, start.rendered);
    }
    else
        await adoptExisting(ctx);
    if (!config.wait)
        return await finishDetached(ctx);
    return await finishRun(ctx);
}
async function finishRun(ctx) {
    const { io, config, templates, ref } = ctx;
    const run = await follow(ctx);
    const outputs = run.runState === 'Canceled' ? [] : await templates.runOutputs(ref);
    const result = toBuildResult(run, outputs);
    ctx.save({ finished: true, runState: result.runState });
    (0,publish/* publishResult */.v9)(io, result);
    await (0,publish/* writeSummary */.Sy)(io, config, ctx.origins, 'finished', { end: { result, run } });
    io.info((0,cleanup_policy/* postStepPromise */.gq)(config.cleanup, result.runState, ctx.templateId));
    return (0,publish/* verdict */.WJ)(io, result);
}
/**
 * Templates are immutable: an idle one of the same name is replaced. One with a build in
 * progress, or being created or deleted (another job or matrix leg at work), is left alone.
 */
async function build_submit(ctx, rendered) {
    const { io, templates, ref, limits } = ctx;
    const existing = await templates.find(ref);
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
    io.setOutput('template-id', created.id ?? ctx.templateId);
    ctx.save({ runStarted: true });
    const startWait = {
        what: `the service to accept the build of ${(0,image_templates/* describeRef */.Ro)(ref)}`,
        ms: limits.startMs,
    };
    const started = await withDeadline(startWait, (signal) => templates.startRun(ref, signal));
    io.info(started === 'started'
        ? 'Build started'
        : 'Build started (the answer to the start request was lost; the service had started it)');
}
/** A template with a build in progress, or being provisioned, belongs to someone at work. */
function refuseBusy(ref, existing) {
    if (!(0,image_templates/* isRunning */.W_)(existing) && !(0,image_templates/* isProvisioning */.W8)(existing))
        return;
    const what = (0,image_templates/* isRunning */.W_)(existing)
        ? `its build is ${existing?.lastRunStatus?.runState}`
        : `it is being ${existing?.provisioningState?.toLowerCase() ?? 'changed'} by another job`;
    throw new errors/* ActionError */.l(`The ${(0,image_templates/* describeRef */.Ro)(ref)} already exists and ${what}. ` +
        'Wait for it, cancel it, follow it with `resume: true`, or choose another `image-template-name`.');
}
/** `resume: true`: follow the run of a template another job created; its JSON is the rendered template. */
async function adoptExisting(ctx) {
    const { io, config, templates, ref } = ctx;
    const existing = await templates.find(ref);
    if (!existing?.lastRunStatus) {
        const why = existing ? 'has never been run' : 'does not exist';
        throw new errors/* ActionError */.l(`Cannot resume: the ${(0,image_templates/* describeRef */.Ro)(ref)} ${why}.`);
    }
    (0,publish/* writeRenderedTemplate */.HS)(io, config, (0,render/* toResourceJson */.OH)(config.templateName, existing));
    io.setOutput('template-id', existing.id ?? ctx.templateId);
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


/***/ }),

/***/ 7046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CB: () => (/* binding */ planCleanup),
/* harmony export */   VW: () => (/* binding */ removalCommands),
/* harmony export */   gq: () => (/* binding */ postStepPromise)
/* harmony export */ });
/* harmony import */ var _azure_image_templates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7316);

/** What the post step does, from `cleanup`, what main recorded, and the run state seen now. */
function planCleanup(mode, state, liveRunState) {
    if (state?.detached) {
        return {
            cancel: false,
            delete: false,
            reason: 'the build continues after this job (wait: false); the job that resumes it cleans up',
        };
    }
    // Main did not see the end (cancelled or killed) but the build is still going: stop it.
    const interrupted = state?.finished !== true && (0,_azure_image_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .isActiveRunState */ .VS)(liveRunState);
    const cancel = interrupted && liveRunState === 'Running';
    const runState = interrupted ? 'Canceled' : (state?.runState ?? liveRunState);
    const decision = decide(mode, runState);
    return { cancel, ...decision };
}
function decide(mode, runState) {
    if (mode === 'never')
        return { delete: false, reason: 'cleanup: never' };
    if (mode === 'always')
        return { delete: true, reason: 'cleanup: always' };
    const why = {
        Succeeded: 'the build succeeded',
        Canceled: 'the build was cancelled',
        none: 'the build never ran',
    };
    const reason = why[runState ?? 'none'];
    if (reason)
        return { delete: true, reason: `${reason} (cleanup: on-success)` };
    return {
        delete: false,
        reason: `the build ended ${runState}: kept for debugging (cleanup: on-success)`,
    };
}
/**
 * The commands that remove what was left: printed whenever the action leaves a template (or a
 * build) behind, so nobody has to work them out while a build is billing.
 */
function removalCommands(templateId, mayBeRunning) {
    const cancel = mayBeRunning ? [`  az image builder cancel --ids ${templateId}`] : [];
    return [...cancel, `  az image builder delete --ids ${templateId}`].join('\n');
}
/** What main tells the user the post step will do with the template, given how the run ended. */
function postStepPromise(mode, runState, templateId) {
    const plan = planCleanup(mode, { finished: true, runState }, runState);
    if (plan.delete)
        return `The post step deletes the template (${plan.reason}).`;
    return `The post step keeps the template (${plan.reason}). Remove it later with:\n${removalCommands(templateId, false)}`;
}


/***/ }),

/***/ 5518:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ connect)
});

// EXTERNAL MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/index.js + 19 modules
var esm = __webpack_require__(6437);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 182 modules
var dist_esm = __webpack_require__(5563);
;// CONCATENATED MODULE: ./src/azure/clients.ts


const USER_AGENT = 'azure-image-builder-action/1';
/**
 * OIDC federation when client-id and tenant-id are given, else the default chain (azure/login's
 * CLI session, environment variables, managed identity). The assertion callback runs whenever
 * MSAL needs a new access token, so builds longer than either token's lifetime keep working.
 */
function createCredential(cloud, auth, deps) {
    const common = {
        authorityHost: cloud.authorityHost,
        disableInstanceDiscovery: cloud.customAuthority,
    };
    const inner = auth.kind === 'oidc'
        ? new dist_esm/* ClientAssertionCredential */.XI(auth.tenantId, auth.clientId, deps.getAssertion, common)
        : new dist_esm/* DefaultAzureCredential */.gv({ ...common, tenantId: auth.tenantId });
    return maskingCredential(inner, deps.mask);
}
/** Masks every access token as it is issued, in case anything downstream logs it. */
function maskingCredential(inner, mask) {
    return {
        async getToken(scopes, options) {
            const token = await inner.getToken(scopes, options);
            if (token)
                mask(token.token);
            return token;
        },
    };
}
/**
 * Options every ARM client of the action shares: the cloud, our user agent, the retries.
 * `retries: false` is for callers that count failures themselves (the build watch).
 */
function armClientOptions(cloud, retries = true) {
    return {
        endpoint: cloud.armEndpoint,
        credentials: { scopes: [`${cloud.armEndpoint}/.default`] },
        userAgentOptions: { userAgentPrefix: USER_AGENT },
        // A few more tries than the default: create, start and delete meet throttling and blips.
        retryOptions: retries
            ? { maxRetries: 6, retryDelayInMs: 500, maxRetryDelayInMs: 30_000 }
            : { maxRetries: 0 },
    };
}
function createImageBuilderClient(cloud, subscriptionId, credential, retries = true) {
    return new esm/* ImageBuilderClient */.Us(credential, subscriptionId, armClientOptions(cloud, retries));
}

// EXTERNAL MODULE: ./src/config/resource-ids.ts
var resource_ids = __webpack_require__(7647);
// EXTERNAL MODULE: ./src/azure/errors.ts
var errors = __webpack_require__(6616);
;// CONCATENATED MODULE: ./src/azure/gallery.ts



function galleryImageRef(definitionId) {
    const parsed = (0,resource_ids/* parseTypedId */.np)(definitionId, resource_ids/* GALLERY_IMAGE_TYPE */.K8);
    if (!parsed)
        throw new Error(`not a gallery image definition id: ${definitionId}`);
    const [gallery = '', image = ''] = parsed.names;
    return {
        subscriptionId: parsed.subscriptionId,
        resourceGroup: parsed.resourceGroup,
        gallery,
        image,
    };
}
const describe = (ref) => `gallery image definition "${ref.gallery}/${ref.image}" in resource group "${ref.resourceGroup}"`;
/**
 * Gallery image definitions and versions through @azure/arm-compute. The SDK is large (all of
 * Compute), so it is loaded only when a build has a gallery target: other runs never parse it.
 */
class GalleryImages {
    client;
    ref;
    constructor(client, ref) {
        this.client = client;
        this.ref = ref;
    }
    static async connect(cloud, credential, definitionId) {
        const ref = galleryImageRef(definitionId);
        const { ComputeManagementClient } = await __webpack_require__.e(/* import() */ 280).then(__webpack_require__.bind(__webpack_require__, 2280));
        const client = new ComputeManagementClient(credential, ref.subscriptionId, armClientOptions(cloud));
        return new GalleryImages(client, ref);
    }
    get description() {
        return describe(this.ref);
    }
    async findDefinition() {
        const { resourceGroup, gallery, image } = this.ref;
        try {
            return await this.client.galleryImages.get(resourceGroup, gallery, image);
        }
        catch (error) {
            if ((0,errors/* isNotFound */.c4)(error))
                return undefined;
            throw (0,errors/* azureError */.uv)(`Reading the ${this.description}`, error);
        }
    }
    /** The gallery's region: a new definition must be created there, not in the build's region. */
    async galleryLocation() {
        const { resourceGroup, gallery } = this.ref;
        try {
            return (await this.client.galleries.get(resourceGroup, gallery)).location;
        }
        catch (error) {
            if ((0,errors/* isNotFound */.c4)(error))
                return undefined;
            throw (0,errors/* azureError */.uv)(`Reading the gallery "${gallery}"`, error);
        }
    }
    async createDefinition(body, abortSignal) {
        const { resourceGroup, gallery, image } = this.ref;
        try {
            return await this.client.galleryImages
                .createOrUpdate(resourceGroup, gallery, image, body, { abortSignal })
                .pollUntilDone({ abortSignal });
        }
        catch (error) {
            throw (0,errors/* azureError */.uv)(`Creating the ${this.description}`, error);
        }
    }
    async versionExists(version) {
        const { resourceGroup, gallery, image } = this.ref;
        try {
            await this.client.galleryImageVersions.get(resourceGroup, gallery, image, version);
            return true;
        }
        catch (error) {
            if ((0,errors/* isNotFound */.c4)(error))
                return false;
            throw (0,errors/* azureError */.uv)(`Reading version ${version} of the ${this.description}`, error);
        }
    }
}

// EXTERNAL MODULE: ./src/azure/image-templates.ts
var image_templates = __webpack_require__(7316);
// EXTERNAL MODULE: ./src/azure/oidc.ts
var oidc = __webpack_require__(7726);
;// CONCATENATED MODULE: ./src/connect.ts




/**
 * Signs in (OIDC or the default chain) once, for every client the run needs. `early` is the OIDC
 * token main requested before loading this module (see oidc.ts).
 */
function connect(io, target, early) {
    const { cloud, auth, subscriptionId } = target;
    const how = auth.kind === 'oidc'
        ? `OIDC federation (client ${auth.clientId})`
        : 'the default Azure credential chain';
    io.debug(`Signing in to ${cloud.name} (${cloud.armEndpoint}) with ${how}`);
    const credential = createCredential(cloud, auth, {
        getAssertion: (0,oidc/* assertionSource */.ux)((audience) => io.getIDToken(audience), early),
        mask: (secret) => io.setSecret(secret),
    });
    const client = createImageBuilderClient(cloud, subscriptionId, credential);
    const statusClient = createImageBuilderClient(cloud, subscriptionId, credential, false);
    return {
        // Create/delete operations finish in seconds to minutes: poll them faster than the build.
        templates: new image_templates/* ImageTemplates */.bH(client, statusClient, Math.min(target.pollMs, 5_000)),
        gallery: (definitionId) => GalleryImages.connect(cloud, credential, definitionId),
    };
}


/***/ }),

/***/ 715:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ stopSignal),
/* harmony export */   y: () => (/* binding */ sleep)
/* harmony export */ });
function stopSignal(timeoutMs) {
    const controller = new AbortController();
    let why;
    const stop = (reason) => {
        if (why)
            return;
        why = reason;
        controller.abort(new Error(reason === 'cancelled' ? 'The workflow was cancelled' : 'The build timed out'));
    };
    const onSignal = () => stop('cancelled');
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    const timer = setTimeout(() => stop('timeout'), timeoutMs);
    timer.unref();
    return {
        signal: controller.signal,
        reason: () => why,
        dispose: () => {
            clearTimeout(timer);
            process.off('SIGINT', onSignal);
            process.off('SIGTERM', onSignal);
        },
    };
}
/** Sleeps `ms`, waking early (with the abort reason) when the signal fires. */
function sleep(ms, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(signal.reason);
        const onAbort = () => {
            clearTimeout(timer);
            reject(signal?.reason);
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener('abort', onAbort);
            resolve();
        }, ms);
        signal?.addEventListener('abort', onAbort, { once: true });
    });
}


/***/ })

};
