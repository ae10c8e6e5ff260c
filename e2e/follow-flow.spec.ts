import { expect, test, type APIRequestContext } from "@playwright/test";
import { verifyWebhookSignature } from "@/lib/notify/channels/sign-webhook";
import { startWebhookReceiver, type WebhookReceiver } from "@/test/fakes/webhook-receiver";
import { MeFeedPage } from "./pages/me-feed-page";
import { deliverIssue, type IssueFacts } from "./support/github-webhooks";
import { readFakeIssueFacts } from "./support/fake-github-issue";
import { readMail } from "./support/mail-sink";
import { signIn, axeViolations } from "./support/page-checks";

// Issue 6's acceptance flow: a contributor follows an MSC from its page and saves the
// search "kind core, in FCP"; GitHub webhooks move that MSC into proposed FCP and
// another, core MSC into FCP, which the saved search then follows by itself. /me/feed
// and the private Atom feed show both moves; the contributor, who turned e-mail on, gets
// a mail for each in the local SMTP sink; an admin's outbound webhook receives them
// signed, and the deliveries are logged. Uses MSC2448 and MSC3489 (in review in the
// snapshot, touched by no other spec) and puts their labels back at the end.

const FOLLOWED = 2448;
const SEARCHED = 3489;
const SEARCH_VIEW = "/proposals?status=fcp&kind=core";
const SEARCH_NAME = "Core MSCs in FCP";
const READER = "e2e-follower";
const ADMIN = "e2e-admin";
const OUTBOUND_SECRET = "e2e-outbound-secret";
const READER_ADDRESS = "e2e-follower@e2e.example";

test.describe.configure({ mode: "serial" });

let receiver: WebhookReceiver;
let feedUrl = "";
const originals: IssueFacts[] = [];

test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});

// Puts the MSCs' labels back even when a test failed midway.
test.afterAll(async ({ playwright }) => {
  await receiver?.close();
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  for (const original of originals) await deliverIssue(request, original);
  await request.dispose();
});

/** The MSC's facts as GitHub holds them, kept for putting back, with its state label swapped. */
async function moveByWebhook(request: APIRequestContext, number: number, to: string[]) {
  const original = await readFakeIssueFacts(request, number);
  expect(original.labels).toContain("proposal-in-review");
  originals.push(original);
  const labels = [...original.labels.filter((l) => l !== "proposal-in-review"), ...to];
  await deliverIssue(request, { ...original, labels });
}

const sentTo = (msc: number) => receiver.received.filter((hook) => hook.body.includes(`"msc":${msc},`));

async function fetchAtom(request: APIRequestContext, url: string): Promise<string> {
  const response = await request.get(url);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  return response.text();
}

test("an admin registers an outbound webhook for status changes", async ({ page }) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/notifications");
  await page.getByLabel("URL (http or https)").fill(`${receiver.url}/hooks/e2e-follow-flow`);
  await page.getByLabel("Secret (optional)").fill(OUTBOUND_SECRET);
  await page.getByLabel("Reason (recorded in the audit log)").fill("e2e: the follow flow's receiver");
  await page.getByRole("button", { name: "Register webhook" }).click();
  await expect(page.getByRole("status")).toContainText("with the secret you entered");
});

test("a contributor follows an MSC and a saved search, turns e-mail on and makes a private feed link", async ({
  page,
}) => {
  await signIn(page, READER);
  await page.goto("/me/notifications");
  await page.getByRole("checkbox", { name: "Send me e-mail about the MSCs I follow" }).check();
  await page.getByLabel("Address (optional)").fill(READER_ADDRESS);
  await page.getByRole("button", { name: "Save e-mail settings" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");

  await page.goto(`/proposals/${FOLLOWED}`);
  await page.getByRole("button", { name: `Follow MSC${FOLLOWED}` }).click();
  await expect(page.getByRole("button", { name: `Unfollow MSC${FOLLOWED}` })).toBeVisible();

  await page.goto(SEARCH_VIEW);
  const save = page.getByRole("region", { name: "Follow this search" });
  await save.getByRole("textbox", { name: "Name" }).fill(SEARCH_NAME);
  await save.getByRole("button", { name: "Follow this search" }).click();
  await expect(save.getByRole("status")).toContainText(`Saved the search “${SEARCH_NAME}”`);
  await page.goto("/me");
  await expect(page.getByRole("region", { name: /^Saved searches/ })).toContainText(SEARCH_NAME);
  await expect(
    page.getByRole("region", { name: /Proposals I follow/ }).getByRole("link", { name: `MSC${SEARCHED}` }),
  ).toHaveCount(0);

  const feed = new MeFeedPage(page);
  await feed.goto();
  await feed.createLinkButton.click();
  feedUrl = await feed.linkFromFlash();
  expect(feedUrl).toMatch(/\/feeds\/me\/[A-Za-z0-9_-]{40,}\.atom$/);
});

test("status changes arriving by GitHub webhook show in the feed, the Atom feed, e-mail and the outbound webhook", async ({
  page,
  request,
}) => {
  await moveByWebhook(request, FOLLOWED, ["proposed-final-comment-period", "disposition-merge"]);
  await moveByWebhook(request, SEARCHED, ["final-comment-period", "disposition-merge"]);
  const moves = [
    { msc: FOLLOWED, headline: `MSC${FOLLOWED} moved from In review to Proposed FCP`, to: "proposed-fcp" },
    { msc: SEARCHED, headline: `MSC${SEARCHED} moved from In review to Final comment period`, to: "fcp" },
  ];

  await signIn(page, READER);
  const feed = new MeFeedPage(page);
  await feed.goto();
  for (const { msc, headline } of moves) {
    const entry = feed.entry(`MSC${msc}`, new RegExp(headline));
    await expect(entry).toHaveCount(1);
    await expect(entry).toContainText("New");
  }
  // The saved search followed the MSC that came to match it.
  await page.goto("/me");
  const searched = page
    .getByRole("region", { name: /Proposals I follow/ })
    .getByRole("listitem")
    .filter({ has: page.getByRole("link", { name: `MSC${SEARCHED}` }) });
  await expect(searched).toContainText(`via search “${SEARCH_NAME}”`);

  // The private feed needs no session: a feed reader has only the link.
  const atom = await fetchAtom(request, feedUrl);
  for (const { headline } of moves) expect(atom).toContain(`<title type="html"><![CDATA[${headline}]]></title>`);

  // The notifier runs every second on the e2e server (playwright.config.ts).
  for (const { msc, to } of moves) {
    await expect.poll(() => sentTo(msc).length, { timeout: 30_000 }).toBeGreaterThan(0);
    const delivered = sentTo(msc)[0]!;
    expect(delivered.headers["x-msc-tracker-event"]).toBe("status.changed");
    const signature = String(delivered.headers["x-msc-tracker-signature"]);
    expect(verifyWebhookSignature(OUTBOUND_SECRET, delivered.body, signature)).toBe(true);
    expect(JSON.parse(delivered.body)).toMatchObject({ msc, to });
  }

  // Mail: one per move, to the address entered; the saved search's new match included.
  const mailTo = async () => (await readMail()).filter((mail) => mail.to.includes(READER_ADDRESS));
  await expect.poll(async () => (await mailTo()).length, { timeout: 30_000 }).toBe(moves.length);
  for (const { msc, headline } of moves) {
    const mail = (await mailTo()).find((m) => m.subject?.includes(headline));
    expect(mail?.text).toContain(`/proposals/${msc}`);
  }

  // Reading them clears the markers.
  await feed.goto();
  await feed.markAllRead.click();
  for (const { msc, headline } of moves) {
    await expect(feed.entry(`MSC${msc}`, new RegExp(headline))).not.toContainText("New");
  }
});

// The signed-in views of the personal and notification pages, with this flow's data on
// them: axe in both colour schemes, and no sideways scrolling on a 390 px phone.
for (const { login, path, heading } of [
  { login: READER, path: "/me/feed", heading: "My feed" },
  { login: READER, path: "/me/notifications", heading: "My notifications" },
  { login: ADMIN, path: "/admin/notifications", heading: "Webhooks and deliveries" },
]) {
  test(`${path}, signed in, passes axe and fits a phone in light and dark`, async ({ page }, testInfo) => {
    await signIn(page, login);
    await page.setViewportSize({ width: 390, height: 844 });
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1, name: heading })).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "sideways scroll in px").toBeLessThanOrEqual(0);
      // Kept in test-results for a person to look at (the checks above are the test).
      await page.screenshot({ fullPage: true, path: testInfo.outputPath(`${colorScheme}.png`) });
    }
  });
}

test("the admin sees the deliveries in the log, and the test's webhook, follows, e-mail and link are undone", async ({
  page,
  request,
}) => {
  await signIn(page, ADMIN);
  await page.goto("/admin/notifications");
  const deliveries = page.getByRole("table", { name: "Latest notification deliveries" });
  await expect(
    deliveries.getByRole("row").filter({ hasText: "webhook" }).filter({ hasText: "sent" }).first(),
  ).toBeVisible();
  const hooks = page.getByRole("table", { name: "Registered webhooks" });
  const row = hooks.getByRole("row").filter({ hasText: "/hooks/e2e-follow-flow" });
  await row.getByPlaceholder("Reason").last().fill("e2e follow flow is done");
  await row.getByRole("button", { name: "Delete" }).click();
  await expect(hooks.getByRole("row").filter({ hasText: "/hooks/e2e-follow-flow" })).toHaveCount(0);

  await page.context().clearCookies();
  await signIn(page, READER);
  await page.goto(`/proposals/${FOLLOWED}`);
  await page.getByRole("button", { name: `Unfollow MSC${FOLLOWED}` }).click();
  await expect(page.getByRole("button", { name: `Follow MSC${FOLLOWED}` })).toBeVisible();
  await page.goto("/me");
  await page.getByRole("button", { name: `Delete the saved search ${SEARCH_NAME}` }).click();
  await expect(page.getByRole("link", { name: `MSC${SEARCHED}` })).toHaveCount(0);
  await page.goto("/me/notifications");
  await page.getByRole("checkbox", { name: "Send me e-mail about the MSCs I follow" }).uncheck();
  await page.getByRole("button", { name: "Save e-mail settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved: e-mail notifications are off.");
  const feed = new MeFeedPage(page);
  await feed.goto();
  await feed.revokeLinkButton.click();
  expect((await request.get(feedUrl)).status()).toBe(404);
});
