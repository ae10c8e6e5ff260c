import type { Locator, Page, Response } from "@playwright/test";

/** The home page as a reader sees it: status counts, the proposal tables, the footer. */
export class HomePage {
  readonly heading: Locator;
  readonly statusCounts: Locator;
  readonly openForReview: Locator;
  readonly footer: Locator;
  readonly dataDate: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Matrix spec change proposals" });
    this.statusCounts = page.getByRole("list", { name: "Proposals by status" });
    this.openForReview = page.getByRole("table", { name: "Proposals open for review" });
    this.footer = page.getByRole("contentinfo");
    this.dataDate = this.footer.getByRole("time");
  }

  async goto(): Promise<Response | null> {
    return this.page.goto("/");
  }

  /** The entry for one status, e.g. "Merged", holding its label and its count. */
  statusCount(label: string): Locator {
    // Exact, or "In review" would also match "Spec PR in review".
    return this.statusCounts.getByRole("listitem").filter({ has: this.page.getByText(label, { exact: true }) });
  }

  /** The row for one MSC in the "Open for review" table. */
  openProposalRow(number: number): Locator {
    return this.openForReview.getByRole("row").filter({
      has: this.page.getByRole("cell", { name: String(number), exact: true }),
    });
  }
}
