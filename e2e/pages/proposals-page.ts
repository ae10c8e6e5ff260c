import type { Locator, Page, Response } from "@playwright/test";

/** The /proposals page as a reader sees it: the filter form, status links, the table, paging. */
export class ProposalsPage {
  readonly heading: Locator;
  readonly filters: Locator;
  readonly searchBox: Locator;
  readonly status: Locator;
  readonly state: Locator;
  readonly kind: Locator;
  readonly area: Locator;
  readonly author: Locator;
  readonly shepherd: Locator;
  readonly apply: Locator;
  readonly clearFilters: Locator;
  readonly statusFacets: Locator;
  readonly resultsHeading: Locator;
  readonly table: Locator;
  readonly pagination: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Proposals" });
    this.filters = page.getByRole("search", { name: "Filter proposals" });
    this.searchBox = this.filters.getByRole("searchbox", { name: "Search" });
    this.status = this.filters.getByRole("combobox", { name: "Status", exact: true });
    this.state = this.filters.getByRole("combobox", { name: "GitHub state" });
    this.kind = this.filters.getByRole("combobox", { name: "Kind" });
    this.area = this.filters.getByRole("combobox", { name: "Area" });
    this.author = this.filters.getByRole("textbox", { name: "Author (GitHub login)" });
    this.shepherd = this.filters.getByRole("textbox", { name: "Shepherd (GitHub login)" });
    this.apply = this.filters.getByRole("button", { name: "Apply filters" });
    this.clearFilters = this.filters.getByRole("link", { name: "Clear filters" });
    this.statusFacets = page.getByRole("navigation", { name: "By status" });
    this.resultsHeading = page.getByRole("heading", { level: 2 }).filter({ hasText: /proposals?$/ });
    this.table = page.getByRole("table", { name: "Matching proposals" });
    this.pagination = page.getByRole("navigation", { name: "Pagination" });
    // Next's route announcer is an empty alert too: take the one that says something.
    this.alert = page.getByRole("alert").filter({ hasText: /\S/ });
  }

  async goto(search = ""): Promise<Response | null> {
    return this.page.goto(`/proposals${search}`);
  }

  /** The table's row for one MSC. */
  row(number: number): Locator {
    return this.table.getByRole("row").filter({
      has: this.page.getByRole("cell", { name: String(number), exact: true }),
    });
  }

  /** The MSC numbers in the table, top to bottom. */
  async numbers(): Promise<number[]> {
    const cells = await this.table.getByRole("row").locator("td:first-child").allTextContents();
    return cells.map(Number);
  }

  /** The status each row shows, in words. */
  async statuses(): Promise<string[]> {
    return this.table.getByRole("row").locator("td:nth-child(3)").allTextContents();
  }

  columnHeader(name: string): Locator {
    return this.table.getByRole("columnheader", { name });
  }

  async sortBy(column: string): Promise<void> {
    await this.columnHeader(column).getByRole("link").click();
  }

  /** A status link with its count, e.g. "Merged". */
  statusFacet(label: string): Locator {
    return this.statusFacets.getByRole("link").filter({ has: this.page.getByText(label, { exact: true }) });
  }
}
