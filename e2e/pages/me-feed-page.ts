import { expect, type Locator, type Page, type Response } from "@playwright/test";

/** /me/feed: the reader's feed of followed MSCs and the private Atom link's controls. */
export class MeFeedPage {
  readonly heading: Locator;
  readonly list: Locator;
  readonly flash: Locator;
  readonly markAllRead: Locator;
  readonly createLinkButton: Locator;
  readonly revokeLinkButton: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "My feed" });
    this.list = page.getByRole("region", { name: "My feed" }).getByRole("list");
    this.flash = page.getByRole("status");
    this.markAllRead = page.getByRole("button", { name: "Mark all as read" });
    this.createLinkButton = page.getByRole("button", { name: /^(Create|Replace) feed link$/ });
    this.revokeLinkButton = page.getByRole("button", { name: "Revoke feed link" });
  }

  async goto(): Promise<Response | null> {
    const response = await this.page.goto("/me/feed");
    await expect(this.heading).toBeVisible();
    return response;
  }

  /** The feed's entries about one MSC whose headline matches `what`. */
  entry(msc: string, what: RegExp): Locator {
    return this.list.getByRole("listitem").filter({ hasText: msc }).filter({ hasText: what });
  }

  /** The private link from the message shown once after creating it. */
  async linkFromFlash(): Promise<string> {
    await expect(this.flash).toContainText("shown only this once");
    const text = (await this.flash.textContent()) ?? "";
    const url = /https?:\/\/\S+\.atom/.exec(text)?.[0];
    if (!url) throw new Error(`no feed link in: ${text}`);
    return url;
  }
}
