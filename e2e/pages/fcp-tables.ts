import type { Locator, Page } from "@playwright/test";

/** The two FCP tables the home page and /fcp share, found by their captions. */
export class FcpTables {
  readonly active: Locator;
  readonly proposed: Locator;

  constructor(
    private readonly page: Page,
    scope: Locator,
  ) {
    this.active = scope.getByRole("table", { name: "Proposals in final comment period" });
    this.proposed = scope.getByRole("table", { name: "Proposals proposed for final comment period" });
  }

  /** The row for one MSC, found by its link ("MSC4354") in the row header. */
  row(table: Locator, number: number): Locator {
    return table.getByRole("row").filter({ has: this.page.getByRole("link", { name: `MSC${number}`, exact: true }) });
  }

  /** One cell of a row, by its column's header text. */
  async cell(table: Locator, number: number, column: string): Promise<Locator> {
    // allTextContents does not wait: wait for the table first, or a missing one reads as no columns.
    await table.getByRole("columnheader").first().waitFor();
    const headers = await table.getByRole("columnheader").allTextContents();
    const index = headers.indexOf(column);
    if (index < 0) throw new Error(`no column ${column} in ${headers.join(", ")}`);
    return this.row(table, number).locator("th, td").nth(index);
  }
}
