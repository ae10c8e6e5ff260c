import type { Fault } from "./faults";

// GitHub's error answers, word for word where clients look at the words: Octokit's
// throttling plugin spots a secondary limit by the phrase "secondary rate".

const RATE_LIMIT_DOCS = "https://docs.github.com/rest/overview/rate-limits-for-the-rest-api";

export function primaryRateLimitBody(who: string, authenticated: boolean) {
  const hint = authenticated
    ? ""
    : " (But here's the good news: Authenticated requests get a higher rate limit. Check out the documentation for more details.)";
  return { message: `API rate limit exceeded for ${who}.${hint}`, documentation_url: RATE_LIMIT_DOCS };
}

export function faultBody(
  fault: Exclude<Fault, { kind: "hang" } | { kind: "drop-connection" }>,
  requestId: string,
): { status: number; body: object; headers: Record<string, string> } {
  if (fault.kind === "secondary-rate-limit") {
    const message =
      "You have exceeded a secondary rate limit. Please wait a few minutes before you try again. " +
      `If you reach out to GitHub Support for help, please include the request ID ${requestId}.`;
    return {
      status: fault.status,
      body: { message, documentation_url: `${RATE_LIMIT_DOCS}#about-secondary-rate-limits` },
      headers: { "retry-after": String(fault.retryAfterSeconds) },
    };
  }
  if (fault.kind === "forbidden") {
    return {
      status: 403,
      body: {
        message: "Resource not accessible by personal access token",
        documentation_url: "https://docs.github.com/rest",
        status: "403",
      },
      headers: {},
    };
  }
  const messages = { 500: "Server Error", 502: "Bad Gateway", 503: "Service Unavailable" } as const;
  return {
    status: fault.status,
    body: { message: messages[fault.status], documentation_url: "https://docs.github.com/rest" },
    headers: {},
  };
}
