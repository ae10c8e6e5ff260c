import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { CHART_TITLES, StatsPage } from "./pages/stats-page";

// The server starts on an empty data folder, so the page shows the bundled snapshot
// (378 real MSCs, data as of 18 Aug 2026): few opening dates, no label history.

test.describe("statistics page", () => {
  test("shows each chart with its numbers as a table", async ({ page }) => {
    const stats = new StatsPage(page);
    expect((await stats.goto())?.status()).toBe(200);
    await expect(stats.heading).toBeVisible();

    for (const title of CHART_TITLES) {
      await expect(stats.chart(title)).toBeVisible();
      expect(await (await stats.dataRows(title)).count()).toBeGreaterThan(0);
    }
    // The snapshot's merges from 2018 on are in the status chart's last row.
    const statusRows = await stats.dataRows(CHART_TITLES[0]);
    await expect(statusRows.last().getByRole("rowheader")).toHaveText("Aug 2026");
    await expect(stats.section(CHART_TITLES[0])).toContainText("of 378 MSCs have a known opening date");
  });

  test("lists stalled MSCs for the threshold in the address, linking to each", async ({ page }) => {
    const stats = new StatsPage(page);
    await stats.goto();
    await expect(stats.stalledHeading).toHaveText(/no activity for 6 months \((\d+)\)$/);
    const sixMonths = await stats.stalledTable.locator("tbody tr").count();
    expect(sixMonths).toBeGreaterThan(0);
    // MSC4412 was opened on 2 Feb 2026: idle more than 6 months by 18 Aug 2026, not 12.
    await expect(stats.stalledRow(4412).getByRole("link")).toHaveAttribute("href", "/proposals/4412");

    await stats.goto("?stalled_months=12");
    await expect(stats.stalledHeading).toHaveText(/no activity for 12 months \((\d+)\)$/);
    const twelveMonths = await stats.stalledTable.locator("tbody tr").count();
    expect(twelveMonths).toBeLessThan(sixMonths);
    await expect(stats.stalledRow(4412)).toHaveCount(0);
  });

  test("explains a bad threshold instead of failing", async ({ page }) => {
    const stats = new StatsPage(page);
    expect((await stats.goto("?stalled_months=soon"))?.status()).toBe(200);
    await expect(stats.stalled.getByRole("alert")).toContainText("stalled_months must be a whole number from 1 to 120");
    await expect(stats.stalledHeading).toHaveText(/no activity for 6 months/);
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no accessibility violations axe can find (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const stats = new StatsPage(page);
      await stats.goto();
      // Open every data table too, so that axe checks them.
      for (const title of CHART_TITLES) await stats.dataRows(title);
      const { violations } = await new AxeBuilder({ page }).analyze();
      expect(violations.map(({ id, help, nodes }) => ({ id, help, targets: nodes.map((n) => n.target) }))).toEqual([]);
    });
  }
});
