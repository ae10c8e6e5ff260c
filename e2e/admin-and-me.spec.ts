import { expect, test } from "@playwright/test";
import { mscbotStatusComment } from "@/test/support/mscbot-status-comment";
import { AdminPage } from "./pages/admin-page";
import { AuditPage } from "./pages/audit-page";
import { MePage } from "./pages/me-page";
import { deliverComment } from "./support/github-webhooks";
import { signIn, expectNoAxeViolations } from "./support/page-checks";

// An admin adds a member with a reason; the member finds an FCP awaiting their position
// on /me, follows and unfollows an MSC; /admin and /audit show it all. Uses MSC4467 (the
// FCP) and MSC4474 (followed), in review in the snapshot and touched by no other spec.
// The snapshot has no team, so the admins' list is the record here. The spec ends by
// closing its FCP round and removing its member, so later specs see no team again.
//
// The FCP is delivered as mscbot's status comment by webhook: the web propose route
// (POST /api/v1/proposals/{n}/fcp) is another branch's work.

const FCP_MSC = 4467;
const FOLLOWED_MSC = 4474;
const MEMBER = "e2e-member";
const REASON = "Elected at the e2e meeting";

test.describe.configure({ mode: "serial" });

test("anonymous readers are asked to sign in on /me and /admin, and contributors are refused /admin", async ({
  page,
}) => {
  for (const path of ["/me", "/admin"]) {
    expect((await page.goto(path))?.status()).toBe(200);
    await expect(page.getByRole("link", { name: "Sign in with GitHub" })).toHaveAttribute(
      "href",
      `/api/auth/signin?callbackUrl=${encodeURIComponent(path)}`,
    );
  }
  await signIn(page, "e2e-contributor");
  await page.goto("/admin");
  await expect(page.getByRole("alert")).toContainText("Only admins can use this page");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
});

test("an admin adds a member with a reason, and /admin and /audit show it", async ({ page }) => {
  await signIn(page, "e2e-admin");
  const admin = new AdminPage(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" }).click();
  await expect(admin.heading).toBeVisible();
  await expect(admin.members).toContainText("No sync has read the GitHub team");

  await admin.submitLoginForm("Add a member", MEMBER, REASON);
  await expect(admin.flash).toHaveText(`${MEMBER} is now on the Spec Core Team.`);
  await expect(admin.memberRow(MEMBER)).toContainText("web");
  const joined = admin.members.getByRole("listitem").filter({ hasText: `${MEMBER} joined` });
  await expect(joined).toContainText("(by e2e-admin on the web)");
  await expect(joined).toContainText(`Reason: ${REASON}`);
  // A second add is refused with a reason, not a second period.
  await admin.submitLoginForm("Add a member", MEMBER, "again");
  await expect(page.getByRole("alert")).toHaveText(`${MEMBER} is already on the Spec Core Team.`);
  await expectNoAxeViolations(page);

  const audit = new AuditPage(page);
  await audit.goto();
  await audit.filter({ kind: "Team membership", actor: "e2e-admin" });
  // A GET form sends every field; the empty MSC filter counts as absent.
  await expect(page).toHaveURL(/\/audit\?kind=team&msc=&actor=e2e-admin$/);
  const row = audit.row(`${MEMBER} joined the Spec Core Team`);
  await expect(row).toHaveCount(1);
  await expect(row.getByRole("cell")).toHaveText([
    "e2e-admin",
    `${MEMBER} joined the Spec Core TeamReason: ${REASON}`,
    "—",
    "web",
  ]);
});

test("a member sees an FCP awaiting their position on /me, and follows and unfollows an MSC", async ({
  page,
  request,
}) => {
  await deliverComment(request, {
    number: FCP_MSC,
    id: 4_467_000_001,
    author: "mscbot",
    body: mscbotStatusComment({
      proposer: "richvdh",
      disposition: "merge",
      reviewers: [
        { login: "richvdh", approved: true },
        { login: MEMBER, approved: false },
      ],
    }),
  });
  await signIn(page, MEMBER);
  const me = new MePage(page);
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Me" }).click();
  await expect(me.heading).toBeVisible();
  // The team is MEMBER alone: richvdh's approval is shown elsewhere but not counted.
  await expect(me.awaitingRow(FCP_MSC).getByRole("cell")).toHaveText([
    /Improved Room Upgrade API/,
    "merge (proposed)",
    "0 of 1 approvals",
    /^(less than a minute|\d+ minutes?)/,
  ]);

  // Following from the MSC's page is the lead's to place; its route is the same one.
  const follow = await page.request.post(`/api/v1/proposals/${FOLLOWED_MSC}/follow`, { data: {} });
  expect(await follow.json()).toEqual({
    ok: true,
    data: { proposalNumber: FOLLOWED_MSC, following: true, changed: true },
  });
  await me.goto();
  await expect(me.following.getByRole("listitem")).toHaveCount(1);
  await expect(me.following.getByRole("listitem")).toContainText(`MSC${FOLLOWED_MSC}`);
  await expect(me.following.getByRole("listitem")).toContainText("In review");
  await expectNoAxeViolations(page);

  await me.following.getByRole("button", { name: `Unfollow MSC${FOLLOWED_MSC}` }).click();
  await expect(page).toHaveURL(/\/me\?flash=[^#]+#following$/);
  await expect(me.flash).toHaveText("No longer following this MSC.");
  await expect(me.following).toContainText("You follow no proposal yet");
  // A follow of an MSC the tracker does not know is a 404, and changes nothing.
  const unknown = await page.request.post("/api/v1/proposals/999999/follow", { data: {} });
  expect(unknown.status()).toBe(404);
});

test("the admin closes the stale round and removes the member, and /audit shows every step", async ({ page }) => {
  await signIn(page, "e2e-admin");
  const admin = new AdminPage(page);
  await admin.goto(FCP_MSC);
  await admin.closeRound("cancelled", "Test round, not a real FCP");
  await expect(admin.flash).toHaveText("FCP round closed as cancelled.");
  await admin.submitLoginForm("Remove a member", MEMBER, "End of the e2e run");
  await expect(admin.flash).toHaveText(`${MEMBER} is no longer on the Spec Core Team.`);
  await expect(admin.memberRow(MEMBER)).toHaveCount(0);

  const audit = new AuditPage(page);
  await audit.goto(`?msc=${FCP_MSC}`);
  await expect(audit.row("Closed the proposed FCP round as cancelled")).toContainText(
    "Reason: Test round, not a real FCP",
  );
  await expect(audit.row("richvdh proposed FCP to merge")).toHaveCount(1);
  await audit.goto("?kind=team");
  await expect(audit.row(`${MEMBER} left the Spec Core Team`)).toContainText("Reason: End of the e2e run");
  await expect(audit.row(`${MEMBER} joined the Spec Core Team`)).toHaveCount(1);
});
