import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { ProposalsPage } from "./pages/proposals-page";

// The server starts from the bundled snapshot of 378 real MSCs; MSC4543 is in review.
const SNAPSHOT_SIZE = 378;
const PAGES = Math.ceil(SNAPSHOT_SIZE / 50);

test.describe("proposals page", () => {
  test("lists every proposal, highest number first, in pages", async ({ page }) => {
    const proposals = new ProposalsPage(page);
    expect((await proposals.goto())?.status()).toBe(200);
    await expect(page).toHaveTitle("Proposals · MSC Tracker");
    await expect(proposals.heading).toBeVisible();
    await expect(proposals.resultsHeading).toHaveText(`${SNAPSHOT_SIZE} proposals`);
    await expect(proposals.pagination).toContainText(`Page 1 of ${PAGES}`);
    const numbers = await proposals.numbers();
    expect(numbers).toHaveLength(50);
    expect(numbers).toEqual([...numbers].sort((a, b) => b - a));

    await proposals.pagination.getByRole("link", { name: "Next" }).click();
    await expect(page).toHaveURL(/\/proposals\?page=2$/);
    await expect(proposals.pagination).toContainText(`Page 2 of ${PAGES}`);
    await expect(page.getByText(`Showing 51–100 of ${SNAPSHOT_SIZE}.`)).toBeVisible();
    await expect(proposals.pagination.getByRole("link", { name: "Previous" })).toHaveAttribute("rel", "prev");
    await expect(proposals.pagination.getByRole("link", { name: "Next" })).toHaveAttribute("rel", "next");
    expect((await proposals.numbers())[0]).toBeLessThan(numbers.at(-1)!);
  });

  test("searches by address, and links each MSC to its page", async ({ page }) => {
    const proposals = new ProposalsPage(page);
    await proposals.goto("?q=sliding+sync");
    await expect(proposals.searchBox).toHaveValue("sliding sync");
    const row = proposals.row(4543);
    await expect(row.getByRole("cell", { name: "In review" })).toBeVisible();
    await expect(
      row.getByRole("link", { name: "MSC4543: Sliding Sync Extensions: End-to-end encryption" }),
    ).toHaveAttribute("href", "/proposals/4543");
    for (const title of await proposals.table.getByRole("row").locator("td:nth-child(2)").allTextContents()) {
      expect(title).toMatch(/sliding sync/i);
    }

    await proposals.goto("?q=MSC4543");
    expect(await proposals.numbers()).toEqual([4543]);
  });

  test("filters by status and kind through the form, and the address follows", async ({ page }) => {
    const proposals = new ProposalsPage(page);
    await proposals.goto();
    await proposals.status.selectOption({ label: "Merged" });
    await proposals.kind.selectOption("core");
    await proposals.apply.click();

    // Empty fields are dropped: the address is the short, shareable one.
    await expect(page).toHaveURL(/\/proposals\?status=merged&kind=core$/);
    await expect(proposals.status).toHaveValue("merged");
    expect(new Set(await proposals.statuses())).toEqual(new Set(["Merged"]));
    await expect(proposals.statusFacet("Merged")).toHaveAttribute("aria-current", "true");

    // The status links keep the other filters and show their counts under them.
    await proposals.statusFacet("All statuses").click();
    await expect(page).toHaveURL(/\/proposals\?kind=core$/);

    await proposals.clearFilters.click();
    await expect(page).toHaveURL(/\/proposals$/);
    await expect(proposals.resultsHeading).toHaveText(`${SNAPSHOT_SIZE} proposals`);
  });

  test("sorts by a column, and a second click reverses it", async ({ page }) => {
    const proposals = new ProposalsPage(page);
    await proposals.goto("?state=open");
    await expect(proposals.columnHeader("MSC")).toHaveAttribute("aria-sort", "descending");

    await proposals.sortBy("MSC");
    await expect(page).toHaveURL(/\/proposals\?state=open&order=asc$/);
    await expect(proposals.columnHeader("MSC")).toHaveAttribute("aria-sort", "ascending");
    const ascending = await proposals.numbers();
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));

    await proposals.sortBy("Status");
    await expect(page).toHaveURL(/sort=status/);
    await expect(proposals.columnHeader("Status")).toHaveAttribute("aria-sort", "ascending");
    await expect(proposals.columnHeader("MSC")).not.toHaveAttribute("aria-sort");
    await proposals.sortBy("Status");
    await expect(proposals.columnHeader("Status")).toHaveAttribute("aria-sort", "descending");
  });

  test("works from the keyboard: Tab to the search box, type, Enter", async ({ page }) => {
    const proposals = new ProposalsPage(page);
    await proposals.goto();
    // Skip link, then the header's links and sign-in, then the search box: nothing in between.
    const stops: string[] = [];
    for (let i = 0; i < 10 && !(await proposals.searchBox.evaluate((el) => el === document.activeElement)); i++) {
      await page.keyboard.press("Tab");
      stops.push(await page.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement!.id));
    }
    expect(stops).toEqual([
      "Skip to content",
      "MSC Tracker",
      "Proposals",
      "FCPs",
      "Statistics",
      "Audit log",
      "Sign in",
      "filter-q",
    ]);

    await page.keyboard.type("encryption");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/proposals\?q=encryption$/);
    await expect(proposals.row(4543)).toBeVisible();

    // The form's controls follow in reading order.
    await proposals.searchBox.focus();
    for (const next of [proposals.status, proposals.state, proposals.kind, proposals.area, proposals.author]) {
      await page.keyboard.press("Tab");
      await expect(next).toBeFocused();
    }
  });

  test("explains an empty result and a bad address instead of failing", async ({ page }) => {
    const proposals = new ProposalsPage(page);
    await proposals.goto("?q=no+such+proposal+anywhere");
    await expect(page.getByRole("heading", { name: "No matching proposals" })).toBeVisible();
    await expect(page.getByText("No proposal matches these filters.")).toBeVisible();

    expect((await proposals.goto("?status=accepted"))?.status()).toBe(200);
    await expect(proposals.alert).toContainText("status must be one of: draft, in-review");
    await expect(page.getByRole("link", { name: "Show every proposal" })).toHaveAttribute("href", "/proposals");
  });

  for (const colorScheme of ["light", "dark"] as const) {
    test(`has no accessibility violations axe can find (${colorScheme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme });
      const proposals = new ProposalsPage(page);
      for (const search of ["?page=2", "?status=merged&sort=title", "?status=accepted"]) {
        await proposals.goto(search);
        await expect(proposals.heading).toBeVisible();
        const { violations } = await new AxeBuilder({ page }).analyze();
        expect(
          violations.map(({ id, help, nodes }) => ({ search, id, help, targets: nodes.map((n) => n.target) })),
        ).toEqual([]);
      }
    });
  }
});
