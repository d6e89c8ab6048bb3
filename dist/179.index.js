export const id = 179;
export const ids = [179];
export const modules = {

/***/ 2179:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   cleanUp: () => (/* binding */ cleanUp)
/* harmony export */ });
/* harmony import */ var _azure_image_templates_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7316);
/* harmony import */ var _cleanup_policy_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8310);
/* harmony import */ var _config_cleanup_target_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5214);
/* harmony import */ var _model_run_context_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4882);
/* harmony import */ var _connect_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4273);
/* harmony import */ var _model_elapsed_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(9033);
/* harmony import */ var _model_errors_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(7206);
/* harmony import */ var _runner_signals_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(715);
/* harmony import */ var _report_annotations_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(856);









/**
 * Cancels a build main left running and deletes the template, as `cleanup` says, within the
 * post budget. When the budget runs out or the runner stops the step, it says what was left
 * and how to remove it.
 */
async function cleanUp(io, job) {
    const { target, state, limits } = job;
    const left = { mayBeRunning: state?.runStarted === true && !state.finished };
    const stop = (0,_runner_signals_js__WEBPACK_IMPORTED_MODULE_6__/* .stopSignal */ .Z)(limits.postMs);
    try {
        await cleanUpWithin(io, job, left, stop.signal);
    }
    catch (error) {
        const reason = stop.reason();
        const why = reason === 'cancelled'
            ? 'the runner stopped the post step'
            : reason === 'timeout'
                ? `the post step's budget of ${(0,_model_elapsed_js__WEBPACK_IMPORTED_MODULE_7__/* .formatElapsed */ .C)(limits.postMs)} ran out`
                : (0,_model_errors_js__WEBPACK_IMPORTED_MODULE_5__/* .formatError */ .Wk)(error).message;
        (0,_report_annotations_js__WEBPACK_IMPORTED_MODULE_8__/* .warn */ .R)(io, leftBehind(target, why, left.mayBeRunning));
    }
    finally {
        stop.dispose();
    }
}
async function cleanUpWithin(io, job, left, signal) {
    const { target, state } = job;
    const { templates } = (0,_connect_js__WEBPACK_IMPORTED_MODULE_4__/* .connect */ .N)(io, target);
    const ref = { resourceGroup: target.resourceGroup, name: target.templateName };
    const live = await templates.find(ref, signal);
    if (!live) {
        io.info(`Cleanup: nothing to do (the ${(0,_azure_image_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRef */ .Ro)(ref)} does not exist)`);
        return;
    }
    if (!isOurs(io, job, live, ref))
        return;
    left.mayBeRunning = mayStillRun(live, left);
    const plan = (0,_cleanup_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .planCleanup */ .CB)(target.cleanup, state, live.lastRunStatus?.runState);
    io.info(`Cleanup: ${plan.reason}`);
    if (plan.cancel) {
        io.info('Cancelling the build that is still running');
        await templates.requestCancel(ref, signal);
    }
    if (!plan.delete || keepsStagedVhd(io, live, ref))
        return;
    if (left.mayBeRunning || (0,_azure_image_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .isProvisioning */ .W8)(live))
        await waitUntilSettled(io, templates, ref, signal);
    left.mayBeRunning = false;
    await templates.delete(ref, signal);
    io.info(`Deleted the ${(0,_azure_image_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRef */ .Ro)(ref)}`);
}
/** A run that main saw start but not end may not show in lastRunStatus yet: keep the doubt. */
function mayStillRun(live, left) {
    return (0,_azure_image_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .isRunning */ .W_)(live) || (left.mayBeRunning && !live.lastRunStatus);
}
/** Matrix legs and other jobs may use the same name: only this job's template is touched. */
function isOurs(io, job, live, ref) {
    if (job.state?.adopted || (0,_azure_image_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .isOwnedBy */ .D0)(live, job.target.owner))
        return true;
    const tag = live.tags?.[_model_run_context_js__WEBPACK_IMPORTED_MODULE_3__/* .OWNER_TAG */ .FX];
    io.info(`Cleanup: leaving the ${(0,_azure_image_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRef */ .Ro)(ref)} alone: this job did not create it (${_model_run_context_js__WEBPACK_IMPORTED_MODULE_3__/* .OWNER_TAG */ .FX}: ${tag ?? 'none'})`);
    return false;
}
/**
 * A VHD without a uri of its own lives in the template's staging storage account and would go
 * with it. Judged from the template itself, so it holds for template files and resumed runs.
 */
function keepsStagedVhd(io, live, ref) {
    if (!(0,_azure_image_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .holdsStagedVhd */ .jE)(live))
        return false;
    (0,_report_annotations_js__WEBPACK_IMPORTED_MODULE_8__/* .warn */ .R)(io, `Not deleting the ${(0,_azure_image_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .describeRef */ .Ro)(ref)}: its VHD lives in the template's staging storage account and would be deleted with it. Copy the VHD (vhd-uri output), then delete the template.`);
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
        if (!(0,_azure_image_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .isRunning */ .W_)(live) && !(0,_azure_image_templates_js__WEBPACK_IMPORTED_MODULE_0__/* .isProvisioning */ .W8)(live))
            return;
        await (0,_runner_signals_js__WEBPACK_IMPORTED_MODULE_6__/* .sleep */ .y)(templates.operationPollMs, signal);
    }
}
function leftBehind(target, why, mayBeRunning) {
    const id = (0,_config_cleanup_target_js__WEBPACK_IMPORTED_MODULE_2__/* .templateIdOf */ .Z7)(target);
    const build = mayBeRunning ? ', and its build may still be running' : '';
    return (`Cleanup did not finish: ${why}. The image template "${target.templateName}" may still exist${build}: ${id}\n` +
        `Remove it with:\n${(0,_cleanup_policy_js__WEBPACK_IMPORTED_MODULE_1__/* .removalCommands */ .VW)(id, mayBeRunning)}`);
}


/***/ })

};
