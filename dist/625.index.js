export const id = 625;
export const ids = [625];
export const modules = {

/***/ 4625:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  commentMarker: () => (/* reexport */ commentMarker),
  upsertPullRequestComment: () => (/* binding */ upsertPullRequestComment)
});

// UNUSED EXPORTS: MAX_COMMENT_LENGTH

;// CONCATENATED MODULE: ./src/github/comment-text.ts
// The text of the pull-request comment: a hidden marker that finds it again, then the body, cut
// to what GitHub accepts.
/** The longest comment GitHub accepts (422 "body is too long (maximum is 65536 characters)"). */
const MAX_COMMENT_LENGTH = 65536;
const CUT_NOTE = '\n\n---\n_The rest of this comment was cut: GitHub comments hold at most 65536 characters. ' +
    "The job's summary has all of it._\n";
/**
 * The hidden HTML comment that marks this action's comment for `key` (a template name, or the
 * step's key): one comment per pull request and key. `--` and `>` would end it early.
 */
function commentMarker(key) {
    const safe = key.replace(/[<>\r\n]/g, '').replace(/-{2,}/g, '-');
    return `<!-- azure-image-builder:${safe} -->`;
}
/** Whether a comment's body is the one `marker` names (the marker is its first line). */
function isMarked(body, marker) {
    return (body ?? '').trimStart().startsWith(marker);
}
/**
 * `marker` on the first line, then `body`; cut, with a note saying so, when the whole would pass
 * GitHub's limit. A cut inside a code fence closes the fence so the note renders as text.
 */
function commentText(marker, body) {
    const whole = `${marker}\n${body}`;
    if (whole.length <= MAX_COMMENT_LENGTH)
        return { text: whole, truncated: false };
    // Room for the note and a closing fence; counted in UTF-16 units, never more characters.
    let kept = whole.slice(0, MAX_COMMENT_LENGTH - CUT_NOTE.length - 16);
    if (/[\uD800-\uDBFF]$/.test(kept))
        kept = kept.slice(0, -1);
    // End on a whole line (a table row, a log line) unless the last line is very long.
    const lineEnd = kept.lastIndexOf('\n');
    if (lineEnd > kept.length - 1000)
        kept = kept.slice(0, lineEnd);
    const fence = openFence(kept);
    return { text: `${kept}${fence ? `\n${fence}` : ''}${CUT_NOTE}`, truncated: true };
}
/** The fence (```` ``` ```` or `~~~`) of a code block left open at the end of `text`, if any. */
function openFence(text) {
    let open;
    for (const [, fence = ''] of text.matchAll(/^[ \t]*(`{3,}|~{3,})/gm)) {
        if (open === undefined)
            open = fence;
        else if (fence[0] === open[0] && fence.length >= open.length)
            open = undefined;
    }
    return open;
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/github/pull-request-event.ts
// Which pull request the job runs for, from the event payload the runner wrote to disk (read here
// rather than through @actions/github's import-time context, so each call sees its own event).

/** Events whose payload is a pull request the job may comment on. */
const PULL_REQUEST_EVENTS = ['pull_request', 'pull_request_target'];
/** Thrown when the event cannot say which pull request to comment on. */
class EventError extends Error {
    name = 'EventError';
}
/**
 * The pull request of a `pull_request(_target)` event: its number from the payload at
 * `eventPath`, in `repository` (owner/name; else the payload's repository).
 * @throws EventError when the payload is missing, unreadable or has no pull request number.
 */
async function pullRequestOf(eventPath, repository) {
    if (eventPath === '')
        throw new EventError('GITHUB_EVENT_PATH is not set');
    const payload = await readPayload(eventPath);
    const number = payload.pull_request?.number ?? payload.number;
    if (!isPullRequestNumber(number))
        throw new EventError(`the event payload at ${eventPath} has no pull request number`);
    return { ...repositoryOf(repository || payload.repository?.full_name || ''), number };
}
function isPullRequestNumber(value) {
    return typeof value === 'number' && Number.isInteger(value) && value >= 1;
}
function repositoryOf(fullName) {
    const [owner = '', repo = '', ...rest] = fullName.split('/');
    if (owner === '' || repo === '' || rest.length > 0)
        throw new EventError(`"${fullName}" is not a repository name like owner/name`);
    return { owner, repo };
}
async function readPayload(eventPath) {
    let text;
    try {
        text = await (0,promises_.readFile)(eventPath, 'utf8');
    }
    catch (error) {
        const code = error.code ?? 'unreadable';
        throw new EventError(`cannot read the event payload at ${eventPath} (${code})`);
    }
    try {
        const payload = JSON.parse(text);
        return typeof payload === 'object' && payload !== null ? payload : {};
    }
    catch {
        throw new EventError(`the event payload at ${eventPath} is not JSON`);
    }
}

;// CONCATENATED MODULE: ./src/github/pr-comment.ts



/**
 * Creates or updates this action's comment on the pull request of the event; sends nothing
 * outside `pull_request` and `pull_request_target` events. Never throws: every problem is a result.
 */
async function upsertPullRequestComment(request) {
    if (!PULL_REQUEST_EVENTS.includes(request.eventName))
        return { outcome: 'not-a-pull-request', eventName: request.eventName };
    let pr;
    try {
        pr = await pullRequestOf(request.eventPath, request.repository);
        const octokit = await clientOf(request);
        const { text, truncated } = commentText(request.marker, request.body);
        const found = await findComment(octokit, pr, request.marker);
        const { data } = found
            ? await octokit.rest.issues.updateComment({ ...repoOf(pr), comment_id: found, body: text })
            : await octokit.rest.issues.createComment({
                ...repoOf(pr),
                issue_number: pr.number,
                body: text,
            });
        const outcome = found ? 'updated' : 'created';
        return { outcome, pullRequest: pr.number, url: data.html_url, truncated };
    }
    catch (error) {
        return failureOf(error, request, pr);
    }
}
/**
 * An Octokit on `apiUrl` with Node's own fetch. @actions/github is imported here, not at the top:
 * only a run that comments loads it, and its import-time setup cannot fail the action.
 */
async function clientOf(request) {
    const github = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 2413));
    return github.getOctokit(request.token, {
        baseUrl: request.apiUrl.replace(/\/+$/, ''),
        // The bundle replaces undici (tsconfig "paths"), whose fetch @actions/github would use.
        request: { fetch: globalThis.fetch, signal: request.signal },
    });
}
const repoOf = (pr) => ({ owner: pr.owner, repo: pr.repo });
/**
 * Id of the oldest comment carrying `marker` that this token wrote, reading pages only until it is
 * found. Anyone may post a comment that starts with the marker (it is no secret): a bot's comment
 * (GITHUB_TOKEN writes as github-actions[bot]) is taken at once; another user's only when the
 * token is that user's (a personal access token), never someone else's.
 */
async function findComment(octokit, pr, marker) {
    const pages = octokit.paginate.iterator(octokit.rest.issues.listComments, {
        ...repoOf(pr),
        issue_number: pr.number,
        per_page: 100,
    });
    const byUsers = [];
    for await (const { data } of pages) {
        for (const comment of data) {
            if (!isMarked(comment.body, marker))
                continue;
            if (comment.user?.type === 'Bot')
                return comment.id;
            byUsers.push({ id: comment.id, login: comment.user?.login });
        }
    }
    if (byUsers.length === 0)
        return undefined;
    // An installation token (GITHUB_TOKEN) may not read /user: then no user's comment is ours.
    const me = await octokit.rest.users.getAuthenticated().then(({ data }) => data.login, () => undefined);
    return me === undefined ? undefined : byUsers.find((c) => c.login === me)?.id;
}
/** A request error, a network error or a bad event, as a result with a message to show. */
function failureOf(error, request, pr) {
    const where = pr ? `pull request #${pr.number} of ${pr.owner}/${pr.repo}` : 'the pull request';
    const result = describeFailure(error, request, where);
    // GitHub never echoes a token, but a message may hold what the user typed: hide it anyway.
    const hidden = request.token ? result.message.replaceAll(request.token, '***') : result.message;
    return { ...result, message: shortened(hidden) };
}
/** A proxy's or a 502's HTML page would fill the warning: the start says enough. */
const MAX_REASON_CHARS = 300;
function shortened(message) {
    const oneLine = message.replace(/\s+/g, ' ');
    return oneLine.length <= MAX_REASON_CHARS ? oneLine : `${oneLine.slice(0, MAX_REASON_CHARS)}…`;
}
function describeFailure(error, request, where) {
    if (error instanceof EventError)
        return { outcome: 'failed', message: `Cannot comment on the pull request: ${error.message}` };
    // Fetch's AbortError comes from Node's realm and Octokit may wrap it: the signal is the sure sign.
    if (request.signal?.aborted)
        return { outcome: 'failed', message: `Commenting on ${where} was cancelled` };
    const { status, said } = answerOf(error);
    if (status === undefined) {
        const cause = deepestMessage(error) ?? 'no answer';
        return {
            outcome: 'failed',
            message: `Cannot reach GitHub at ${request.apiUrl} to comment on ${where}: ${cause}`,
        };
    }
    return refusal(status, `${status} ${said ?? deepestMessage(error) ?? 'error'}`, where);
}
/** GitHub answered with an error: 403/404 mean the token may not comment here. */
function refusal(status, reason, where) {
    if ((status === 403 || status === 404) && !/rate limit/i.test(reason))
        return {
            outcome: 'not-permitted',
            status,
            message: `\`github-token\` may not comment on ${where} (${reason}). Pull requests from forks get a ` +
                'read-only token; elsewhere give the job `permissions: pull-requests: write`.',
        };
    const hint = status === 401 ? ': check `github-token`' : '';
    return {
        outcome: 'failed',
        status,
        message: `GitHub refused the comment on ${where} (${reason})${hint}`,
    };
}
/** The HTTP status and GitHub's own `message` of an Octokit error; no status when no answer came. */
function answerOf(error) {
    const { response } = (error ?? {});
    const said = response?.data?.message;
    return { status: response?.status, said: typeof said === 'string' ? said : undefined };
}
/**
 * The innermost message along `cause`: Octokit wraps a failed fetch ("fetch failed") whose cause
 * says what happened ("connect ECONNREFUSED 127.0.0.1:443").
 */
function deepestMessage(error) {
    let found;
    for (let at = error, depth = 0; typeof at === 'object' && at !== null && depth < 5; depth++) {
        const { message, cause } = at;
        if (typeof message === 'string' && message !== '' && message !== 'Unknown Error')
            found = message;
        at = cause;
    }
    return found;
}


/***/ })

};
