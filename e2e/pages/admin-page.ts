import type { Locator, Page, Response } from "@playwright/test";

/** /admin: the member list, the admins, and an MSC's correction forms. */
export class AdminPage {
  readonly heading: Locator;
  readonly members: Locator;
  readonly admins: Locator;
  readonly corrections: Locator;
  readonly flash: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Admin" });
    this.members = page.getByRole("region", { name: /Spec Core Team members/ });
    this.admins = page.getByRole("region", { name: /^Admins/ });
    this.corrections = page.getByRole("region", { name: /Correct MSC\d+'s FCP data/ });
    this.flash = page.getByRole("status");
  }

  async goto(msc?: number): Promise<Response | null> {
    return this.page.goto(msc === undefined ? "/admin" : `/admin?msc=${msc}`);
  }

  memberRow(login: string): Locator {
    return this.members
      .getByRole("row")
      .filter({ has: this.page.getByRole("rowheader", { name: login, exact: true }) });
  }

  /** Fills and sends one of the login-and-reason forms ("Add a member", "Remove a member", ...). */
  async submitLoginForm(legend: string, login: string, reason: string): Promise<void> {
    const form = this.page.getByRole("group", { name: legend });
    await form.getByLabel("GitHub login").fill(login);
    await form.getByLabel("Reason (recorded in the audit log)").fill(reason);
    await form.getByRole("button").click();
  }

  async closeRound(outcome: "cancelled" | "finished", reason: string): Promise<void> {
    const form = this.corrections.getByRole("group", { name: "Close this stale round" });
    await form.getByLabel("Close as").selectOption(outcome);
    await form.getByLabel("Reason (recorded in the audit log)").fill(reason);
    await form.getByRole("button", { name: "Close round" }).click();
  }
}
