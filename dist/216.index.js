export const id = 216;
export const ids = [216];
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

/***/ 3216:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanUp: () => (/* binding */ cleanUp)
});

// EXTERNAL MODULE: ./src/azure/image-templates.ts
var image_templates = __webpack_require__(7316);
;// CONCATENATED MODULE: ./src/cleanup-policy.ts

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
    const interrupted = state?.finished !== true && (0,image_templates/* isActiveRunState */.VS)(liveRunState);
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

// EXTERNAL MODULE: ./src/connect.ts + 2 modules
var connect = __webpack_require__(5518);
// EXTERNAL MODULE: ./src/runner/signals.ts
var signals = __webpack_require__(715);
;// CONCATENATED MODULE: ./src/cleanup.ts
// The Azure half of the post step, loaded only when there may be something to clean up.




/** How long post waits for a cancelled build to stop before it can delete the template. */
const STOP_WAIT_MS = 10 * 60_000;
/** Cancels a build main left running and deletes the template, as `cleanup` says. */
async function cleanUp(io, config, state) {
    const { templates } = (0,connect/* connect */.N)(io, config);
    const ref = { resourceGroup: config.resourceGroup, name: config.templateName };
    const live = await templates.find(ref);
    if (!live) {
        io.info(`Cleanup: nothing to do (the ${(0,image_templates/* describeRef */.Ro)(ref)} does not exist)`);
        return;
    }
    const plan = planCleanup(config.cleanup, state, live.lastRunStatus?.runState);
    io.info(`Cleanup: ${plan.reason}`);
    if (plan.cancel) {
        io.info('Cancelling the build that is still running');
        await templates.requestCancel(ref);
    }
    if (!plan.delete)
        return;
    // Judged from the template itself, so it holds for template files and resumed runs as well.
    if ((0,image_templates/* holdsStagedVhd */.jE)(live)) {
        io.warning(`Not deleting the ${(0,image_templates/* describeRef */.Ro)(ref)}: its VHD lives in the template's staging storage account and would be deleted with it. Copy the VHD (vhd-uri output), then delete the template.`);
        return;
    }
    if (plan.cancel || (0,image_templates/* isRunning */.W_)(live))
        await waitUntilStopped(io, templates, ref);
    await templates.delete(ref);
    io.info(`Deleted the ${(0,image_templates/* describeRef */.Ro)(ref)}`);
}
/** The service refuses to delete a template while its build runs, so wait for the cancel. */
async function waitUntilStopped(io, templates, ref) {
    const deadline = Date.now() + STOP_WAIT_MS;
    while ((0,image_templates/* isRunning */.W_)(await templates.find(ref))) {
        if (Date.now() > deadline)
            throw new Error('the build did not stop within 10 minutes of the cancel request');
        io.info('Waiting for the build to stop before deleting the template');
        await (0,signals/* sleep */.y)(templates.operationPollMs);
    }
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
