import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { verifyWebhookSignature } from "@/lib/notify/channels/sign-webhook";
import { startWebhookReceiver, type WebhookReceiver } from "@/test/fakes/webhook-receiver";
import { MeFeedPage } from "./pages/me-feed-page";
import { SessionControls } from "./pages/session-controls";
import { deliverIssue, type IssueFacts } from "./support/github-webhooks";
import { readFakeIssueFacts } from "./support/fake-github-issue";
import { readMail } from "./support/mail-sink";

// Issue 6's acceptance flow: a contributor follows an MSC from its page, a GitHub
// webhook moves it into proposed FCP, and /me/feed and the private Atom feed show the
// move; the contributor, who turned e-mail on, gets a mail in the local SMTP sink; an
// admin's outbound webhook receives it signed, and its delivery is logged.
// Uses MSC2448 (in review in the snapshot, touched by no other spec) and puts its
// labels back at the end, so later specs see the snapshot again.

const FOLLOWED = 2448;
const READER = "e2e-follower";
const ADMIN = "e2e-admin";
const OUTBOUND_SECRET = "e2e-outbound-secret";
const READER_ADDRESS = "e2e-follower@e2e.example";

test.describe.configure({ mode: "serial" });

let receiver: WebhookReceiver;
let feedUrl = "";
let original: IssueFacts | null = null;

test.beforeAll(async () => {
  receiver = await startWebhookReceiver();
});

// Puts the MSC's labels back even when a test failed midway.
test.afterAll(async ({ playwright }) => {
  await receiver?.close();
  if (!original) return;
  const request = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  await deliverIssue(request, original);
  await request.dispose();
});

async function signIn(page: Page, login: string) {
  await page.goto("/");
  await new SessionControls(page).signInWithGitHub(login);
  await expect(new SessionControls(page).header.getByText(`Signed in as ${login}`)).toBeVisible();
}

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

test("a contributor follows an MSC, turns e-mail on and makes a private feed link", async ({ page }) => {
  await signIn(page, READER);
  await page.goto("/me/notifications");
  await page.getByRole("checkbox", { name: "Send me e-mail about the MSCs I follow" }).check();
  await page.getByLabel("Address (optional)").fill(READER_ADDRESS);
  await page.getByRole("button", { name: "Save e-mail settings" }).click();
  await expect(page.getByRole("status")).toContainText("Saved");

  await page.goto(`/proposals/${FOLLOWED}`);
  await page.getByRole("button", { name: `Follow MSC${FOLLOWED}` }).click();
  await expect(page.getByRole("button", { name: `Unfollow MSC${FOLLOWED}` })).toBeVisible();

  const feed = new MeFeedPage(page);
  await feed.goto();
  await feed.createLinkButton.click();
  feedUrl = await feed.linkFromFlash();
  expect(feedUrl).toMatch(/\/feeds\/me\/[A-Za-z0-9_-]{40,}\.atom$/);
});

test("a status change arriving by GitHub webhook shows in the feed, the Atom feed and the outbound webhook", async ({
  page,
  request,
}) => {
  original = await readFakeIssueFacts(request, FOLLOWED);
  expect(original.labels).toContain("proposal-in-review");
  await deliverIssue(request, {
    ...original,
    labels: [
      ...original.labels.filter((l) => l !== "proposal-in-review"),
      "proposed-final-comment-period",
      "disposition-merge",
    ],
  });

  await signIn(page, READER);
  const feed = new MeFeedPage(page);
  await feed.goto();
  const entry = feed.entry(`MSC${FOLLOWED}`, /Proposed FCP/i);
  await expect(entry).toHaveCount(1);
  await expect(entry).toContainText("New");

  // The private feed needs no session: a feed reader has only the link.
  const atom = await fetchAtom(request, feedUrl);
  expect(atom).toContain(`<title type="html"><![CDATA[MSC${FOLLOWED} moved from In review to Proposed FCP]]></title>`);

  // The notifier runs every second on the e2e server (playwright.config.ts).
  await expect
    .poll(() => receiver.received.filter((hook) => hook.body.includes(`"msc":${FOLLOWED}`)).length, {
      timeout: 30_000,
    })
    .toBeGreaterThan(0);
  const delivered = receiver.received.find((hook) => hook.body.includes(`"msc":${FOLLOWED}`))!;
  expect(delivered.headers["x-msc-tracker-event"]).toBe("status.changed");
  expect(
    verifyWebhookSignature(OUTBOUND_SECRET, delivered.body, String(delivered.headers["x-msc-tracker-signature"])),
  ).toBe(true);
  expect(JSON.parse(delivered.body)).toMatchObject({ msc: FOLLOWED, to: "proposed-fcp" });

  // Mail: one, to the address entered, about this move.
  await expect
    .poll(async () => (await readMail()).filter((mail) => mail.to.includes(READER_ADDRESS)).length, { timeout: 30_000 })
    .toBe(1);
  const mail = (await readMail()).find((m) => m.to.includes(READER_ADDRESS))!;
  expect(mail.subject).toContain(`MSC${FOLLOWED} moved from In review to Proposed FCP`);
  expect(mail.text).toContain(`/proposals/${FOLLOWED}`);

  // Reading it clears the marker.
  await feed.markAllRead.click();
  await expect(feed.entry(`MSC${FOLLOWED}`, /Proposed FCP/i)).not.toContainText("New");
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
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }))).toEqual([]);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, "sideways scroll in px").toBeLessThanOrEqual(0);
      // Kept in test-results for a person to look at (the checks above are the test).
      await page.screenshot({ fullPage: true, path: testInfo.outputPath(`${colorScheme}.png`) });
    }
  });
}

test("the admin sees the delivery in the log, and the test's webhook, follow, e-mail and link are undone", async ({
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
  await page.goto("/me/notifications");
  await page.getByRole("checkbox", { name: "Send me e-mail about the MSCs I follow" }).uncheck();
  await page.getByRole("button", { name: "Save e-mail settings" }).click();
  await expect(page.getByRole("status")).toHaveText("Saved: e-mail notifications are off.");
  const feed = new MeFeedPage(page);
  await feed.goto();
  await feed.revokeLinkButton.click();
  expect((await request.get(feedUrl)).status()).toBe(404);
});
