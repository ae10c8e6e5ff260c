import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { formatDateTime } from "@/lib/format/describe-countdown";
import { mscbotStatusComment } from "@/test/support/mscbot-status-comment";
import { ProposalPage } from "./pages/proposal-page";
import { deliverComment, deliverIssue } from "./support/github-webhooks";

// Two real MSCs from the bundled snapshot that no other spec touches: 4174 is put into
// a running FCP with an open concern, 4220 gets a hostile description. The snapshot
// holds no descriptions and no SCT team (the e2e server never syncs it), so the roster
// comes from mscbot's status comment, as it does for FCPs older than the team records.
const FCP_MSC = { number: 4174, title: "MSC4174: Web push" };
const HOSTILE_MSC = { number: 4220, title: "MSC4220: Local call rejection (m.call.reject_locally)" };
const RENDERED = "https://github.com/matrix-org/matrix-spec-proposals/blob/main/proposals/4174-web-push.md";
const CONCERN = "Needs a second client implementation";
const APPROVED = ["ara4n", "erikjohnston", "richvdh", "uhoreg", "anoadragon453", "turt2live", "KitsuneRal", "clokep"];
const WAITING = ["dbkr", "tulir"];
const HOUR_MS = 3_600_000;
// mscbot's duration: start + 5 days + 10 s (MSC-PROCESS.md).
const FCP_MS = 5 * 24 * HOUR_MS + 10_000;

/** mscbot's "November 27, 2026 at 14:00:10 UTC". */
function mscbotTime(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const time = `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}`;
  return `${date.toLocaleString("en-US", { month: "long", timeZone: "UTC" })} ${date.getUTCDate()}, ${date.getUTCFullYear()} at ${time} UTC`;
}

// Started 2 days 19.5 hours ago: 2 days 4.5 hours remain, so the countdown reads
// "2 days 4 hours" for half an hour whatever the machine's speed.
const startedAt = new Date(Date.now() - 67.5 * HOUR_MS);
const endsAt = new Date(Math.floor((startedAt.getTime() + FCP_MS) / 1000) * 1000);

async function putIntoFcpWithConcern(request: APIRequestContext) {
  await deliverIssue(request, {
    ...FCP_MSC,
    body: `Web push for Matrix clients.\n\n[Rendered](${RENDERED})\n\nAuthor: @p1gp1g\n\n# Proposal\n\nSome **text**.`,
    labels: ["proposal", "kind:feature", "client-server", "final-comment-period", "disposition-merge"],
  });
  const statusId = 4_174_000_001;
  const reviewers = [
    ...APPROVED.map((login) => ({ login, approved: true })),
    ...WAITING.map((login) => ({ login, approved: false })),
  ];
  await deliverComment(request, {
    number: FCP_MSC.number,
    id: statusId,
    author: "mscbot",
    at: new Date(startedAt.getTime() - 24 * HOUR_MS),
    body: mscbotStatusComment({ proposer: "turt2live", disposition: "merge", reviewers, concerns: [CONCERN] }),
  });
  const review = `https://github.com/matrix-org/matrix-spec-proposals/pull/${FCP_MSC.number}#issuecomment-${statusId}`;
  await deliverComment(request, {
    number: FCP_MSC.number,
    id: 4_174_000_002,
    author: "mscbot",
    at: startedAt,
    body:
      `:bell: This is now entering its final comment period, as per [the review](${review}) above. :bell:\n\n` +
      `The final comment period will run for 5 days until ${mscbotTime(endsAt)}.`,
  });
}

const HOSTILE_BODY = [
  "Harmless intro.",
  "",
  "<script>window.__pwned = 'script'; alert('script')</script>",
  "",
  "<img src=x onerror=\"window.__pwned = 'img'; alert('img')\">",
  "",
  "[click me](javascript:alert('md-link'))",
  "",
  "<a href=\"javascript:alert('html-link')\">html link</a>",
  "",
  "<iframe src=\"javascript:alert('iframe')\"></iframe>",
  "",
  '<div style="position:fixed;inset:0;background:red">overlay</div>',
].join("\n");

test.describe("MSC page", () => {
  test.beforeAll(async ({ playwright }, testInfo) => {
    const request = await playwright.request.newContext({ baseURL: testInfo.project.use.baseURL });
    await putIntoFcpWithConcern(request);
    await deliverIssue(request, { ...HOSTILE_MSC, body: HOSTILE_BODY, labels: ["proposal"] });
    await request.dispose();
  });

  test("shows a running FCP: banner, ballot, concern and countdown", async ({ page }) => {
    const msc = new ProposalPage(page);
    expect((await msc.goto(FCP_MSC.number))?.status()).toBe(200);
    await expect(page).toHaveTitle(`${FCP_MSC.title} · MSC Tracker`);
    await expect(msc.heading).toHaveText(FCP_MSC.title);

    await expect(msc.statusBanner).toContainText("Status: Final comment period");
    await expect(msc.statusBanner).toContainText(
      `ends on ${formatDateTime(endsAt.toISOString())}, but it will not conclude while 1 open concern is unresolved.`,
    );

    await expect(msc.countdown).toHaveText(/^Ends in 2 days 4 hours, on \d{1,2} \w{3} \d{4}, \d\d:\d\d UTC\.$/);
    const datetime = await msc.countdown.getByRole("time").getAttribute("datetime");
    expect(Date.parse(datetime ?? "")).toBe(endsAt.getTime());
    await expect(msc.progress).toContainText("8 of 8 approvals (10 members counted)");
    await expect(msc.progress).toContainText("Cannot conclude while 1 open concern remains");
    await expect(msc.progress).toContainText("No position yet from dbkr, tulir");

    await expect(msc.ballot.getByRole("row")).toHaveCount(1 + APPROVED.length + WAITING.length);
    await expect(msc.ballotRow("richvdh").getByRole("cell").first()).toHaveText("Approve");
    await expect(msc.ballotRow("dbkr").getByRole("cell").first()).toHaveText("No position yet");
    await expect(msc.concern(CONCERN)).toContainText(`Open: ${CONCERN}`);

    await expect(msc.timeline.getByRole("listitem").first()).toBeVisible();
    await expect(msc.details).toContainText("feature");
    await expect(msc.details).toContainText("client-server");
    await expect(msc.proposalText.getByRole("heading", { level: 3, name: "Proposal" })).toBeVisible();
  });

  test("links the per-MSC Atom feed, visibly and in the head", async ({ page }) => {
    const msc = new ProposalPage(page);
    await msc.goto(FCP_MSC.number);
    const feed = `/feeds/proposals/${FCP_MSC.number}.atom`;
    await expect(msc.links.getByRole("link", { name: "Feed (Atom)" })).toHaveAttribute("href", feed);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", feed);
  });

  test("renders a hostile description inert", async ({ page }) => {
    const dialogs: string[] = [];
    page.on("dialog", (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const msc = new ProposalPage(page);
    expect((await msc.goto(HOSTILE_MSC.number))?.status()).toBe(200);
    await expect(msc.proposalText).toContainText("Harmless intro.");

    // Give an injected handler the chance to fire, then click what were links in the source.
    await page.waitForLoadState("load");
    // The sanitiser strips a javascript: href entirely, so the text is no longer a link.
    await expect(msc.proposalText.getByRole("link")).toHaveCount(0);
    await msc.proposalText.getByText("click me").click();
    await msc.proposalText.getByText("html link").click();
    expect(dialogs).toEqual([]);
    expect(await page.evaluate(() => (window as { __pwned?: string }).__pwned)).toBeUndefined();

    const found = await msc.proposalText.evaluate((section) => ({
      dangerous: section.querySelectorAll("script, iframe, object, embed, style, [style]").length,
      handlers: [...section.querySelectorAll("*")].flatMap((el) =>
        el.getAttributeNames().filter((name) => name.startsWith("on")),
      ),
      jsLinks: [...section.querySelectorAll("[href], [src]")].filter((el) =>
        /^\s*javascript:/i.test(el.getAttribute("href") ?? el.getAttribute("src") ?? ""),
      ).length,
      images: section.querySelectorAll("img").length,
    }));
    expect(found).toEqual({ dangerous: 0, handlers: [], jsLinks: 0, images: 0 });
  });

  test("Tab reaches the page's links in reading order", async ({ page }) => {
    const msc = new ProposalPage(page);
    await msc.goto(FCP_MSC.number);
    const reached: string[] = [];
    for (let i = 0; i < 20 && !reached.includes("Feed (Atom)"); i++) {
      await page.keyboard.press("Tab");
      reached.push(await page.evaluate(() => document.activeElement?.textContent?.trim() ?? ""));
    }
    expect(reached[0]).toBe("Skip to content");
    const order = ["MSC Tracker", "Pull request on GitHub", "Rendered proposal", "Feed (Atom)"].map((name) =>
      reached.indexOf(name),
    );
    expect(order.every((index) => index >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    await expect(msc.links.getByRole("link", { name: "Feed (Atom)" })).toBeFocused();
  });

  test("explains an accepted MSC from the snapshot that still waits for its spec PR", async ({ page }) => {
    // Read only: MSC3061 is merged with `finished-final-comment-period` and no bot trail.
    const msc = new ProposalPage(page);
    expect((await msc.goto(3061))?.status()).toBe(200);
    await expect(msc.heading).toHaveText("MSC3061: Sharing room keys for past messages");
    await expect(msc.statusBanner).toContainText("Status: FCP finished");
    await expect(msc.statusBanner).toContainText("the proposal is accepted; it waits for the spec PR");
    await expect(msc.fcpPanel).toHaveCount(0);
    await expect(msc.links.getByRole("link", { name: "Pull request on GitHub" })).toHaveAttribute(
      "href",
      "https://github.com/matrix-org/matrix-spec-proposals/pull/3061",
    );
  });

  for (const raw of ["999999", "abc", "0042", "-1"]) {
    test(`an unknown or invalid MSC number (${raw}) shows the not-found page`, async ({ page }) => {
      const response = await page.goto(`/proposals/${raw}`);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
    });
  }

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no accessibility violations axe can find (${colorScheme})`, async ({ page }, testInfo) => {
      await page.emulateMedia({ colorScheme });
      const msc = new ProposalPage(page);
      await msc.goto(FCP_MSC.number);
      await expect(msc.ballot).toBeVisible();
      await page.screenshot({ path: testInfo.outputPath(`proposal-page-${colorScheme}.png`), fullPage: true });
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }))).toEqual([]);
    });
  }

  test("fits a 390 px phone without sideways page scrolling", async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 390, height: 844 });
    const msc = new ProposalPage(page);
    await msc.goto(FCP_MSC.number);
    await expect(msc.ballot).toBeVisible();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Kept beside the test's results for a person to look at.
    await page.screenshot({ path: testInfo.outputPath("proposal-page-390.png"), fullPage: true });
  });
});
