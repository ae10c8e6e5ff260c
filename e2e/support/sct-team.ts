import { expect, type APIRequestContext, type Page } from "@playwright/test";
import { SCT_MEMBERS_2026 } from "@/test/fake-github/dataset/repository";
import { signedDelivery, webhookExample } from "@/test/support/webhook-examples";
import { E2E_WEBHOOK_SECRET } from "./github-webhooks";

// The bundled snapshot has no Spec Core Team: members come from a team sync or
// membership webhooks. Specs that vote make the real team current with `membership`
// deliveries, as GitHub sends them, and undo that afterwards when they were the ones to
// add it, so the specs that check the "team not known yet" pages still see none.

/** matrix-org/spec-core-team in late 2026: the fake GitHub's own team (MSC-PROCESS.md). */
export const SCT_MEMBERS = SCT_MEMBERS_2026;

async function deliverMembership(request: APIRequestContext, action: "added" | "removed", login: string) {
  const payload = webhookExample("membership", action);
  // SCT_TEAM's default, which the e2e server runs with.
  Object.assign(payload, {
    organization: { ...(payload.organization as object), login: "matrix-org" },
    team: { ...(payload.team as object), slug: "spec-core-team" },
    member: { ...(payload.member as object), login },
  });
  const { headers, body } = signedDelivery("membership", payload, E2E_WEBHOOK_SECRET);
  const response = await request.post("/api/webhooks/github", { headers: Object.fromEntries(headers), data: body });
  expect(response.ok(), `membership ${action} ${login}: ${await response.text()}`).toBe(true);
}

/** Whether the header of a signed-in page says its viewer is on the team now. */
export async function showsAsMember(page: Page): Promise<boolean> {
  await page.goto("/");
  return (
    (await page
      .getByRole("banner")
      .getByText(/\(SCT member/)
      .count()) > 0
  );
}

/**
 * Makes the real team current. `wasKnown` is whether it already was (a team sync ran,
 * say sync.spec.ts); the returned function removes the members only when it was not.
 */
export async function ensureSctTeam(request: APIRequestContext, wasKnown: boolean): Promise<() => Promise<void>> {
  if (wasKnown) return async () => {};
  for (const login of SCT_MEMBERS) await deliverMembership(request, "added", login);
  return async () => {
    for (const login of SCT_MEMBERS) await deliverMembership(request, "removed", login);
  };
}
