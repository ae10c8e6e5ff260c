import type { IncomingMessage, ServerResponse } from "node:http";
import type { FakeGitHubState } from "./fake-github-state";
import type { FakeOAuth } from "./fake-oauth";
import type { Faults } from "./faults";
import { HANDLERS, notFound, type HandlerResult } from "./handlers";
import { linkHeader } from "./pagination";
import type { RateLimiter, RateLimitSnapshot } from "./rate-limiter";
import type { RequestLogEntry } from "./request-log";
import { faultBody, primaryRateLimitBody } from "./error-bodies";
import { commonHeaders, etagMatches, nextRequestId, sendJson, sendNotModified, weakEtag } from "./respond";
import { handleOAuthRequest } from "./oauth-endpoints";
import { matchRoute, WRITE_ENDPOINTS, type EndpointName } from "./routes";

// One request, in GitHub's order: credentials, injected faults, the primary rate
// limit, the operation, then conditional-request handling (a 304 is free).

export type ServerContext = {
  state: FakeGitHubState;
  oauth: FakeOAuth;
  limiter: RateLimiter;
  faults: Faults;
  log: RequestLogEntry[];
  baseUrl: () => string;
  validTokens: Set<string> | null;
  /** The login a token acts as when the fake's OAuth flow did not issue it. */
  tokenLogin: string;
  /** Resolves when the server closes: releases requests that hang "forever". */
  closing: Promise<void>;
};

const API_ORIGIN_PATTERN = /https:\/\/api\.github\.com/g;

export async function handleRequest(req: IncomingMessage, res: ServerResponse, ctx: ServerContext): Promise<void> {
  const url = new URL(req.url ?? "/", ctx.baseUrl());
  // Sign-in (OAuth web flow, /user) is not part of the sync's API surface: no rate limit, faults or log.
  if (await handleOAuthRequest(req, res, url, ctx.oauth, ctx.baseUrl())) return;
  const credentials = /^(?:token|bearer)\s+(\S+)$/i.exec(req.headers.authorization ?? "");
  const token = credentials?.[1] ?? null;
  const authenticated = token !== null;
  const identity = token ? `token:${token}` : `ip:${req.socket.remoteAddress ?? "?"}`;
  const { state } = ctx;
  const repo = state.dataset.repository;
  const team = state.dataset.team;
  const route = matchRoute(
    url.pathname,
    {
      owner: repo.owner,
      repo: repo.name,
      repoId: repo.id,
      formerNames: repo.formerNames,
      org: team.org,
      orgId: team.orgId,
      teamSlug: team.slug,
      teamId: team.id,
    },
    req.method,
  );
  const endpoint: EndpointName | null = route.kind === "endpoint" ? route.endpoint : null;
  const writing = endpoint !== null && WRITE_ENDPOINTS.includes(endpoint);
  // Read whole before answering, whatever the answer: a keep-alive connection stays usable.
  const parsedBody: Awaited<ReturnType<typeof readJsonBody>> =
    req.method === "GET" || req.method === "HEAD" ? { ok: true, value: undefined } : await readJsonBody(req);
  const entry: RequestLogEntry = {
    method: req.method ?? "GET",
    path: url.pathname,
    query: Object.fromEntries(url.searchParams),
    endpoint,
    status: null,
    conditional: Boolean(req.headers["if-none-match"] || req.headers["if-modified-since"]),
    notModified: false,
    authenticated,
    fault: null,
    rateLimitRemaining: null,
    body: parsedBody.ok ? parsedBody.value : undefined,
    at: new Date().toISOString(),
  };
  ctx.log.push(entry);
  const requestId = nextRequestId();
  const head = req.method === "HEAD";
  const headersFor = (rateLimit: RateLimitSnapshot | null) => commonHeaders({ requestId, authenticated, rateLimit });
  const send = (
    status: number,
    body: unknown,
    rateLimit: RateLimitSnapshot | null,
    extra: Record<string, string> = {},
  ) => {
    entry.status = status;
    entry.rateLimitRemaining = rateLimit?.remaining ?? null;
    sendJson(res, status, JSON.stringify(body), { ...headersFor(rateLimit), ...extra }, { head });
  };

  if (req.headers.authorization && (!token || (ctx.validTokens && !ctx.validTokens.has(token)))) {
    return send(
      401,
      { message: "Bad credentials", documentation_url: "https://docs.github.com/rest", status: "401" },
      null,
    );
  }

  const fault = ctx.faults.take(url.pathname, endpoint);
  if (fault) entry.fault = fault.kind;
  if (fault?.kind === "hang") {
    const released = await Promise.race([
      fault.ms === null ? ctx.closing.then(() => false) : delay(fault.ms).then(() => true),
      new Promise<boolean>((resolve) => res.once("close", () => resolve(false))),
    ]);
    if (!released || res.destroyed) return;
  }
  if (fault && fault.kind !== "hang" && fault.kind !== "drop-connection") {
    const { status, body, headers } = faultBody(fault, requestId);
    return send(status, body, ctx.limiter.peek(identity, authenticated), headers);
  }

  if (!parsedBody.ok) {
    return send(400, { message: "Problems parsing JSON", documentation_url: "https://docs.github.com/rest" }, null);
  }
  const body = parsedBody.value;
  if (route.kind === "renamed-repository") {
    // GitHub answers a renamed repository's old name with a permanent redirect.
    const location = `${ctx.baseUrl()}/repositories/${repo.id}/${route.rest}${url.search}`;
    const snapshot = ctx.limiter.consume(identity, authenticated);
    const body = {
      message: "Moved Permanently",
      url: location,
      documentation_url: "https://docs.github.com/v3/#http-redirects",
    };
    return send(301, body, snapshot, { location });
  }

  const peeked = ctx.limiter.peek(identity, authenticated);
  if (endpoint !== "rate-limit/get" && peeked.remaining === 0) {
    entry.fault = "primary-rate-limit";
    const body = primaryRateLimitBody(
      token ? `user ID ${hashToken(token)}` : (req.socket.remoteAddress ?? "127.0.0.1"),
      Boolean(token),
    );
    return send(403, body, peeked);
  }

  let result: HandlerResult;
  if (route.kind === "not-found") result = notFound();
  else if ((endpoint === "teams/list-members-in-org" || writing) && !authenticated) {
    result = {
      status: 401,
      body: { message: "Requires authentication", documentation_url: "https://docs.github.com/rest", status: "401" },
    };
  } else
    result = HANDLERS[route.endpoint]({
      state,
      query: url.searchParams,
      issueNumber: route.issueNumber,
      commentId: route.commentId,
      labelName: route.labelName,
      rateLimit: peeked,
      body,
      actor: token ? (ctx.oauth.loginFor(token) ?? ctx.tokenLogin) : undefined,
    });

  const bodyText = JSON.stringify(result.body).replace(API_ORIGIN_PATTERN, ctx.baseUrl());
  const extra: Record<string, string> = {};
  if (result.pagination) {
    const { path, page } = result.pagination;
    const link = linkHeader(`${ctx.baseUrl()}${path}`, url.searchParams, page.page, page.lastPage);
    if (link) extra.link = link;
  }
  if (result.lastModified) extra["last-modified"] = result.lastModified;
  if (result.status === 200 && !writing) {
    extra.etag = weakEtag(bodyText);
    if (isNotModified(req, extra.etag, result.lastModified)) {
      entry.status = 304;
      entry.notModified = true;
      entry.rateLimitRemaining = peeked.remaining;
      return sendNotModified(res, { ...headersFor(peeked), ...extra });
    }
  }
  const charged = endpoint === "rate-limit/get" ? peeked : (ctx.limiter.consume(identity, authenticated) ?? peeked);
  entry.status = result.status;
  entry.rateLimitRemaining = charged.remaining;
  const dropAfterHalf = fault?.kind === "drop-connection";
  if (dropAfterHalf) entry.status = null;
  sendJson(res, result.status, bodyText, { ...headersFor(charged), ...extra }, { head, dropAfterHalf });
}

function isNotModified(req: IncomingMessage, etag: string, lastModified: string | undefined): boolean {
  const ifNoneMatch = req.headers["if-none-match"];
  if (ifNoneMatch) return etagMatches(ifNoneMatch, etag);
  const since = req.headers["if-modified-since"];
  if (since && lastModified) return Date.parse(lastModified) <= Date.parse(since);
  return false;
}

/** A write's JSON body; an empty body reads as undefined (DELETE sends none). */
async function readJsonBody(req: IncomingMessage): Promise<{ ok: true; value: unknown } | { ok: false }> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") return { ok: true, value: undefined };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false };
  }
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function hashToken(token: string): number {
  let hash = 7;
  for (const char of token) hash = (hash * 31 + char.charCodeAt(0)) % 90_000_000;
  return 10_000_000 + hash;
}
