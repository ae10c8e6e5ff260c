import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { ProposalPage } from "./pages/proposal-page";
import { SessionControls } from "./pages/session-controls";
import { ensureCleanOpenFcp, ensureNoOpenFcp, signedInContext, type SignedIn } from "./support/fcp-requests";
import { ensureSctTeam, showsAsMember } from "./support/sct-team";

// Voting on the MSC page, as the Spec Core Team does it: every control is a plain HTML
// form posting to an action route that sends the browser back with a message. The
// browser runs with JavaScript off, so each step proves the page works without it.
// MSC4426 (User Status Profile Fields) is in review in the bundled snapshot and no
// other spec touches it; each test leaves it with no open FCP.

const MSC = 4426;
const MEMBER = "turt2live";
const CONTRIBUTOR = "voting-contributor";

test.use({ javaScriptEnabled: false });
// One worker runs the file in order; the team is made current once, and undone at the end.
test.describe.configure({ mode: "serial" });

let member: SignedIn;
let undoTeam = async () => {};
test.beforeAll(async ({ browser }) => {
  member = await signedInContext(browser, MEMBER);
  undoTeam = await ensureSctTeam(member.request, await showsAsMember(member.page));
});
test.afterAll(async () => {
  await ensureNoOpenFcp(member.request, MSC);
  await undoTeam();
  await member.context.close();
});

/** Where a form sends the browser: back to the FCP section, with a one-time message. */
const backWithMessage = new RegExp(`/proposals/${MSC}\\?flash=[\\w-]+#fcp$`);

async function noAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }))).toEqual([]);
}

test.describe("voting on an MSC page", () => {
  // A failed earlier run may have left a round open; start from none.
  test.beforeEach(async () => ensureNoOpenFcp(member.request, MSC));

  test("a member proposes FCP, changes position with a rationale, raises and resolves a concern, then cancels", async ({
    page,
  }) => {
    const msc = new ProposalPage(page);
    await msc.goto(MSC);
    await new SessionControls(page).signInWithGitHub(MEMBER);
    await msc.goto(MSC);
    await expect(msc.positionForm).toHaveCount(0);

    await msc.proposeFcp("Merge");
    await expect(page).toHaveURL(backWithMessage);
    await expect(msc.flashSuccess).toHaveText(/^FCP proposed, with your approval\./);
    await expect(msc.ballotRow(MEMBER)).toContainText("Approve");
    await expect(msc.progress).toContainText("1 of 8 approvals");
    await expect(msc.positionChoice("Approve")).toBeChecked();
    await expect(msc.proposeFcpForm).toHaveCount(0);

    await msc.takePosition("Abstain", "Waiting for a second implementation");
    await expect(msc.flashSuccess).toHaveText("Your position is recorded: you abstain.");
    await expect(msc.ballotRow(MEMBER)).toContainText("Abstain");
    await expect(msc.ballotRow(MEMBER)).toContainText("Waiting for a second implementation");
    await expect(msc.progress).toContainText("0 of 8 approvals");
    await expect(msc.positionChoice("Abstain")).toBeChecked();
    const vote = msc.timelineEntry(`${MEMBER} abstained on the FCP to merge`).last();
    await expect(vote).toContainText("Rationale: “Waiting for a second implementation”");
    await expect(vote).toContainText("source: this site");

    // The message is for the view the form returned to, not for the next visit.
    await msc.goto(MSC);
    await expect(msc.flashSuccess).toHaveCount(0);

    const concern = `Naming needs work ${Date.now()}`;
    await msc.raiseConcern(concern);
    await expect(msc.flashSuccess).toHaveText(/^Concern raised\./);
    await expect(msc.concern(concern)).toContainText(`Open: ${concern}`);
    await expect(msc.concern(concern)).toContainText(`Raised by ${MEMBER}`);
    await expect(msc.progress).toContainText("1 open concern");

    await msc.resolveConcern(concern);
    await expect(msc.flashSuccess).toHaveText("Concern resolved.");
    await expect(msc.concern(concern)).toContainText(`Resolved: ${concern}`);
    await expect(msc.concern(concern)).toContainText(`resolved by ${MEMBER}`);
    await expect(msc.timelineEntry(`${MEMBER} raised a concern: “${concern}”`)).toHaveCount(1);
    await expect(msc.timelineEntry(`${MEMBER} resolved the concern “${concern}”`)).toHaveCount(1);

    await msc.cancelFcp("Proposed too early");
    await expect(msc.flashSuccess).toHaveText(/^FCP cancelled\./);
    await expect(msc.proposeFcpForm).toBeVisible();
    await expect(msc.timelineEntry(`${MEMBER} cancelled the FCP to merge`).last()).toContainText(
      "Reason: “Proposed too early”",
    );
    // The cancelled round stays on record for everyone.
    await expect(msc.fcpPanel).toContainText("Cancelled");
  });

  test("a member is told what went wrong, and nothing is lost but the refused step", async ({ page }) => {
    const msc = new ProposalPage(page);
    await msc.goto(MSC);
    await new SessionControls(page).signInWithGitHub(MEMBER);
    await msc.goto(MSC);
    await msc.proposeFcp("Close");
    await expect(msc.flashSuccess).toBeVisible();
    // Raising the same concern twice is refused with the reason.
    await msc.raiseConcern("Duplicate check");
    await msc.raiseConcern("Duplicate check");
    await expect(msc.flashError).toHaveText(`The concern “Duplicate check” is already open on MSC${MSC}.`);
    await expect(msc.concern("Duplicate check")).toHaveCount(1);
  });
});

test.describe("voting controls, measured", () => {
  // axe and layout measurements run scripts in the page: the page itself still has none.
  test.use({ javaScriptEnabled: true });
  test.beforeEach(async () => ensureNoOpenFcp(member.request, MSC));

  test("the controls fit a phone and pass axe, in light and dark", async ({ page }) => {
    const msc = new ProposalPage(page);
    await msc.goto(MSC);
    await new SessionControls(page).signInWithGitHub(MEMBER);
    await page.setViewportSize({ width: 390, height: 844 });
    await msc.goto(MSC);
    await msc.proposeFcp("Postpone");
    await msc.raiseConcern("Layout check");
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await expect(msc.positionForm).toBeVisible();
      // Nothing wider than the screen: the page does not scroll sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await noAxeViolations(page);
      await msc.fcpPanel.screenshot({ path: test.info().outputPath(`fcp-controls-390-${colorScheme}.png`) });
    }
    // Keyboard: the position radios and the button are reachable, and focus is visible.
    await msc.positionChoice("Abstain").focus();
    const outline = await msc.positionChoice("Abstain").evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).not.toBe("none");
  });
});

test.describe("voting controls for people who cannot vote", () => {
  test("a contributor sees why, no controls, and a POST of theirs is refused with the message", async ({ page }) => {
    const round = await ensureCleanOpenFcp(member.request, MSC);
    const msc = new ProposalPage(page);
    await msc.goto(MSC);
    await expect(msc.viewerNote).toContainText("Spec Core Team members: sign in");
    await new SessionControls(page).signInWithGitHub(CONTRIBUTOR);
    await msc.goto(MSC);
    await expect(msc.viewerNote).toHaveText(
      `You are signed in as ${CONTRIBUTOR}, who is not on the Spec Core Team, so you cannot vote or raise concerns here; comment on the pull request to be heard.`,
    );
    for (const form of [msc.proposeFcpForm, msc.positionForm, msc.raiseConcernForm, msc.cancelFcpForm]) {
      await expect(form).toHaveCount(0);
    }
    await expect(msc.fcpPanel.getByRole("button")).toHaveCount(0);
    await expect(msc.ballot).toBeVisible();

    // The form a member would send, sent by a contributor's browser.
    const response = await page.request.post(`/api/v1/proposals/${MSC}/fcp/${round.id}/position`, {
      form: { position: "approve" },
      maxRedirects: 0,
    });
    expect(response.status()).toBe(303);
    await page.goto(response.headers().location!);
    await expect(msc.flashError).toHaveText("Only Spec Core Team members can vote on an FCP.");
    await expect(msc.ballotRow(CONTRIBUTOR)).toHaveCount(0);
  });
});
