export const id = 577;
export const ids = [577];
export const modules = {

/***/ 6616:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c4: () => (/* binding */ isNotFound),
/* harmony export */   dg: () => (/* binding */ isTransient),
/* harmony export */   uv: () => (/* binding */ azureError)
/* harmony export */ });
/* harmony import */ var _azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1818);
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5507);


/**
 * Status codes worth another try: throttling, server errors, and no answer at all. Looks through
 * the ActionError that azureError() wraps around the SDK's error, since callers see that one.
 */
function isTransient(error) {
    const rest = error instanceof _runner_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .l ? error.cause : error;
    if (!(0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .isRestError */ .T0)(rest))
        return false;
    const status = rest.statusCode;
    return status === undefined || status === 408 || status === 429 || status >= 500;
}
function isNotFound(error) {
    return (0,_azure_core_rest_pipeline__WEBPACK_IMPORTED_MODULE_0__/* .isRestError */ .T0)(error) && error.statusCode === 404;
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
    const correlation = correlationId(error);
    if (correlation)
        details.push(`correlation id ${correlation}`);
    const lines = [`${doing} failed: ${error.message} (${details.join(', ')})`];
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
/* harmony export */   Ro: () => (/* binding */ describeRef),
/* harmony export */   VS: () => (/* binding */ isActiveRunState),
/* harmony export */   W_: () => (/* binding */ isRunning),
/* harmony export */   bH: () => (/* binding */ ImageTemplates),
/* harmony export */   jE: () => (/* binding */ holdsStagedVhd)
/* harmony export */ });
/* harmony import */ var _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5507);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6616);


const describeRef = (ref) => `image template "${ref.name}" in resource group "${ref.resourceGroup}"`;
/** A build in these states still holds the template: it cannot be deleted or run again. */
function isActiveRunState(runState) {
    return runState === 'Running' || runState === 'Canceling';
}
function isRunning(template) {
    return isActiveRunState(template?.lastRunStatus?.runState);
}
/** A VHD target without a uri of its own lands in the template's staging storage account. */
function holdsStagedVhd(template) {
    return (template.distribute ?? []).some((target) => target.type === 'VHD' && !('uri' in target && target.uri));
}
/** The imageTemplates operations the action needs, each with an actionable error message. */
class ImageTemplates {
    client;
    /** Poll interval for create, delete and cancel, which take seconds to minutes. */
    operationPollMs;
    constructor(client, operationPollMs) {
        this.client = client;
        this.operationPollMs = operationPollMs;
    }
    get ops() {
        return this.client.virtualMachineImageTemplates;
    }
    /** The template, or undefined when it does not exist. */
    async find(ref, abortSignal) {
        try {
            return await this.ops.get(ref.resourceGroup, ref.name, { abortSignal });
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                return undefined;
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .azureError */ .uv)(`Reading ${describeRef(ref)}`, error);
        }
    }
    async create(ref, template) {
        let created;
        try {
            const poller = this.ops.createOrUpdate(ref.resourceGroup, ref.name, template, {
                updateIntervalInMs: this.operationPollMs,
            });
            created = await poller.pollUntilDone();
        }
        catch (error) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .azureError */ .uv)(`Creating ${describeRef(ref)}`, error);
        }
        if (created.provisioningState === 'Failed') {
            const detail = created.provisioningError;
            throw new _runner_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ActionError */ .l(`Creating ${describeRef(ref)} failed: ${detail?.message ?? 'no message'} (${detail?.provisioningErrorCode ?? 'no code'})`);
        }
        return created;
    }
    async delete(ref) {
        try {
            await this.ops
                .delete(ref.resourceGroup, ref.name, { updateIntervalInMs: this.operationPollMs })
                .pollUntilDone();
        }
        catch (error) {
            if ((0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .isNotFound */ .c4)(error))
                return;
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .azureError */ .uv)(`Deleting ${describeRef(ref)}`, error);
        }
    }
    /** Sends POST /run and returns once the service accepted it; the build goes on for hours. */
    async startRun(ref) {
        try {
            await this.ops.run(ref.resourceGroup, ref.name).submitted();
        }
        catch (error) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .azureError */ .uv)(`Starting the build of ${describeRef(ref)}`, error);
        }
    }
    /** Asks the service to cancel; returns once the request is accepted. */
    async requestCancel(ref, abortSignal) {
        try {
            await this.ops.cancel(ref.resourceGroup, ref.name, { abortSignal }).submitted();
        }
        catch (error) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .azureError */ .uv)(`Cancelling the build of ${describeRef(ref)}`, error);
        }
    }
    async runOutputs(ref) {
        const outputs = [];
        try {
            for await (const output of this.ops.listRunOutputs(ref.resourceGroup, ref.name))
                outputs.push(output);
        }
        catch (error) {
            throw (0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .azureError */ .uv)(`Reading the run outputs of ${describeRef(ref)}`, error);
        }
        return outputs;
    }
}


/***/ }),

/***/ 2577:
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

// EXTERNAL MODULE: ./src/runner/errors.ts
var errors = __webpack_require__(5507);
// EXTERNAL MODULE: ./src/azure/errors.ts
var azure_errors = __webpack_require__(6616);
// EXTERNAL MODULE: ./src/runner/elapsed.ts
var elapsed = __webpack_require__(1230);
;// CONCATENATED MODULE: ./src/azure/watch.ts



const TERMINAL_STATES = ['Succeeded', 'PartiallySucceeded', 'Failed', 'Canceled'];
/** Consecutive failed reads tolerated (on top of the SDK's own retries) before giving up. */
const MAX_FAILED_READS = 10;
function isTerminal(state) {
    return TERMINAL_STATES.includes(state ?? '');
}
/** Follows lastRunStatus until the run ends, logging each phase change as it happens. */
async function waitForRun(deps, signal) {
    const started = deps.now();
    const phases = [];
    let failedReads = 0;
    for (;;) {
        signal.throwIfAborted();
        let status;
        try {
            status = await readStatus(deps, signal);
            failedReads = 0;
        }
        catch (error) {
            if (!(0,azure_errors/* isTransient */.dg)(error) || ++failedReads > MAX_FAILED_READS)
                throw error;
            deps.warn(`Reading the build status failed (${error.message}); trying again (${failedReads}/${MAX_FAILED_READS})`);
        }
        if (status) {
            const phase = phaseOf(status);
            if (phase !== phases.at(-1)?.phase) {
                const atMs = deps.now() - started;
                phases.push({ phase, atMs });
                deps.log(`Build phase: ${phase} (after ${(0,elapsed/* formatElapsed */.C)(atMs)})`);
            }
            if (isTerminal(status.runState))
                return { runState: status.runState, message: status.message ?? '', phases };
        }
        await deps.sleep(deps.intervalMs, signal);
    }
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

// EXTERNAL MODULE: ./src/connect.ts + 2 modules
var connect = __webpack_require__(5518);
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
async function prepareGallery(io, config, session) {
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
        await gallery.createDefinition(definitionBody(target.definition, config.osType, location));
    }
    else {
        throw new errors/* ActionError */.l(`The ${gallery.description} does not exist. Create it, or give gallery-image-publisher, gallery-image-offer and gallery-image-sku so the action creates it.`);
    }
    if (target.version && (await gallery.versionExists(target.version))) {
        throw new errors/* ActionError */.l(`Version ${target.version} of the ${gallery.description} already exists; gallery versions cannot be overwritten. Use a new version number.`);
    }
}

// EXTERNAL MODULE: ./src/publish.ts + 2 modules
var publish = __webpack_require__(7034);
// EXTERNAL MODULE: ./src/runner/signals.ts
var signals = __webpack_require__(715);
;// CONCATENATED MODULE: ./src/build.ts
// The Azure half of the main step, loaded only when the run talks to Azure: submit the template,
// start the build, follow it and report. main.ts has validated everything before this runs.









/** Margin over build-timeout-minutes before we stop waiting: the service times out first. */
const TIMEOUT_MARGIN_MS = 30 * 60_000;
/** How long a cancel request may take while the runner is stopping the job. */
const CANCEL_BUDGET_MS = 5_000;
/** Submits (or adopts) the template, starts and follows the build. Returns the exit code. */
async function runBuild(io, config, start) {
    const { rendered, save } = start;
    const origins = rendered?.origins ?? [];
    const session = (0,connect/* connect */.N)(io, config, start.early);
    const { templates } = session;
    const ref = { resourceGroup: config.resourceGroup, name: config.templateName };
    if (rendered) {
        await prepareGallery(io, config, session);
        await build_submit(io, templates, ref, rendered, save);
    }
    else
        await adoptExisting(io, config, templates, ref, save);
    if (!config.wait)
        return await finishDetached(io, config, origins, save);
    return await finishRun(io, config, templates, ref, origins, save);
}
async function finishRun(io, config, templates, ref, origins, save) {
    const run = await follow(io, config, templates, ref);
    const outputs = run.runState === 'Canceled' ? [] : await templates.runOutputs(ref);
    const result = toBuildResult(run, outputs);
    save({ finished: true, runState: result.runState });
    (0,publish/* publishResult */.v9)(io, result);
    await (0,publish/* writeSummary */.Sy)(io, config, origins, 'finished', { end: { result, run } });
    return (0,publish/* verdict */.WJ)(io, config, result);
}
/** Templates are immutable: an idle one of the same name is replaced, a running one is left alone. */
async function build_submit(io, templates, ref, rendered, save) {
    const existing = await templates.find(ref);
    if ((0,image_templates/* isRunning */.W_)(existing)) {
        throw new errors/* ActionError */.l(`The ${(0,image_templates/* describeRef */.Ro)(ref)} already exists and its build is ${existing?.lastRunStatus?.runState}. ` +
            'Wait for it, cancel it, follow it with `resume: true`, or choose another `image-template-name`.');
    }
    save({ templateRequested: true });
    if (existing) {
        io.info(`Deleting the existing idle ${(0,image_templates/* describeRef */.Ro)(ref)} (templates cannot be updated in place)`);
        await templates.delete(ref);
    }
    io.info(`Creating ${(0,image_templates/* describeRef */.Ro)(ref)}`);
    const created = await templates.create(ref, rendered.template);
    io.setOutput('template-id', created.id ?? '');
    await templates.startRun(ref);
    io.info('Build started');
}
/** `resume: true`: follow the run of a template another job created; its JSON is the rendered template. */
async function adoptExisting(io, config, templates, ref, save) {
    const existing = await templates.find(ref);
    if (!existing?.lastRunStatus) {
        const why = existing ? 'has never been run' : 'does not exist';
        throw new errors/* ActionError */.l(`Cannot resume: the ${(0,image_templates/* describeRef */.Ro)(ref)} ${why}.`);
    }
    (0,publish/* writeRenderedTemplate */.HS)(io, config, (0,render/* toResourceJson */.OH)(config.templateName, existing));
    io.setOutput('template-id', existing.id ?? '');
    save({ templateRequested: true });
    io.info(`Resuming the build of ${(0,image_templates/* describeRef */.Ro)(ref)}`);
}
async function finishDetached(io, config, origins, save) {
    save({ detached: true });
    io.info(`Not waiting (wait: false). Follow it later with resume: true and image-template-name: ${config.templateName}`);
    await (0,publish/* writeSummary */.Sy)(io, config, origins, 'started');
    return 0;
}
/** Waits for the run; on cancel or timeout asks the service to cancel, within a small budget. */
async function follow(io, config, templates, ref) {
    const minutes = config.vm.buildTimeoutMinutes ?? render/* DEFAULT_BUILD_TIMEOUT_MINUTES */.rq;
    const stop = (0,signals/* stopSignal */.Z)(minutes * 60_000 + TIMEOUT_MARGIN_MS);
    try {
        const deps = {
            getTemplate: (signal) => templates.find(ref, signal),
            sleep: signals/* sleep */.y,
            now: Date.now,
            log: (m) => io.info(m),
            warn: (m) => io.warning(m),
            intervalMs: config.pollMs,
        };
        return await waitForRun(deps, stop.signal);
    }
    catch (error) {
        const reason = stop.reason();
        if (!reason)
            throw error;
        await cancelBuild(io, templates, ref, reason);
        throw new errors/* ActionError */.l(reason === 'cancelled'
            ? 'The build was cancelled; the post step cleans up.'
            : `The build did not finish within ${minutes} minutes.`);
    }
    finally {
        stop.dispose();
    }
}
async function cancelBuild(io, templates, ref, reason) {
    io.warning(reason === 'cancelled'
        ? 'The workflow was cancelled: cancelling the build'
        : 'The build ran past build-timeout-minutes: cancelling it');
    await templates
        .requestCancel(ref, AbortSignal.timeout(CANCEL_BUDGET_MS))
        .catch((e) => io.warning((0,errors/* formatError */.W)(e).message));
    io.setOutput('run-state', 'Canceled');
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
/** Options every ARM client of the action shares: the cloud, our user agent, the retries. */
function armClientOptions(cloud) {
    return {
        endpoint: cloud.armEndpoint,
        credentials: { scopes: [`${cloud.armEndpoint}/.default`] },
        userAgentOptions: { userAgentPrefix: USER_AGENT },
        // A few more tries than the default: polls over hours meet throttling and brief outages.
        retryOptions: { maxRetries: 6, retryDelayInMs: 500, maxRetryDelayInMs: 30_000 },
    };
}
function createImageBuilderClient(cloud, subscriptionId, credential) {
    return new esm/* ImageBuilderClient */.Us(credential, subscriptionId, armClientOptions(cloud));
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
    async createDefinition(body) {
        const { resourceGroup, gallery, image } = this.ref;
        try {
            return await this.client.galleryImages
                .createOrUpdate(resourceGroup, gallery, image, body)
                .pollUntilDone();
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
function connect(io, config, early) {
    const how = config.auth.kind === 'oidc'
        ? `OIDC federation (client ${config.auth.clientId})`
        : 'the default Azure credential chain';
    io.debug(`Signing in to ${config.cloud.name} (${config.cloud.armEndpoint}) with ${how}`);
    const credential = createCredential(config.cloud, config.auth, {
        getAssertion: (0,oidc/* assertionSource */.ux)((audience) => io.getIDToken(audience), early),
        mask: (secret) => io.setSecret(secret),
    });
    const client = createImageBuilderClient(config.cloud, config.subscriptionId, credential);
    return {
        // Create/delete operations finish in seconds to minutes: poll them faster than the build.
        templates: new image_templates/* ImageTemplates */.bH(client, Math.min(config.pollMs, 5_000)),
        gallery: (definitionId) => GalleryImages.connect(config.cloud, credential, definitionId),
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
