export const id = 298;
export const ids = [298];
export const modules = {

/***/ 9298:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  cleanUp: () => (/* binding */ cleanUp)
});

// EXTERNAL MODULE: ./src/azure/image-templates.ts
var image_templates = __webpack_require__(7316);
// EXTERNAL MODULE: ./src/steps/cleanup-policy.ts
var cleanup_policy = __webpack_require__(8310);
// EXTERNAL MODULE: ./src/config/cleanup-target.ts
var cleanup_target = __webpack_require__(2833);
// EXTERNAL MODULE: ./src/model/run-context.ts
var run_context = __webpack_require__(4882);
// EXTERNAL MODULE: ./src/steps/connect.ts + 6 modules
var connect = __webpack_require__(874);
;// CONCATENATED MODULE: ./src/steps/upload-cleanup.ts
/**
 * Removes the blobs main uploaded, unless the template is kept on purpose (a failed build kept
 * for debugging, `cleanup: never`, a build that goes on after this job): then they stay with it.
 */
async function removeUploads(io, state, session, keep, signal) {
    const uploads = state?.uploads;
    if (!uploads || uploads.names.length === 0)
        return;
    const blobs = session.blobsAt(uploads.blobEndpoint, uploads.container);
    if (keep) {
        io.info(`Keeping the uploaded blobs with the template: ${uploads.names.map((n) => blobs.urlOf(n)).join(', ')}`);
        return;
    }
    await blobs.remove(uploads.names, signal);
    io.info(`Deleted ${uploads.names.length} uploaded blob(s) from ${blobs.containerUrl}`);
}

// EXTERNAL MODULE: ./src/model/elapsed.ts
var elapsed = __webpack_require__(9033);
// EXTERNAL MODULE: ./src/model/errors.ts
var errors = __webpack_require__(7206);
// EXTERNAL MODULE: ./src/runner/signals.ts
var signals = __webpack_require__(715);
// EXTERNAL MODULE: ./src/report/annotations.ts
var annotations = __webpack_require__(856);
;// CONCATENATED MODULE: ./src/steps/cleanup.ts










/**
 * Cancels a build main left running and deletes the template, as `cleanup` says, within the
 * post budget. When the budget runs out or the runner stops the step, it says what was left
 * and how to remove it.
 */
async function cleanUp(io, job) {
    const { target, state, limits } = job;
    const left = { mayBeRunning: state?.runStarted === true && !state.finished };
    const stop = (0,signals/* stopSignal */.Zm)(limits.postMs);
    try {
        const session = (0,connect/* connect */.N)(io, target);
        const keepUploads = await cleanUpWithin(io, job, session, left, stop.signal);
        await removeUploads(io, state, session, keepUploads, stop.signal);
    }
    catch (error) {
        const reason = stop.reason();
        const why = reason === 'cancelled'
            ? 'the runner stopped the post step'
            : reason === 'timeout'
                ? `the post step's budget of ${(0,elapsed/* formatElapsed */.C)(limits.postMs)} ran out`
                : (0,errors/* formatError */.Wk)(error).message;
        (0,annotations/* warn */.R8)(io, leftBehind(target, why, left.mayBeRunning, state?.uploads));
    }
    finally {
        stop.dispose();
    }
}
/** Handles the template; returns whether it is kept on purpose (its uploads stay with it). */
async function cleanUpWithin(io, job, session, left, signal) {
    const { target, state } = job;
    const { templates } = session;
    const ref = { resourceGroup: target.resourceGroup, name: target.templateName };
    const live = await templates.find(ref, signal);
    if (!live) {
        io.info(`Cleanup: nothing to do (the ${(0,image_templates/* describeRef */.Ro)(ref)} does not exist)`);
        return state?.detached === true;
    }
    if (!isOurs(io, job, live, ref))
        return false;
    left.mayBeRunning = mayStillRun(live, left);
    const plan = (0,cleanup_policy/* planCleanup */.CB)(target.cleanup, state, live.lastRunStatus?.runState);
    io.info(`Cleanup: ${plan.reason}`);
    if (plan.cancel) {
        io.info('Cancelling the build that is still running');
        await templates.requestCancel(ref, signal);
    }
    if (!plan.delete)
        return true;
    if (keepsStagedVhd(io, live, ref))
        return false;
    if (left.mayBeRunning || (0,image_templates/* isProvisioning */.W8)(live))
        await waitUntilSettled(io, templates, ref, signal);
    left.mayBeRunning = false;
    await templates.delete(ref, signal);
    io.info(`Deleted the ${(0,image_templates/* describeRef */.Ro)(ref)}`);
    return false;
}
/** A run that main saw start but not end may not show in lastRunStatus yet: keep the doubt. */
function mayStillRun(live, left) {
    return (0,image_templates/* isRunning */.W_)(live) || (left.mayBeRunning && !live.lastRunStatus);
}
/** Matrix legs and other jobs may use the same name: only this job's template is touched. */
function isOurs(io, job, live, ref) {
    if (job.state?.adopted || (0,image_templates/* isOwnedBy */.D0)(live, job.target.owner))
        return true;
    const tag = live.tags?.[run_context/* OWNER_TAG */.FX];
    io.info(`Cleanup: leaving the ${(0,image_templates/* describeRef */.Ro)(ref)} alone: this job did not create it (${run_context/* OWNER_TAG */.FX}: ${tag ?? 'none'})`);
    return false;
}
/**
 * A VHD without a uri of its own lives in the template's staging storage account and would go
 * with it. Judged from the template itself, so it holds for template files and resumed runs.
 */
function keepsStagedVhd(io, live, ref) {
    if (!(0,image_templates/* holdsStagedVhd */.jE)(live))
        return false;
    (0,annotations/* warn */.R8)(io, `Not deleting the ${(0,image_templates/* describeRef */.Ro)(ref)}: its VHD lives in the template's staging storage account and would be deleted with it. Copy the VHD (vhd-uri output), then delete the template.`);
    return true;
}
/**
 * The service refuses to delete a template while its build runs or while it is still being
 * created (main stopped mid-create), so wait for either to settle, within the post budget.
 */
async function waitUntilSettled(io, templates, ref, signal) {
    io.info('Waiting for the build to stop before deleting the template');
    for (;;) {
        const live = await templates.find(ref, signal);
        if (!(0,image_templates/* isRunning */.W_)(live) && !(0,image_templates/* isProvisioning */.W8)(live))
            return;
        await (0,signals/* sleep */.yy)(templates.operationPollMs, signal);
    }
}
function leftBehind(target, why, mayBeRunning, uploads) {
    const id = (0,cleanup_target/* templateIdOf */.Z7)(target);
    const build = mayBeRunning ? ', and its build may still be running' : '';
    const blobs = uploads?.names.length
        ? `\nUploaded blobs may remain in ${uploads.blobEndpoint}/${uploads.container}: ${uploads.names.join(', ')}`
        : '';
    return (`Cleanup did not finish: ${why}. The image template "${target.templateName}" may still exist${build}: ${id}\n` +
        `Remove it with:\n${(0,cleanup_policy/* removalCommands */.VW)(id, mayBeRunning)}${blobs}`);
}


/***/ })

};
