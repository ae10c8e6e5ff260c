import type { Locator, Page, Response } from "@playwright/test";
import { FcpTables } from "./fcp-tables";

/** The home page as a reader sees it: status counts, FCPs, recent changes, the footer. */
export class HomePage {
  readonly heading: Locator;
  readonly intro: Locator;
  readonly statusCounts: Locator;
  readonly fcpSection: Locator;
  readonly fcp: FcpTables;
  readonly recentChanges: Locator;
  readonly footer: Locator;
  readonly dataDate: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Matrix spec change proposals" });
    this.intro = page.getByRole("region", { name: "Matrix spec change proposals" }).getByRole("paragraph");
    this.statusCounts = page.getByRole("list", { name: "Proposals by status" });
    this.fcpSection = page.getByRole("region", { name: "Final comment period" });
    this.fcp = new FcpTables(page, this.fcpSection);
    this.recentChanges = page.getByRole("list", { name: "Recently changed proposals" });
    this.footer = page.getByRole("contentinfo");
    this.dataDate = this.footer.getByRole("time");
  }

  async goto(): Promise<Response | null> {
    return this.page.goto("/");
  }

  /** The link for one status, e.g. "Merged", holding its label and its count. */
  statusCount(label: string): Locator {
    // Exact, or "In review" would also match "Spec PR in review".
    return this.statusCounts.getByRole("link").filter({ has: this.page.getByText(label, { exact: true }) });
  }

  /** The entry for one MSC in the recently changed list. */
  recentChange(number: number): Locator {
    return this.recentChanges
      .getByRole("listitem")
      .filter({ has: this.page.getByRole("link", { name: `MSC${number}`, exact: true }) });
  }
}
