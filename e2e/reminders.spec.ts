import { expect, test } from "@playwright/test";
import { MeFeedPage } from "./pages/me-feed-page";
import { ensureNoOpenFcp, readProposal, signedInContext, type SignedIn } from "./support/fcp-requests";
import { ensureSctTeam, showsAsMember } from "./support/sct-team";

// A Spec Core Team member is reminded of a proposed FCP still waiting for their
// position. The e2e server reminds after REMINDER_POSITION_DAYS=0.0002 (about 17 s,
// playwright.config.ts), so the spec lets that real time pass. The reminder is the
// member's own: it shows on their /me/feed, never on the MSC's public timeline or
// /audit. MSC3214 is in review in the snapshot and no other spec touches it.

const MSC = 3214;
const PROPOSER = "turt2live";
const REMINDED = "richvdh";

test.describe.configure({ mode: "serial" });

let proposer: SignedIn;
let reminded: SignedIn;
let undoTeam = async () => {};

test.beforeAll(async ({ browser }) => {
  proposer = await signedInContext(browser, PROPOSER);
  reminded = await signedInContext(browser, REMINDED);
  undoTeam = await ensureSctTeam(proposer.request, await showsAsMember(proposer.page));
});

test.afterAll(async () => {
  await ensureNoOpenFcp(proposer.request, MSC);
  await undoTeam();
  for (const signedIn of [proposer, reminded]) await signedIn.context.close();
});

test("a member who has not taken a position is reminded on their feed, and nowhere public", async ({ page }) => {
  await ensureNoOpenFcp(proposer.request, MSC);
  const proposed = await proposer.request.post(`/api/v1/proposals/${MSC}/fcp`, { data: { disposition: "merge" } });
  expect((await proposed.json()).ok).toBe(true);
  expect((await readProposal(proposer.request, MSC)).fcp?.phase).toBe("proposed");

  const feed = new MeFeedPage(reminded.page);
  const reminder = feed.entry(`MSC${MSC}`, /^New\s*Reminder: MSC\d+ has waited .+ for your position on FCP to merge/);
  await expect
    .poll(
      async () => {
        await feed.goto();
        return reminder.count();
      },
      { timeout: 60_000, intervals: [2_000] },
    )
    .toBeGreaterThan(0);

  // The proposer approved by proposing, so nothing reminds them.
  const proposerFeed = new MeFeedPage(proposer.page);
  await proposerFeed.goto();
  // (Other specs' rounds may have reminded them of other MSCs: only this one counts.)
  await expect(proposerFeed.entry(`MSC${MSC}`, /Reminder:/)).toHaveCount(0);

  // Public pages, read anonymously, never show whom the tracker reminded.
  await page.goto(`/proposals/${MSC}`);
  await expect(page.getByRole("region", { name: "Timeline" })).toContainText("proposed FCP to merge");
  await expect(page.getByText(/Reminder/)).toHaveCount(0);
  await page.goto(`/audit?msc=${MSC}`);
  await expect(page.getByRole("table", { name: "Audit log, newest first" })).toContainText("proposed FCP to merge");
  await expect(page.getByText(/Reminder|reminded/)).toHaveCount(0);
});
