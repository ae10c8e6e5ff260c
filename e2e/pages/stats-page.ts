import type { Locator, Page, Response } from "@playwright/test";

export const CHART_TITLES = [
  "MSCs per status over time",
  "Time from opening to FCP to merge, by kind",
  "Throughput per quarter",
] as const;

/** /stats as a reader sees it: a section per chart with its data table, and the stalled list. */
export class StatsPage {
  readonly heading: Locator;
  readonly stalled: Locator;
  readonly stalledHeading: Locator;
  readonly stalledTable: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Statistics" });
    this.stalledHeading = page.getByRole("heading", { level: 2, name: /^Stalled MSCs/ });
    this.stalled = page.getByRole("region", { name: /^Stalled MSCs/ });
    this.stalledTable = this.stalled.getByRole("table", { name: "Stalled MSCs, longest idle first" });
  }

  async goto(query = ""): Promise<Response | null> {
    return this.page.goto(`/stats${query}`);
  }

  /** The section of one chart, named by its heading. */
  section(title: string): Locator {
    return this.page.getByRole("region", { name: title, exact: true });
  }

  /** The chart itself: one image named by its title. */
  chart(title: string): Locator {
    return this.section(title).getByRole("img", { name: new RegExp(`^${title}`) });
  }

  /** Opens (if closed) the chart's "Data as a table" and returns the table's body rows. */
  async dataRows(title: string): Promise<Locator> {
    const section = this.section(title);
    const details = section.locator("details");
    if (!(await details.evaluate((d: HTMLDetailsElement) => d.open)))
      await section.getByText("Data as a table").click();
    return section.getByRole("table").locator("tbody tr");
  }

  stalledRow(number: number): Locator {
    return this.stalledTable.getByRole("row").filter({ has: this.page.getByRole("link", { name: String(number) }) });
  }
}
