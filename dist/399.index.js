export const id = 399;
export const ids = [399];
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
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7206);


/** The SDK's error, also when azureError() has wrapped it, since callers see that one. */
function restErrorOf(error) {
    const rest = error instanceof _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ ? error.cause : error;
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
        const lines = [`${doing} failed: ${text}`];
        // Entra's answer when the token's audience is not the federated credential's.
        if (text.includes('AADSTS700212'))
            lines.push("The federated credential expects another audience in GitHub's token: set the `audience` input to the one it lists (the default depends on `environment`).");
        return new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(lines.join('\n'), { cause: error });
    }
    const details = [`code ${error.code ?? 'unknown'}`, `HTTP ${error.statusCode ?? 'no response'}`];
    // The SDK's parse error quotes the whole body: say what happened instead.
    const text = isCutShort(error) ? 'the answer was cut short or is not JSON' : error.message;
    const correlation = correlationId(error);
    if (correlation)
        details.push(`correlation id ${correlation}`);
    const lines = [`${doing} failed: ${text} (${details.join(', ')})`];
    const hint = hintFor(error.statusCode, /blob|storage|upload|link/i.test(doing));
    if (hint)
        lines.push(hint);
    return new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(lines.join('\n'), { cause: error });
}
function hintFor(status, storage) {
    if (status === 401)
        return 'Check the credential: client-id/tenant-id and the federated credential subject, or the azure/login step.';
    if (status === 403 && storage)
        return 'The workflow identity needs Storage Blob Data Contributor on the storage account or container (see "Bake build artifacts" in the README).';
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
/* harmony import */ var _model_run_context_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4882);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7206);
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
    return template.tags?.[_model_run_context_js__WEBPACK_IMPORTED_MODULE_0__/* .OWNER_TAG */ .FX] === owner;
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
            throw new _model_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .ActionError */ .lZ(`Creating ${describeRef(ref)} failed: ${detail?.message ?? 'no message'} (${detail?.provisioningErrorCode ?? 'no code'})`);
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
    async startRun(ref, owner, abortSignal) {
        try {
            await this.ops.run(ref.resourceGroup, ref.name, { abortSignal }).submitted();
            return 'started';
        }
        catch (error) {
            const lost = (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isConflict */ .dh)(error) || (0,_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .isTransient */ .dg)(error);
            const live = lost ? await this.find(ref, abortSignal) : undefined;
            // Still this job's template (not replaced by another job meanwhile) and running.
            if (live && isOwnedBy(live, owner) && isRunning(live))
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

/***/ 8310:
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
function postStepPromise(mode, runState, templateId, keepsVhd = false) {
    const plan = planCleanup(mode, { finished: true, runState }, runState);
    if (plan.delete && keepsVhd)
        return `The post step keeps the template: its VHD lives in the template's staging storage account and would be deleted with it. Copy the VHD (vhd-uri), then remove the template with:\n${removalCommands(templateId, false)}`;
    if (plan.delete)
        return `The post step deletes the template (${plan.reason}).`;
    return `The post step keeps the template (${plan.reason}). Remove it later with:\n${removalCommands(templateId, false)}`;
}


/***/ }),

/***/ 874:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  N: () => (/* binding */ connect)
});

// EXTERNAL MODULE: ./node_modules/@azure/arm-imagebuilder/dist/esm/index.js + 19 modules
var esm = __webpack_require__(6437);
// EXTERNAL MODULE: ./node_modules/@azure/identity/dist/esm/index.js + 165 modules
var dist_esm = __webpack_require__(3016);
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
/**
 * A Compute client (galleries, images). The SDK is large (all of Compute), so it is loaded on
 * first use: runs without a gallery target or an image source never parse it.
 */
async function createComputeClient(cloud, subscriptionId, credential) {
    const { ComputeManagementClient } = await __webpack_require__.e(/* import() */ 280).then(__webpack_require__.bind(__webpack_require__, 2280));
    return new ComputeManagementClient(credential, subscriptionId, armClientOptions(cloud));
}

// EXTERNAL MODULE: ./src/model/resource-ids.ts
var resource_ids = __webpack_require__(7094);
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
        return new GalleryImages(await createComputeClient(cloud, ref.subscriptionId, credential), ref);
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
// EXTERNAL MODULE: ./node_modules/@azure/storage-blob/dist/esm/index.js + 148 modules
var storage_blob_dist_esm = __webpack_require__(4981);
;// CONCATENATED MODULE: ./src/azure/blobs.ts


/** Block size and blocks in flight: memory stays near their product whatever the size. */
const BLOCK_BYTES = 8 * 1024 * 1024;
const BLOCKS_IN_FLIGHT = 4;
class Blobs {
    service;
    container;
    constructor(blobEndpoint, container, credential) {
        this.service = new storage_blob_dist_esm/* BlobServiceClient */.wS(blobEndpoint, credential, {
            retryOptions: { maxTries: 6, retryDelayInMs: 500, maxRetryDelayInMs: 30_000 },
        });
        this.container = this.service.getContainerClient(container);
    }
    /** The account's blob endpoint, as the post step needs it to find the uploads again. */
    get endpoint() {
        return this.service.url.replace(/\/+$/, '');
    }
    get containerName() {
        return this.container.containerName;
    }
    /** `https://…/<container>`: where the uploads are, for messages and the post step. */
    get containerUrl() {
        return this.container.url;
    }
    urlOf(name) {
        return this.container.getBlockBlobClient(name).url;
    }
    async ensureContainer(abortSignal) {
        try {
            await this.container.createIfNotExists({ abortSignal });
        }
        catch (error) {
            throw (0,errors/* azureError */.uv)(`Creating the blob container ${this.containerUrl}`, error);
        }
    }
    /** Streams `body` into block blob `name`, in parallel blocks; returns the bytes sent. */
    async upload(name, body, abortSignal, onProgress) {
        const blob = this.container.getBlockBlobClient(name);
        try {
            await blob.uploadStream(body, BLOCK_BYTES, BLOCKS_IN_FLIGHT, {
                abortSignal,
                onProgress: onProgress && ((p) => onProgress(p.loadedBytes)),
            });
        }
        catch (error) {
            throw (0,errors/* azureError */.uv)(`Uploading ${blob.url}`, error);
        }
    }
    /** Uploads bytes already in memory (a repository script) as block blob `name`. */
    async uploadBytes(name, bytes, abortSignal) {
        const blob = this.container.getBlockBlobClient(name);
        try {
            await blob.uploadData(bytes, { abortSignal });
        }
        catch (error) {
            throw (0,errors/* azureError */.uv)(`Uploading ${blob.url}`, error);
        }
    }
    /** Deletes the named blobs; ones already gone are fine. */
    async remove(names, abortSignal) {
        for (const name of names) {
            const blob = this.container.getBlockBlobClient(name);
            try {
                await blob.deleteIfExists({ abortSignal });
            }
            catch (error) {
                throw (0,errors/* azureError */.uv)(`Deleting ${blob.url}`, error);
            }
        }
    }
    /**
     * A read-only, https-only user-delegation SAS for one blob, valid until `expiresOn`: signed
     * with a key the credential obtains, never with an account key.
     */
    async readLink(name, expiresOn, abortSignal) {
        const startsOn = new Date(Date.now() - 5 * 60_000);
        try {
            const key = await this.service.getUserDelegationKey(startsOn, expiresOn, { abortSignal });
            const query = (0,storage_blob_dist_esm/* generateBlobSASQueryParameters */.WJ)({
                containerName: this.container.containerName,
                blobName: name,
                permissions: storage_blob_dist_esm/* BlobSASPermissions */.vD.parse('r'),
                startsOn,
                expiresOn,
                protocol: storage_blob_dist_esm/* SASProtocol */.m5.Https,
            }, key, this.service.accountName);
            return `${this.urlOf(name)}?${query.toString()}`;
        }
        catch (error) {
            throw (0,errors/* azureError */.uv)(`Signing a read link for ${this.urlOf(name)}`, error);
        }
    }
}

// EXTERNAL MODULE: ./src/model/errors.ts
var model_errors = __webpack_require__(7206);
;// CONCATENATED MODULE: ./src/azure/storage-accounts.ts

const API_VERSION = '2023-05-01';
/** Reading an account through ARM failed: the status and ARM's code say why. */
class StorageAccountError extends model_errors/* ActionError */.lZ {
    /** HTTP status of ARM's answer. */
    status;
    /** ARM's error code (AuthorizationFailed, ResourceNotFound, …), when it gave one. */
    code;
    constructor(message, status, code) {
        super(message);
        this.name = 'StorageAccountError';
        this.status = status;
        this.code = code;
    }
}
/**
 * The blob endpoint of a storage account given by resource id, read through ARM (one GET of the
 * account, which Reader on it allows). Sovereign and custom clouds answer their own suffix.
 * @throws StorageAccountError when ARM answers without one; fetch's error when it cannot answer.
 */
async function blobEndpointOf(cloud, credential, accountId, abortSignal) {
    const token = await credential.getToken(`${cloud.armEndpoint}/.default`, { abortSignal });
    const url = `${cloud.armEndpoint}${accountId}?api-version=${API_VERSION}`;
    const response = await fetch(url, {
        headers: { authorization: `Bearer ${token?.token ?? ''}` },
        signal: abortSignal,
    });
    const body = (await response.json().catch(() => ({})));
    const blob = body.properties?.primaryEndpoints?.blob;
    if (response.ok && blob)
        return blob.replace(/\/+$/, '');
    throw accountError(accountId, response.status, body.error);
}
function accountError(accountId, status, error) {
    const why = error ? `${error.code ?? ''}: ${error.message ?? ''}` : 'no blob endpoint';
    return new StorageAccountError(`Reading the storage account ${accountId} failed (HTTP ${status}, ${why}). The workflow identity needs Reader on it, or give \`storage-account\` as the https blob endpoint.`, status, error?.code);
}

;// CONCATENATED MODULE: ./src/azure/source-os.ts



function recordOf(source) {
    return source.type === 'SharedImageVersion'
        ? galleryRecord(source.imageVersionId)
        : managedImageRecord(source.imageId);
}
function galleryRecord(versionId) {
    const id = (0,resource_ids/* parseTypedId */.np)(versionId, resource_ids/* GALLERY_VERSION_TYPE */.X_);
    if (!id)
        return undefined;
    const [gallery = '', image = ''] = id.names;
    return {
        subscriptionId: id.subscriptionId,
        from: `gallery image definition "${gallery}/${image}"`,
        read: async (client, abortSignal) => (await client.galleryImages.get(id.resourceGroup, gallery, image, { abortSignal })).osType,
    };
}
function managedImageRecord(imageId) {
    const id = (0,resource_ids/* parseTypedId */.np)(imageId, resource_ids/* MANAGED_IMAGE_TYPE */.RU);
    if (!id)
        return undefined;
    const [name = ''] = id.names;
    return {
        subscriptionId: id.subscriptionId,
        from: `managed image "${name}"`,
        read: async (client, abortSignal) => (await client.images.get(id.resourceGroup, name, { abortSignal })).storageProfile?.osDisk
            ?.osType,
    };
}
/** Reads the source's OS; undefined when the id or the record does not tell it. */
async function sourceOsOf(cloud, credential, source, signal) {
    const record = recordOf(source);
    if (!record)
        return undefined;
    const client = await createComputeClient(cloud, record.subscriptionId, credential);
    let os;
    try {
        os = (await record.read(client, signal))?.toLowerCase();
    }
    catch (error) {
        throw (0,errors/* azureError */.uv)(`Reading the ${record.from} of the source`, error);
    }
    return os === 'windows' || os === 'linux' ? { osType: os, from: record.from } : undefined;
}

// EXTERNAL MODULE: ./node_modules/@azure/core-rest-pipeline/dist/esm/index.js + 37 modules
var core_rest_pipeline_dist_esm = __webpack_require__(1818);
// EXTERNAL MODULE: ./src/model/limits.ts
var limits = __webpack_require__(817);
;// CONCATENATED MODULE: ./src/azure/customization-log.ts




const PATH_FORM = /^(\/subscriptions\/[^/]+\/resourceGroups\/[^/]+)\/providers\/Microsoft\.Storage\/storageAccounts\/([^/]+)(?:\/blobServices\/default\/containers)?\/(.+)$/i;
/** Reads either form of the location `lastRunStatus.message` gives (customizationLogFrom). */
function parseLogLocation(location) {
    const path = PATH_FORM.exec(location);
    if (path?.[1] && path[2] && path[3]) {
        const accountId = `${path[1]}/providers/Microsoft.Storage/storageAccounts/${path[2]}`;
        return {
            kind: 'path',
            accountId,
            account: path[2],
            resourceGroupId: path[1],
            blobPath: path[3],
        };
    }
    if (!URL.canParse(location))
        return undefined;
    const url = new URL(location);
    if (url.protocol !== 'https:')
        return undefined;
    // An account's own host (`<account>.blob.…`), else path-style (`https://host/<account>/…`).
    const account = /^\d+(?:\.\d+){3}$|^localhost$/.test(url.hostname)
        ? (url.pathname.split('/')[1] ?? '')
        : (url.hostname.split('.')[0] ?? '');
    return { kind: 'url', url: location, account };
}
/**
 * Reads the tail of the log (one Get Blob Properties, then one ranged Get Blob of at most
 * CUSTOMIZATION_LOG_TAIL_BYTES). The path form's blob endpoint is read through ARM first.
 * @throws only when `signal` aborts.
 */
async function readCustomizationLog(location, deps, signal) {
    const where = parseLogLocation(location);
    if (!where) {
        const message = `The customization log location '${location}' is neither a blob URL nor a storage account path.`;
        return { ok: false, problem: 'bad-location', message };
    }
    const url = where.kind === 'url' ? where.url : await blobUrlOf(where, deps, signal);
    if (typeof url !== 'string')
        return url;
    return downloadTail(url, where, deps, signal);
}
async function blobUrlOf(where, deps, signal) {
    try {
        const endpoint = await blobEndpointOf(deps.cloud, deps.credential, where.accountId, signal);
        return `${endpoint}/${where.blobPath.split('/').map(encodeURIComponent).join('/')}`;
    }
    catch (error) {
        if (signal.aborted)
            throw error;
        return accountFailure(error, where);
    }
}
async function downloadTail(url, where, deps, signal) {
    // A few tries only: the log explains a failure the run already reports.
    const blob = new storage_blob_dist_esm/* BlobClient */.jl(url, deps.credential, {
        retryOptions: { maxTries: 3, retryDelayInMs: 500, maxRetryDelayInMs: 5_000 },
    });
    try {
        const bytes = (await blob.getProperties({ abortSignal: signal })).contentLength ?? 0;
        const offset = Math.max(0, bytes - limits/* CUSTOMIZATION_LOG_TAIL_BYTES */.S);
        const tail = bytes === 0
            ? undefined
            : await blob.downloadToBuffer(offset, bytes - offset, { abortSignal: signal });
        const text = tail?.toString('utf8') ?? '';
        return { ok: true, text, truncated: offset > 0, bytes, url: blob.url };
    }
    catch (error) {
        if (signal.aborted)
            throw error;
        return blobFailure(error, url, where, deps);
    }
}
function accountFailure(error, where) {
    const doing = `Reading the staging storage account ${where.accountId}`;
    if (!(error instanceof StorageAccountError))
        return unreachable(doing, error);
    const { status, code } = error;
    const answer = `HTTP ${status}${code ? ` ${code}` : ''}`;
    if (status === 403) {
        const missing = { role: 'Reader', scope: where.accountId };
        const message = `${doing} was refused (${answer}): the workflow identity needs Reader on it (or on the staging resource group ${where.resourceGroupId}) to find its blob endpoint.`;
        return { ok: false, problem: 'account-role', message, missing, status };
    }
    return failure(doing, status, answer);
}
function blobFailure(error, url, where, deps) {
    const doing = `Reading the customization log ${url}`;
    if (!(0,core_rest_pipeline_dist_esm/* isRestError */.T0)(error) || error.statusCode === undefined)
        return unreachable(doing, error);
    const status = error.statusCode;
    // HEAD answers carry Storage's error code in a header only.
    const code = error.response?.headers.get('x-ms-error-code') ?? error.code;
    const answer = `HTTP ${status}${code ? ` ${code}` : ''}`;
    if (status !== 403)
        return failure(doing, status, answer);
    const group = where.kind === 'path' ? where.resourceGroupId : (deps.stagingResourceGroup ?? 'IT_…');
    const scope = `the staging resource group ${group} (or its storage account ${where.account})`;
    const message = `${doing} was refused (${answer}): the workflow identity needs Storage Blob Data Reader on ${scope}.`;
    return {
        ok: false,
        problem: 'blob-role',
        message,
        missing: { role: 'Storage Blob Data Reader', scope },
        status,
    };
}
function failure(doing, status, answer) {
    if (status === 404) {
        const message = `${doing} failed (${answer}): it is gone; the service deletes the staging resource group with its template.`;
        return { ok: false, problem: 'not-found', message, status };
    }
    if (status === 401) {
        const message = `${doing} failed (${answer}): the credential was not accepted.`;
        return { ok: false, problem: 'unauthenticated', message, status };
    }
    return { ok: false, problem: 'failed', message: `${doing} failed (${answer}).`, status };
}
function unreachable(doing, error) {
    const cause = error instanceof Error ? error.message : String(error);
    const message = `${doing} failed: no answer (${cause}). The staging account may not be reachable from this runner.`;
    return { ok: false, problem: 'unreachable', message };
}

;// CONCATENATED MODULE: ./src/steps/connect.ts








/**
 * Signs in (OIDC or the default chain) once, for every client the run needs. `early` is the OIDC
 * token main requested before loading this module (see oidc.ts).
 */
function connect(io, target, early) {
    const { cloud, auth, subscriptionId } = target;
    const how = auth.kind === 'oidc'
        ? `OIDC federation (client ${auth.clientId}, audience ${auth.audience})`
        : 'the default Azure credential chain';
    io.debug(`Signing in to ${cloud.name} (${cloud.armEndpoint}) with ${how}`);
    const audience = auth.kind === 'oidc' ? auth.audience : oidc/* OIDC_AUDIENCE */.To;
    const credential = createCredential(cloud, auth, {
        getAssertion: (0,oidc/* assertionSource */.ux)((aud) => io.getIDToken(aud), audience, early),
        mask: (secret) => io.setSecret(secret),
    });
    const client = createImageBuilderClient(cloud, subscriptionId, credential);
    const statusClient = createImageBuilderClient(cloud, subscriptionId, credential, false);
    return {
        // Create/delete operations finish in seconds to minutes: poll them faster than the build.
        templates: new image_templates/* ImageTemplates */.bH(client, statusClient, Math.min(target.pollMs, 5_000)),
        gallery: (definitionId) => GalleryImages.connect(cloud, credential, definitionId),
        blobs: async (account, container, signal) => {
            const endpoint = account.kind === 'endpoint'
                ? account.blobEndpoint
                : await blobEndpointOf(cloud, credential, account.accountId, signal);
            return new Blobs(endpoint, container, credential);
        },
        blobsAt: (blobEndpoint, container) => new Blobs(blobEndpoint, container, credential),
        sourceOs: (source, signal) => sourceOsOf(cloud, credential, source, signal),
        customizationLog: (location, stagingResourceGroup, signal) => readCustomizationLog(location, { cloud, credential, stagingResourceGroup }, signal),
    };
}


/***/ })

};
