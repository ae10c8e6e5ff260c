import type { Locator, Page, Response } from "@playwright/test";

/** /audit: the public log, filtered by a GET form. */
export class AuditPage {
  readonly heading: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Audit log" });
    this.table = page.getByRole("table", { name: "Audit log, newest first" });
  }

  async goto(query = ""): Promise<Response | null> {
    return this.page.goto(`/audit${query}`);
  }

  /** Chooses filters in the form and applies them, as a reader would. */
  async filter({ kind, msc, actor }: { kind?: string; msc?: number; actor?: string }): Promise<void> {
    const form = this.page.getByRole("search", { name: "Filter the audit log" });
    if (kind) await form.getByLabel("Kind").selectOption({ label: kind });
    if (msc !== undefined) await form.getByLabel("MSC number").fill(String(msc));
    if (actor) await form.getByLabel("Who (GitHub login)").fill(actor);
    await form.getByRole("button", { name: "Apply filters" }).click();
  }

  row(text: string): Locator {
    return this.table.getByRole("row").filter({ hasText: text });
  }
}
