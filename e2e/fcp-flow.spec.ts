import { expect, test, type APIRequestContext, type Browser } from "@playwright/test";
import type { FcpRoundDto } from "@/lib/fcp/fcp-dto";
import { AuditPage } from "./pages/audit-page";
import { ProposalPage } from "./pages/proposal-page";
import { SessionControls } from "./pages/session-controls";
import { readFakeIssue } from "./support/fake-github-issue";
import { readProposal, signedInContext, type SignedIn } from "./support/fcp-requests";
import { ensureSctTeam, showsAsMember } from "./support/sct-team";

// One FCP from proposal to its end, as the Spec Core Team runs it on the site: a member
// signs in and proposes, others approve (some on the page, some through the JSON API),
// the round starts, a concern raised during FCP holds it past its end, and resolving
// the concern finishes it. Then an anonymous reader sees it all on the page, the feeds
// and the audit log. playwright.config.ts makes a round last about 26 s
// (FCP_DURATION_DAYS) and sweeps every second, so "the clock is advanced" is real time
// passing. MSC4332 (In-room bot commands) is in review in the bundled snapshot and no
// other spec touches it; it stays FCP finished afterwards (a finished round cannot be
// undone), which no other spec reads.

const MSC = 4332;
const PROPOSER = "turt2live";
/** Approve on the page, each in their own browser; the last one's approval starts the round. */
const PAGE_APPROVERS = ["richvdh", "uhoreg"] as const;
/** Approve through POST /api/v1/proposals/{n}/fcp/{round}/position from their signed-in browsers. */
const JSON_APPROVERS = ["ara4n", "erikjohnston", "dbkr", "anoadragon453", "KitsuneRal"] as const;
const RAISER = "tulir";
const RESOLVER = "clokep";
const CONCERN = `The bot command grammar needs a worked example ${Date.now()}`;
const DAY_MS = 86_400_000;

test.describe.configure({ mode: "serial" });

const signedIn = new Map<string, SignedIn>();
let undoTeam = async () => {};

async function member(browser: Browser, login: string): Promise<SignedIn> {
  const known = signedIn.get(login);
  if (known) return known;
  const session = await signedInContext(browser, login);
  signedIn.set(login, session);
  return session;
}

/** The open or latest round, read through a signed-in context (never from the response cache). */
async function currentRound(request: APIRequestContext): Promise<FcpRoundDto> {
  const { fcp } = await readProposal(request, MSC);
  expect(fcp, `MSC${MSC} has an FCP round`).not.toBeNull();
  return fcp!;
}

test.beforeAll(async ({ browser }) => {
  const first = await member(browser, PAGE_APPROVERS[0]);
  undoTeam = await ensureSctTeam(first.request, await showsAsMember(first.page));
  // The concern has to land inside a 26 s period: its raiser and resolver sign in now.
  await member(browser, RAISER);
  await member(browser, RESOLVER);
});

test.afterAll(async () => {
  await undoTeam();
  for (const session of signedIn.values()) await session.context.close();
});

test("a member signs in from the header and proposes FCP to merge with the page's form", async ({ browser }) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  signedIn.set(PROPOSER, { context, page, request: context.request });
  const msc = new ProposalPage(page);
  await msc.goto(MSC);
  await expect(msc.statusBanner).toHaveAccessibleName("Status: In review");
  const session = new SessionControls(page);
  await session.signInWithGitHub(PROPOSER);
  await expect(session.header.getByText(`Signed in as ${PROPOSER}`)).toBeVisible();
  await msc.goto(MSC);

  await msc.proposeFcp("Merge");
  await expect(msc.flashSuccess).toHaveText(/^FCP proposed, with your approval\./);
  await expect(msc.statusBanner).toHaveAccessibleName("Status: Proposed FCP");
  await expect(msc.ballotRow(PROPOSER)).toContainText("Approve");
  await expect(msc.progress).toContainText("1 of 8 approvals (10 members counted)");
  await expect(msc.progress).toContainText("Needs 7 more approvals");
  await expect(msc.fcpFact("Phase")).toHaveText("Proposed, collecting approvals");
});

test("the others approve, on the page and through the JSON API, and the eighth approval starts FCP", async ({
  browser,
}) => {
  const round = await currentRound(signedIn.get(PROPOSER)!.request);
  expect(round).toMatchObject({ phase: "proposed", disposition: "merge", required: 8, approvals: 1 });

  const first = new ProposalPage((await member(browser, PAGE_APPROVERS[0])).page);
  await first.goto(MSC);
  await first.takePosition("Approve", "Ready: two implementations exist");
  await expect(first.flashSuccess).toHaveText("Your position is recorded: you approve.");
  await expect(first.progress).toContainText("2 of 8 approvals");

  for (const login of JSON_APPROVERS) {
    const { request } = await member(browser, login);
    const response = await request.post(`/api/v1/proposals/${MSC}/fcp/${round.id}/position`, {
      data: { position: "approve" },
    });
    const result = await response.json();
    expect(result, `${login}'s approval`).toMatchObject({ ok: true, data: { position: "approve", started: false } });
  }

  const last = new ProposalPage((await member(browser, PAGE_APPROVERS[1])).page);
  await last.goto(MSC);
  await expect(last.progress).toContainText("7 of 8 approvals");
  await last.takePosition("Approve");
  await expect(last.flashSuccess).toHaveText(
    "Your position is recorded: you approve. That was the last thing missing: the final comment period has started.",
  );
  await expect(last.statusBanner).toHaveAccessibleName("Status: Final comment period");
  await expect(last.fcpFact("Phase")).toHaveText("Running");
  await expect(last.countdown).toHaveText(/^Ends in less than a minute, on \d{1,2} \w{3} \d{4}, \d\d:\d\d UTC\.$/);
  await expect(last.progress).toContainText("8 of 8 approvals");

  const started = await currentRound(last.page.request);
  expect(started).toMatchObject({ phase: "active", approvals: 8, open_concerns: 0 });
  // The end is stored when the round starts: start + FCP_DURATION_DAYS.
  expect(Date.parse(started.ends_at!) - Date.parse(started.started_at!)).toBe(Math.round(0.0003 * DAY_MS));
  const datetime = await last.countdown.getByRole("time").getAttribute("datetime");
  expect(datetime).toBe(started.ends_at);
});

test("a concern raised during FCP holds it past its end; resolving it finishes the FCP at once", async ({
  browser,
}) => {
  const raiser = new ProposalPage((await member(browser, RAISER)).page);
  await raiser.goto(MSC);
  await raiser.raiseConcern(CONCERN);
  await expect(raiser.flashSuccess).toHaveText(/^Concern raised\./);
  await expect(raiser.concern(CONCERN)).toContainText(`Open: ${CONCERN}`);
  await expect(raiser.progress).toContainText("Cannot conclude while 1 open concern remains");

  const round = await currentRound(raiser.page.request);
  const endsAt = Date.parse(round.ends_at!);
  // Raised while the period ran: otherwise the sweep had finished it and this test says nothing.
  expect(round.phase, "the concern was raised before the period ended").toBe("active");
  expect(Date.parse(round.concerns.find((c) => c.text === CONCERN)!.raised_at)).toBeLessThan(endsAt);

  // The clock passes the stored end. Then two more sweeps (FCP_SWEEP_SECONDS=1) get the
  // chance to finish the round wrongly before the page is checked.
  const resolver = new ProposalPage((await member(browser, RESOLVER)).page);
  await expect(async () => {
    await resolver.goto(MSC);
    await expect(resolver.countdown).toHaveText(/^Period over on .+; waiting for 1 concern to be resolved\.$/, {
      timeout: 1_000,
    });
  }).toPass({ timeout: Math.max(0, endsAt - Date.now()) + 30_000, intervals: [1_000] });
  await resolver.page.waitForTimeout(Math.max(0, endsAt + 2_500 - Date.now()));
  await resolver.goto(MSC);
  await expect(resolver.statusBanner).toHaveAccessibleName("Status: Final comment period");
  await expect(resolver.nextStep).toHaveText(
    /ended on .+ UTC, but it cannot conclude until 1 open concern is resolved\.$/,
  );
  await expect(resolver.countdown).toHaveText(/; waiting for 1 concern to be resolved\.$/);
  await expect(resolver.fcpFact("Phase")).toHaveText("Running");
  const held = await readProposal(resolver.page.request, MSC);
  expect(held).toMatchObject({ status: "fcp", fcp: { phase: "active", completed_at: null, open_concerns: 1 } });

  await resolver.resolveConcern(CONCERN);
  await expect(resolver.flashSuccess).toHaveText("Concern resolved. The final comment period is now complete.");
  await expect(resolver.statusBanner).toHaveAccessibleName("Status: FCP finished");
  await expect(resolver.fcpFact("Phase")).toHaveText("Finished");
  await expect(resolver.fcpFact("Completed")).toBeVisible();
  await expect(resolver.countdown).toHaveCount(0);
  await expect(resolver.concern(CONCERN)).toContainText(`Resolved: ${CONCERN}`);
  // A finished round takes no more positions or concerns.
  await expect(resolver.positionForm).toHaveCount(0);
  await expect(resolver.raiseConcernForm).toHaveCount(0);

  const finished = await readProposal(resolver.page.request, MSC);
  expect(finished).toMatchObject({ status: "fcp-finished", fcp: { phase: "finished", open_concerns: 0 } });
  // Finished when the concern went, after the period's end; the end did not move.
  expect(finished.fcp!.ends_at).toBe(round.ends_at);
  expect(Date.parse(finished.fcp!.completed_at!)).toBeGreaterThan(endsAt);
  expect(finished.fcp!.completed_at).toBe(finished.fcp!.concerns[0]!.resolved_at);
});

test("an anonymous reader sees the finished FCP on the page, the feeds and the audit log", async ({
  page,
  request,
  baseURL,
}) => {
  const msc = new ProposalPage(page);
  // The anonymous page may be a copy up to RESPONSE_CACHE_SECONDS old.
  await expect(async () => {
    await msc.goto(MSC);
    await expect(msc.statusBanner).toHaveAccessibleName("Status: FCP finished", { timeout: 1_000 });
  }).toPass({ timeout: 15_000, intervals: [1_000] });
  await expect(msc.nextStep).toContainText("The final comment period finished and the proposal is accepted");
  await expect(msc.viewerNote).toHaveCount(0);
  await expect(msc.fcpPanel.getByRole("button")).toHaveCount(0);
  await expect(msc.fcpFact("Phase")).toHaveText("Finished");
  await expect(msc.fcpFact("Disposition")).toHaveText("merge");
  await expect(msc.fcpFact("Proposed")).toContainText(`by ${PROPOSER} on`);

  const approvers = [PROPOSER, ...PAGE_APPROVERS, ...JSON_APPROVERS];
  for (const login of approvers) await expect(msc.ballotRow(login)).toContainText("Approve");
  await expect(msc.ballotRow(PAGE_APPROVERS[0])).toContainText("Ready: two implementations exist");
  for (const login of [RAISER, RESOLVER]) await expect(msc.ballotRow(login)).toContainText("No position yet");

  await expect(msc.concern(CONCERN)).toContainText(`Resolved: ${CONCERN}`);
  await expect(msc.concern(CONCERN)).toContainText(`Raised by ${RAISER} on`);
  await expect(msc.concern(CONCERN)).toContainText(`resolved by ${RESOLVER} on`);

  const timeline = [
    `${PROPOSER} proposed FCP to merge`,
    "The status changed from in review to proposed FCP",
    ...approvers.slice(1).map((login) => `${login} approved the FCP to merge`),
    "FCP to merge started; it ends",
    "The status changed from proposed FCP to FCP",
    `${RAISER} raised a concern: “${CONCERN}”`,
    `${RESOLVER} resolved the concern “${CONCERN}”`,
    "FCP to merge finished",
    "The status changed from FCP to FCP finished",
  ];
  for (const entry of timeline) await expect(msc.timelineEntry(entry), entry).toHaveCount(1);
  await page.screenshot({ path: test.info().outputPath("msc-fcp-finished.png"), fullPage: true });

  const moves = [
    "In review to Proposed FCP",
    "Proposed FCP to Final comment period",
    "Final comment period to FCP finished",
  ];
  await expect(async () => {
    const status = await (await request.get("/feeds/status.atom")).text();
    for (const move of moves) expect(status).toContain(`<![CDATA[MSC${MSC} moved from ${move}]]>`);
  }).toPass({ timeout: 15_000, intervals: [1_000] });
  const feed = await request.get(`/feeds/proposals/${MSC}.atom`);
  expect(feed.status()).toBe(200);
  const own = await feed.text();
  for (const move of moves) expect(own).toContain(`<![CDATA[MSC${MSC} moved from ${move}]]>`);
  expect(own).toContain(`<![CDATA[MSC${MSC}: FCP proposed to merge]]>`);
  expect(own).toMatch(new RegExp(`<!\\[CDATA\\[MSC${MSC}: FCP started to merge, ends [^\\]]+ UTC\\]\\]>`));
  expect(own).toContain(`<![CDATA[MSC${MSC}: FCP finished to merge]]>`);
  expect(own).toContain(`<link href="${baseURL}/proposals/${MSC}"/>`);

  const audit = new AuditPage(page);
  await audit.goto(`?msc=${MSC}`);
  await expect(audit.heading).toBeVisible();
  for (const login of approvers.slice(1)) {
    await expect(audit.row(`${login} approved the FCP to merge`)).toHaveCount(1);
  }
  await expect(audit.row(`${RAISER} raised a concern: “${CONCERN}”`)).toHaveCount(1);
  await expect(audit.row(`${RESOLVER} resolved the concern “${CONCERN}”`)).toHaveCount(1);
  await expect(audit.row(`${PROPOSER} proposed FCP to merge`)).toHaveCount(1);
  await expect(audit.row("FCP to merge finished")).toHaveCount(1);
});

test("GitHub shows the finished FCP as mscbot would: its labels and comments", async ({ request }) => {
  const approvers = [PROPOSER, ...PAGE_APPROVERS, ...JSON_APPROVERS];
  // Write-back runs a couple of seconds after each change (GITHUB_WRITE_BACK=on), and
  // adds the new label before it takes the old ones away, last of all it writes.
  await expect(async () => {
    const issue = await readFakeIssue(request, MSC);
    expect(issue.labels).toContain("finished-final-comment-period");
    for (const gone of ["proposed-final-comment-period", "final-comment-period", "disposition-merge"]) {
      expect(issue.labels).not.toContain(gone);
    }
    expect(issue.comments.map((c) => c.body).join("\n")).toContain("is now **complete**.");
  }).toPass({ timeout: 30_000, intervals: [1_000] });

  const { comments } = await readFakeIssue(request, MSC);
  const own = comments.filter((c) => /<!-- msc-tracker round=\d+ kind=\w+ -->/.test(c.body));
  expect(own.map((c) => c.author)).toEqual(["msc-tracker-bot", "msc-tracker-bot", "msc-tracker-bot"]);
  const [status, start, end] = own.map((c) => c.body);
  expect(status).toMatch(
    new RegExp(`^Team member @${PROPOSER} has proposed to \\*\\*merge\\*\\* this\\. The next step is review`),
  );
  for (const login of approvers) expect(status).toContain(`- [x] @${login}\n`);
  for (const login of [RAISER, RESOLVER]) expect(status).toContain(`- [ ] @${login}\n`);
  expect(status).toContain(`Concerns:\n\n* ~~${CONCERN}~~`);
  expect(start).toMatch(
    /^:bell: This is now entering its final comment period, as per \[the review\]\(.+#issuecomment-\d+\) above\. :bell:\n\nThe final comment period will run for 26 seconds until \w+ \d{1,2}, \d{4} at \d\d:\d\d:\d\d UTC\./,
  );
  expect(end).toMatch(
    /^The final comment period, with a disposition to \*\*merge\*\*, as per \[the review\]\(.+#issuecomment-\d+\) above, is now \*\*complete\*\*\./,
  );
});
