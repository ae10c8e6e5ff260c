import type { Locator, Page, Response } from "@playwright/test";

/** /me: FCPs awaiting my position, concerns I raised, proposals I follow. */
export class MePage {
  readonly heading: Locator;
  readonly awaiting: Locator;
  readonly concerns: Locator;
  readonly following: Locator;
  readonly flash: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "My FCPs, concerns and follows" });
    this.awaiting = page.getByRole("region", { name: /FCPs awaiting my position/ });
    this.concerns = page.getByRole("region", { name: /Concerns I raised/ });
    this.following = page.getByRole("region", { name: /Proposals I follow/ });
    this.flash = page.getByRole("status");
  }

  async goto(): Promise<Response | null> {
    return this.page.goto("/me");
  }

  awaitingRow(number: number): Locator {
    return this.awaiting.getByRole("row").filter({ has: this.page.getByRole("link", { name: `MSC${number}` }) });
  }
}
