import { expect, type APIRequestContext } from "@playwright/test";
import { prepareTarget, type SignedIn } from "./fcp-requests";
import { PEOPLE, SAVED_SEARCH_FILTERS, type Precondition, type RouteTarget } from "./mutating-routes";

// Puts in place what a route row needs (mutating-routes.ts: Precondition) through the
// public JSON API, as the person whose business it is: a member for FCP state, the
// admin for the member and admin lists, the caller for their own follows. Each step is
// idempotent, so a test can prepare again after its own request changed things.

export type Preparers = {
  member: APIRequestContext;
  admin: APIRequestContext;
  /** The caller about to send the row's request; null when anonymous, who has no follows. */
  caller: APIRequestContext | null;
};

/**
 * Sends a change that may already be in place: it must succeed, or be refused with
 * exactly the message that says it was already so. Anything else fails the test here.
 */
async function settle(request: APIRequestContext, path: string, body: object, alreadyMessage: string) {
  const response = await request.post(path, { data: body });
  const result = await response.json();
  if (result.ok !== true) expect(result.message, `POST ${path}: ${JSON.stringify(result)}`).toBe(alreadyMessage);
}

const REASON = "Prepared by e2e/authorization.spec.ts";
const member = { login: PEOPLE.newMember, reason: REASON };
const admin = { login: PEOPLE.newAdmin, reason: REASON };

export const setTeamCandidate = (request: APIRequestContext, onTeam: boolean) =>
  onTeam
    ? settle(request, "/api/v1/admin/members/add", member, `${member.login} is already on the Spec Core Team.`)
    : settle(request, "/api/v1/admin/members/remove", member, `${member.login} is not on the Spec Core Team.`);

export const setAdminCandidate = (request: APIRequestContext, isAdmin: boolean) =>
  isAdmin
    ? settle(request, "/api/v1/admin/admins/grant", admin, `${admin.login} is already an admin.`)
    : settle(request, "/api/v1/admin/admins/revoke", admin, `${admin.login} is not an admin.`);

/** Follow and unfollow are idempotent (lib/follows/follow-actions.ts): a repeat succeeds. */
export async function setFollowing(request: APIRequestContext, number: number, following: boolean) {
  const response = await request.post(`/api/v1/proposals/${number}/${following ? "follow" : "unfollow"}`, {
    data: {},
  });
  expect(await response.json()).toMatchObject({ ok: true, data: { following } });
}

/** Saved as off by the caller themselves: a preference is only its owner's to change. */
async function setEmailOff(request: APIRequestContext) {
  const response = await request.post("/api/v1/me/notifications/email", { data: { enabled: false } });
  expect(await response.json()).toMatchObject({ ok: true, data: { enabled: false } });
}

/**
 * A fresh webhook registered by the admin, so each request acts on one of its own. It
 * points at the discard port of the test machine, so a delivery to it fails at once.
 */
async function registerWebhook(request: APIRequestContext, active: boolean): Promise<number> {
  const response = await request.post("/api/v1/admin/webhooks", {
    data: { url: "http://127.0.0.1:9/authz-prepared", reason: REASON },
  });
  const result = await response.json();
  expect(result).toMatchObject({ ok: true, data: { id: expect.any(Number) } });
  if (!active) {
    const off = await request.post(`/api/v1/admin/webhooks/${result.data.id}/deactivate`, { data: { reason: REASON } });
    expect(await off.json()).toMatchObject({ ok: true });
  }
  return result.data.id;
}

export async function prepareRoute(needs: Precondition, number: number, by: Preparers): Promise<RouteTarget> {
  const noIds = { number, roundId: 0, concernId: 0 };
  switch (needs) {
    case "no-open-fcp":
    case "open-fcp":
    case "open-concern":
      return prepareTarget(by.member, number, needs);
    case "member-approved": {
      // The member records it themselves: a proposer's approval may have been changed since.
      const target = await prepareTarget(by.member, number, "open-fcp");
      await setPosition(by.member, target, "approve");
      return target;
    }
    case "not-following":
    case "following":
      if (by.caller) await setFollowing(by.caller, number, needs === "following");
      return noIds;
    case "off-team":
    case "on-team":
      await setTeamCandidate(by.admin, needs === "on-team");
      return noIds;
    case "not-admin":
    case "extra-admin":
      await setAdminCandidate(by.admin, needs === "extra-admin");
      return noIds;
    case "email-off":
      if (by.caller) await setEmailOff(by.caller);
      return noIds;
    case "no-webhook":
      return noIds;
    case "webhook-active":
    case "webhook-off":
      return { ...noIds, webhookId: await registerWebhook(by.admin, needs === "webhook-active") };
    case "own-feed-link":
      if (by.caller) await createFeedLink(by.caller);
      return noIds;
    case "no-saved-search":
      if (by.caller) await removeSavedSearch(by.caller);
      return noIds;
    case "own-saved-search":
      return by.caller ? { ...noIds, savedSearchId: await ensureSavedSearch(by.caller) } : noIds;
  }
}

type SavedSearch = { id: number; query: string; mine: boolean };
const SAVED_QUERY = new URLSearchParams(SAVED_SEARCH_FILTERS).toString();

/** The caller's saved search of SAVED_SEARCH_FILTERS, if they have it. */
async function findSavedSearch(request: APIRequestContext): Promise<SavedSearch | undefined> {
  const response = await request.get("/api/v1/me/saved-searches");
  const result = await response.json();
  expect(result, "GET /api/v1/me/saved-searches").toMatchObject({ ok: true });
  return (result.data as SavedSearch[]).find((s) => s.query === SAVED_QUERY && !s.mine);
}

/** Saved by the caller themselves (a saved search is only its owner's), once. */
async function ensureSavedSearch(request: APIRequestContext): Promise<number> {
  const found = await findSavedSearch(request);
  if (found) return found.id;
  const response = await request.post("/api/v1/me/saved-searches", { data: { ...SAVED_SEARCH_FILTERS } });
  const result = await response.json();
  expect(result).toMatchObject({ ok: true, data: { id: expect.any(Number) } });
  return result.data.id;
}

/** Deletes the caller's saved search of SAVED_SEARCH_FILTERS; also what the spec's clean-up does. */
export async function removeSavedSearch(request: APIRequestContext) {
  const found = await findSavedSearch(request);
  if (!found) return;
  const response = await request.post(`/api/v1/me/saved-searches/${found.id}/delete`, { data: {} });
  expect(await response.json()).toMatchObject({ ok: true });
}

/** Creating replaces any old link, so it always succeeds and leaves one in place. */
async function createFeedLink(request: APIRequestContext) {
  const response = await request.post("/api/v1/me/feed/link", { data: {} });
  expect(await response.json()).toMatchObject({ ok: true });
}

async function setPosition(request: APIRequestContext, { number, roundId }: RouteTarget, position: string) {
  const response = await request.post(`/api/v1/proposals/${number}/fcp/${roundId}/position`, { data: { position } });
  expect(await response.json()).toMatchObject({ ok: true });
}

/**
 * Deletes every webhook this spec registered (all point at the discard port), as listed
 * on the admin's page, so later specs' notifier does not keep retrying them.
 */
export async function deleteDiscardPortWebhooks(admin: SignedIn) {
  await admin.page.goto("/admin/notifications");
  const rows = admin.page
    .getByRole("table", { name: "Registered webhooks" })
    .getByRole("row")
    .filter({ hasText: "127.0.0.1:9/authz-" });
  const ids = (await rows.getByRole("rowheader").allTextContents()).map((text) => Number(text.trim()));
  for (const id of ids) {
    const response = await admin.request.post(`/api/v1/admin/webhooks/${id}/delete`, { data: { reason: REASON } });
    expect(await response.json()).toMatchObject({ ok: true });
  }
}
