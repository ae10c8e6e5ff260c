import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { HomePage } from "./pages/home-page";
import { LABELS_ONLY, putInFcpByLabelsOnly } from "./support/fcp-fixtures";

// The server starts on an empty data folder, so what the page shows is the bundled
// snapshot of real MSCs (prisma/seed/mscs-snapshot.json, data as of 18 Aug 2026).
// fcp.spec.ts runs first on the same server and adds FCPs on two MSCs; nothing here
// assumes the FCP section is empty.
const SNAPSHOT_DATE = "2026-08-18";
const DAY_MS = 86_400_000;

test.describe("home page", () => {
  test("counts proposals by status, each count linking to the filtered list", async ({ page }) => {
    const home = new HomePage(page);
    const response = await home.goto();
    expect(response?.status()).toBe(200);

    await expect(home.heading).toBeVisible();
    await expect(home.statusCount("Merged")).toHaveText(/^Merged\s*\d+$/);
    await expect(home.statusCount("Merged")).toHaveAttribute("href", "/proposals?status=merged");
    await expect(home.statusCount("In review")).toHaveAttribute("href", "/proposals?status=in-review");
    await expect(home.intro).toContainText(/^\d+ proposals tracked\. Data as of 18 Aug 2026 \(/);
  });

  test("is small: it lists what needs attention, not every open MSC", async ({ request }) => {
    const response = await request.get("/");
    const html = await response.text();
    // The old page listed every open MSC: 3.8 MB at 4,500 MSCs. This one is bounded.
    expect(html.length).toBeLessThan(100_000);
  });

  test("lists an MSC in FCP by its labels alone, marked as having no vote record", async ({ page, request }) => {
    await putInFcpByLabelsOnly(request);
    const home = new HomePage(page);
    await home.goto();
    const { active } = home.fcp;
    await expect(await home.fcp.cell(active, LABELS_ONLY.number, "Title")).toHaveText(LABELS_ONLY.title);
    await expect(await home.fcp.cell(active, LABELS_ONLY.number, "Disposition")).toHaveText("merge");
    await expect(await home.fcp.cell(active, LABELS_ONLY.number, "Ends")).toHaveText("No vote record");
  });

  test("lists at most a dozen recent changes, each linking to its MSC and saying what changed", async ({ page }) => {
    const home = new HomePage(page);
    await home.goto();
    const items = home.recentChanges.getByRole("listitem");
    const count = await items.count();
    expect(count).toBeGreaterThan(0);
    expect(count).toBeLessThanOrEqual(12);
    for (const item of await items.all()) {
      await expect(item.getByRole("link")).toHaveAttribute("href", /^\/proposals\/\d+$/);
      await expect(item).toContainText(/(opened|merged|closed|updated on GitHub|moved from|added as|FCP \w+)/);
      await expect(item.getByRole("time")).toHaveAttribute("datetime", /^\d{4}-\d\d-\d\dT/);
    }
  });

  test("says the data comes from the snapshot and how old it is", async ({ page }) => {
    const home = new HomePage(page);
    const before = Date.now();
    await home.goto();
    const dateTime = (await home.dataDate.getAttribute("datetime")) ?? "";
    const footerText = (await home.footer.textContent()) ?? "";
    const after = Date.now();

    expect(dateTime).toMatch(new RegExp(`^${SNAPSHOT_DATE}T`));
    await expect(home.dataDate).toHaveText("18 Aug 2026");
    await expect(home.footer).toContainText("from the snapshot bundled with the tracker; no GitHub sync has run yet.");

    // The server computed the age at some moment between `before` and `after`; a day
    // boundary may fall in between, so either count is right.
    const shown = /\((updated today|\d+ days? old)\)/.exec(footerText)?.[1];
    expect([before, after].map((now) => describeAge(now - Date.parse(dateTime)))).toContain(shown);
  });

  // Both schemes: every colour in the components has a dark variant that must pass too.
  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no accessibility violations axe can find (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const home = new HomePage(page);
      await home.goto();
      await expect(home.heading).toBeVisible();

      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }))).toEqual([]);
    });
  }
});

test("an unknown address shows the not-found page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Page not found" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Back to all proposals" })).toHaveAttribute("href", "/");
});

// Mirrors lib/format/describe-age.ts from the outside: what a reader should see.
function describeAge(ageMs: number): string {
  const days = Math.floor(ageMs / DAY_MS);
  if (days <= 0) return "updated today";
  return days === 1 ? "1 day old" : `${days} days old`;
}
