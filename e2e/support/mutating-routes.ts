// Every route that changes something, in one table: e2e/authorization.spec.ts sends each
// row's request as every role, as JSON and as a form, and from another site;
// lib/auth/every-mutating-route.test.ts fails when a route handler in app/ exports
// POST, PUT, PATCH or DELETE and is neither here nor in EXEMPT_ROUTES below.
// Adding a route is adding a row. Plain data and functions: no Playwright imports, so
// the unit test can read it.

export type Method = "POST" | "PUT" | "PATCH" | "DELETE";

/** The resources a row's request names, prepared by the spec before each request. */
export type RouteTarget = { number: number; roundId: number; concernId: number };

/**
 * What must be in place for the request to succeed when the right role sends it, so
 * that a refusal is the role's doing and not a missing resource's. The spec knows how
 * to prepare each (e2e/authorization.spec.ts: prepare).
 */
export type Precondition = "no-open-fcp" | "open-fcp" | "open-concern";

export type MutatingRoute = {
  method: Method;
  /** The route's path as its folder under app/ spells it. */
  route: string;
  /** The action's verb phrase, as refusals say it: "Sign in to <action>." */
  action: string;
  /** Who may: "member" is the Spec Core Team, "admin" an ADMIN_GITHUB_LOGINS login. */
  role: "contributor" | "member" | "admin";
  needs: Precondition;
  url: (target: RouteTarget) => string;
  /** A valid request body, sent as JSON and as form fields. */
  body: Record<string, string>;
  /** Where a form returns, with its message. */
  returnsTo: (target: RouteTarget) => string;
  /** The public GET whose answer shows the change (and must not change when refused). */
  observe: (target: RouteTarget) => string;
  /** For routes naming a round or concern: the answer when it is another MSC's. */
  otherMsc?: { status: number; message: (target: RouteTarget) => string };
};

const proposal = ({ number }: RouteTarget) => `/api/v1/proposals/${number}`;
const fcpSection = ({ number }: RouteTarget) => `/proposals/${number}`;

export const MUTATING_ROUTES: MutatingRoute[] = [
  {
    method: "POST",
    route: "/api/v1/proposals/[number]/fcp",
    action: "propose FCP",
    role: "member",
    needs: "no-open-fcp",
    url: (t) => `${proposal(t)}/fcp`,
    body: { disposition: "postpone" },
    returnsTo: fcpSection,
    observe: proposal,
  },
  {
    method: "POST",
    route: "/api/v1/proposals/[number]/fcp/[round]/position",
    action: "vote on an FCP",
    role: "member",
    needs: "open-fcp",
    url: (t) => `${proposal(t)}/fcp/${t.roundId}/position`,
    body: { position: "abstain", rationale: "Authorization check" },
    returnsTo: fcpSection,
    observe: proposal,
    otherMsc: { status: 404, message: (t) => `MSC${t.number} has no FCP round ${t.roundId}.` },
  },
  {
    method: "POST",
    route: "/api/v1/proposals/[number]/fcp/[round]/cancel",
    action: "cancel an FCP",
    role: "member",
    needs: "open-fcp",
    url: (t) => `${proposal(t)}/fcp/${t.roundId}/cancel`,
    body: { reason: "Authorization check" },
    returnsTo: fcpSection,
    observe: proposal,
    otherMsc: { status: 404, message: (t) => `MSC${t.number} has no FCP round ${t.roundId}.` },
  },
  {
    method: "POST",
    route: "/api/v1/proposals/[number]/concerns",
    action: "raise a concern",
    role: "member",
    needs: "open-fcp",
    url: (t) => `${proposal(t)}/concerns`,
    body: { text: "Authorization check concern" },
    returnsTo: fcpSection,
    observe: proposal,
  },
  {
    method: "POST",
    route: "/api/v1/proposals/[number]/concerns/[id]/resolve",
    action: "resolve a concern",
    role: "member",
    needs: "open-concern",
    url: (t) => `${proposal(t)}/concerns/${t.concernId}/resolve`,
    body: {},
    returnsTo: fcpSection,
    observe: proposal,
    otherMsc: { status: 404, message: (t) => `MSC${t.number} has no such open concern.` },
  },
];

/** Mutating routes outside the action wrapper and this table, each authenticated its own way. */
export const EXEMPT_ROUTES: { method: Method; route: string; reason: string }[] = [
  {
    method: "POST",
    route: "/api/auth/[...nextauth]",
    reason: "next-auth's own sign-in and sign-out endpoints, protected by its CSRF token (e2e/sign-in.spec.ts).",
  },
  {
    method: "POST",
    route: "/api/webhooks/github",
    reason:
      "GitHub's deliveries, authenticated by their HMAC signature (lib/github/webhooks/receive-webhook.integration.test.ts).",
  },
  {
    method: "POST",
    route: "/api/internal/sync",
    reason:
      "`npm run sync` asking the server to sync, authenticated by the local secret in DATA_DIR/server.json (lib/server/local-control.ts).",
  },
];
