// Every route that changes something, in one table: e2e/authorization.spec.ts sends each
// row's request as every role, as JSON and as a form, and from another site;
// lib/auth/every-mutating-route.test.ts fails when a route handler in app/ exports
// POST, PUT, PATCH or DELETE and is neither here nor in EXEMPT_ROUTES below.
// Adding a route is adding a row. Plain data and functions: no Playwright imports, so
// the unit test can read it.

export type Method = "POST" | "PUT" | "PATCH" | "DELETE";

/** The resources a row's request names, prepared by the spec before each request. */
export type RouteTarget = {
  number: number;
  roundId: number;
  concernId: number;
  webhookId?: number;
  savedSearchId?: number;
};

/** The people the rows name besides the callers; the spec signs each in once. */
export const PEOPLE = {
  /** The spec's member caller, whose recorded position the position correction changes. */
  member: "uhoreg",
  /** Added to and removed from the Spec Core Team by the admin list's routes. */
  newMember: "authz-newcomer",
  /** Made an admin and unmade: grant needs someone who has signed in once. */
  newAdmin: "authz-grantee",
} as const;

/**
 * The saved search the rows create and delete. Its author filter matches no MSC, so
 * saving it follows nothing and no other spec's view of a follow changes.
 */
export const SAVED_SEARCH_FILTERS = { author: "authz-nobody" } as const;

/**
 * What must be in place for the request to succeed when the right role sends it, so
 * that a refusal is the role's doing and not a missing resource's
 * (e2e/support/route-preconditions.ts prepares each):
 * - no-open-fcp, open-fcp, open-concern: the MSC's FCP state;
 * - member-approved: an open round on which PEOPLE.member's recorded position is approve;
 * - not-following, following: the calling person's follow of the MSC;
 * - off-team, on-team: PEOPLE.newMember on the admins' member list or not;
 * - not-admin, extra-admin: PEOPLE.newAdmin an admin or not (never the last one);
 * - email-off: the calling person's e-mail notifications saved as off;
 * - no-webhook, webhook-active, webhook-off: a fresh webhook (target.webhookId) registered
 *   by the admin, switched on or off; no-webhook needs nothing.
 * - own-feed-link: the calling person has a private feed link (/me/feed).
 * - no-saved-search, own-saved-search: the calling person has not saved the search of
 *   SAVED_SEARCH_FILTERS, or has (target.savedSearchId).
 */
export type Precondition =
  | "no-open-fcp"
  | "open-fcp"
  | "open-concern"
  | "member-approved"
  | "not-following"
  | "following"
  | "off-team"
  | "on-team"
  | "not-admin"
  | "extra-admin"
  | "email-off"
  | "no-webhook"
  | "webhook-active"
  | "webhook-off"
  | "own-feed-link"
  | "no-saved-search"
  | "own-saved-search";

/**
 * A read whose answer shows the change, and must not change when the request is
 * refused. Read by a signed-in member, the admin, or the caller who sent the request
 * (a follow is only its owner's to see). JSON is compared whole; a page by the text of
 * the element whose id is `part` (null when the page has none for this reader).
 */
export type Observation = { path: string; as: "member" | "admin" | "caller"; part?: string };

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
  body: (target: RouteTarget) => Record<string, string>;
  /** Where a form returns, with its message: a path on the site and the #fragment it shows in. */
  returnsTo: (target: RouteTarget) => string;
  observe: (target: RouteTarget) => Observation;
  /** For routes naming a round or concern: the answer when it is another MSC's. */
  otherMsc?: { status: number; message: (target: RouteTarget) => string };
};

const proposal = ({ number }: RouteTarget) => `/api/v1/proposals/${number}`;
const fcpSection = ({ number }: RouteTarget) => `/proposals/${number}#fcp`;
const followSection = ({ number }: RouteTarget) => `/proposals/${number}#follow`;
const correctionsOnAdmin = ({ number }: RouteTarget) => `/admin?msc=${number}#corrections`;
/** The public detail shows rounds, ballots and concerns, so every FCP change. */
const fcpData = (t: RouteTarget): Observation => ({ path: proposal(t), as: "member" });
/** The caller's own list of followed MSCs on /me. */
const ownFollows = (): Observation => ({ path: "/me", as: "caller", part: "following" });
const adminSection = (part: "members" | "admins") => (): Observation => ({ path: "/admin", as: "admin", part });
/** The caller's feed state as JSON: its read and link times change on every success. */
const ownFeed = (): Observation => ({ path: "/api/v1/me/feed", as: "caller" });
const fixed = (body: Record<string, string>) => () => body;
const REASON = "Authorization check";
const webhooksOnAdmin = () => "/admin/notifications#webhooks";
const webhookList = (): Observation => ({ path: "/admin/notifications", as: "admin", part: "webhooks" });
const webhook = (t: RouteTarget) => `/api/v1/admin/webhooks/${t.webhookId ?? 0}`;
/** The caller's saved searches as JSON: saving or deleting one changes the list. */
const ownSavedSearches = (): Observation => ({ path: "/api/v1/me/saved-searches", as: "caller" });
const noRound = (t: RouteTarget) => `MSC${t.number} has no FCP round ${t.roundId}.`;

export const MUTATING_ROUTES: MutatingRoute[] = [
  {
    method: "POST",
    route: "/api/v1/proposals/[number]/fcp",
    action: "propose FCP",
    role: "member",
    needs: "no-open-fcp",
    url: (t) => `${proposal(t)}/fcp`,
    body: fixed({ disposition: "postpone" }),
    returnsTo: fcpSection,
    observe: fcpData,
  },
  {
    method: "POST",
    route: "/api/v1/proposals/[number]/fcp/[round]/position",
    action: "vote on an FCP",
    role: "member",
    needs: "open-fcp",
    url: (t) => `${proposal(t)}/fcp/${t.roundId}/position`,
    body: fixed({ position: "abstain", rationale: REASON }),
    returnsTo: fcpSection,
    observe: fcpData,
    otherMsc: { status: 404, message: noRound },
  },
  {
    method: "POST",
    route: "/api/v1/proposals/[number]/fcp/[round]/cancel",
    action: "cancel an FCP",
    role: "member",
    needs: "open-fcp",
    url: (t) => `${proposal(t)}/fcp/${t.roundId}/cancel`,
    body: fixed({ reason: REASON }),
    returnsTo: fcpSection,
    observe: fcpData,
    otherMsc: { status: 404, message: noRound },
  },
  {
    method: "POST",
    route: "/api/v1/proposals/[number]/concerns",
    action: "raise a concern",
    role: "member",
    needs: "open-fcp",
    url: (t) => `${proposal(t)}/concerns`,
    body: fixed({ text: "Authorization check concern" }),
    returnsTo: fcpSection,
    observe: fcpData,
  },
  {
    method: "POST",
    route: "/api/v1/proposals/[number]/concerns/[id]/resolve",
    action: "resolve a concern",
    role: "member",
    needs: "open-concern",
    url: (t) => `${proposal(t)}/concerns/${t.concernId}/resolve`,
    body: fixed({}),
    returnsTo: fcpSection,
    observe: fcpData,
    otherMsc: { status: 404, message: (t) => `MSC${t.number} has no such open concern.` },
  },
  {
    method: "POST",
    route: "/api/v1/proposals/[number]/follow",
    action: "follow an MSC",
    role: "contributor",
    needs: "not-following",
    url: (t) => `${proposal(t)}/follow`,
    body: fixed({}),
    returnsTo: followSection,
    observe: ownFollows,
  },
  {
    method: "POST",
    route: "/api/v1/proposals/[number]/unfollow",
    action: "unfollow an MSC",
    role: "contributor",
    needs: "following",
    url: (t) => `${proposal(t)}/unfollow`,
    body: fixed({}),
    returnsTo: followSection,
    observe: ownFollows,
  },
  {
    method: "POST",
    route: "/api/v1/admin/members/add",
    action: "add a Spec Core Team member",
    role: "admin",
    needs: "off-team",
    url: () => "/api/v1/admin/members/add",
    body: fixed({ login: PEOPLE.newMember, reason: REASON }),
    returnsTo: () => "/admin#members",
    observe: adminSection("members"),
  },
  {
    method: "POST",
    route: "/api/v1/admin/members/remove",
    action: "remove a Spec Core Team member",
    role: "admin",
    needs: "on-team",
    url: () => "/api/v1/admin/members/remove",
    body: fixed({ login: PEOPLE.newMember, reason: REASON }),
    returnsTo: () => "/admin#members",
    observe: adminSection("members"),
  },
  {
    method: "POST",
    route: "/api/v1/admin/admins/grant",
    action: "grant admin",
    role: "admin",
    needs: "not-admin",
    url: () => "/api/v1/admin/admins/grant",
    body: fixed({ login: PEOPLE.newAdmin, reason: REASON }),
    returnsTo: () => "/admin#admins",
    observe: adminSection("admins"),
  },
  {
    method: "POST",
    route: "/api/v1/admin/admins/revoke",
    action: "revoke admin",
    role: "admin",
    needs: "extra-admin",
    url: () => "/api/v1/admin/admins/revoke",
    body: fixed({ login: PEOPLE.newAdmin, reason: REASON }),
    returnsTo: () => "/admin#admins",
    observe: adminSection("admins"),
  },
  {
    method: "POST",
    route: "/api/v1/proposals/[number]/corrections/position",
    action: "correct a recorded position",
    role: "admin",
    needs: "member-approved",
    url: (t) => `${proposal(t)}/corrections/position`,
    body: (t) => ({ roundId: String(t.roundId), member: PEOPLE.member, position: "abstain", reason: REASON }),
    returnsTo: correctionsOnAdmin,
    observe: fcpData,
    otherMsc: { status: 404, message: noRound },
  },
  {
    method: "POST",
    route: "/api/v1/proposals/[number]/corrections/concern",
    action: "correct a concern",
    role: "admin",
    needs: "open-concern",
    url: (t) => `${proposal(t)}/corrections/concern`,
    body: (t) => ({ concernId: String(t.concernId), to: "resolved", reason: REASON }),
    returnsTo: correctionsOnAdmin,
    observe: fcpData,
    otherMsc: { status: 404, message: (t) => `MSC${t.number} has no concern ${t.concernId}.` },
  },
  {
    method: "POST",
    route: "/api/v1/proposals/[number]/corrections/round",
    action: "close a stale FCP round",
    role: "admin",
    needs: "open-fcp",
    url: (t) => `${proposal(t)}/corrections/round`,
    body: (t) => ({ roundId: String(t.roundId), outcome: "cancelled", reason: REASON }),
    returnsTo: correctionsOnAdmin,
    observe: fcpData,
    otherMsc: { status: 404, message: noRound },
  },
  {
    method: "POST",
    route: "/api/v1/me/notifications/email",
    action: "save e-mail notification settings",
    role: "contributor",
    needs: "email-off",
    url: () => "/api/v1/me/notifications/email",
    body: fixed({ enabled: "on", level: "every", cadence: "daily", digestHour: "5" }),
    returnsTo: () => "/me/notifications#email",
    observe: () => ({ path: "/me/notifications", as: "caller", part: "email" }),
  },
  {
    method: "POST",
    route: "/api/v1/admin/webhooks",
    action: "register a webhook",
    role: "admin",
    needs: "no-webhook",
    url: () => "/api/v1/admin/webhooks",
    body: fixed({ url: "http://127.0.0.1:9/authz-registered", level: "significant", reason: REASON }),
    returnsTo: webhooksOnAdmin,
    observe: webhookList,
  },
  {
    method: "POST",
    route: "/api/v1/admin/webhooks/[id]/deactivate",
    action: "deactivate a webhook",
    role: "admin",
    needs: "webhook-active",
    url: (t) => `${webhook(t)}/deactivate`,
    body: fixed({ reason: REASON }),
    returnsTo: webhooksOnAdmin,
    observe: webhookList,
  },
  {
    method: "POST",
    route: "/api/v1/admin/webhooks/[id]/reactivate",
    action: "reactivate a webhook",
    role: "admin",
    needs: "webhook-off",
    url: (t) => `${webhook(t)}/reactivate`,
    body: fixed({ reason: REASON }),
    returnsTo: webhooksOnAdmin,
    observe: webhookList,
  },
  {
    method: "POST",
    route: "/api/v1/admin/webhooks/[id]/delete",
    action: "delete a webhook",
    role: "admin",
    needs: "webhook-active",
    url: (t) => `${webhook(t)}/delete`,
    body: fixed({ reason: REASON }),
    returnsTo: webhooksOnAdmin,
    observe: webhookList,
  },
  {
    method: "POST",
    route: "/api/v1/me/feed/read",
    action: "mark your feed as read",
    role: "contributor",
    needs: "own-feed-link",
    url: () => "/api/v1/me/feed/read",
    body: fixed({ upTo: "0" }),
    returnsTo: () => "/me/feed#feed",
    observe: ownFeed,
  },
  {
    method: "POST",
    route: "/api/v1/me/feed/link",
    action: "create a feed link",
    role: "contributor",
    needs: "own-feed-link",
    url: () => "/api/v1/me/feed/link",
    body: fixed({}),
    returnsTo: () => "/me/feed#feed-link",
    observe: ownFeed,
  },
  {
    method: "POST",
    route: "/api/v1/me/feed/link/revoke",
    action: "revoke a feed link",
    role: "contributor",
    needs: "own-feed-link",
    url: () => "/api/v1/me/feed/link/revoke",
    body: fixed({}),
    returnsTo: () => "/me/feed#feed-link",
    observe: ownFeed,
  },
  {
    method: "POST",
    route: "/api/v1/me/saved-searches",
    action: "save a search",
    role: "contributor",
    needs: "no-saved-search",
    url: () => "/api/v1/me/saved-searches",
    body: fixed({ ...SAVED_SEARCH_FILTERS, name: REASON }),
    returnsTo: () => "/me#saved-searches",
    observe: ownSavedSearches,
  },
  {
    method: "POST",
    route: "/api/v1/me/saved-searches/[id]/delete",
    action: "delete a saved search",
    role: "contributor",
    needs: "own-saved-search",
    // Anonymous callers have none: any well-formed id is refused before it is looked up.
    url: (t) => `/api/v1/me/saved-searches/${t.savedSearchId ?? 1}/delete`,
    body: fixed({}),
    returnsTo: () => "/me#saved-searches",
    observe: ownSavedSearches,
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
