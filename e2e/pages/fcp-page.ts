import type { Locator, Page, Response } from "@playwright/test";
import { FcpTables } from "./fcp-tables";

/** /fcp: running and proposed FCPs, and per SCT member what awaits their review. */
export class FcpPage {
  readonly heading: Locator;
  readonly fcp: FcpTables;
  readonly awaiting: Locator;
  readonly calendarLink: Locator;
  readonly feedLink: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1, name: "Final comment periods" });
    this.fcp = new FcpTables(page, page.getByRole("main"));
    this.awaiting = page.getByRole("region", { name: "Awaiting review, by Spec Core Team member" });
    this.calendarLink = page.getByRole("link", { name: "calendar of FCP end times (iCalendar)" });
    this.feedLink = page.getByRole("link", { name: "FCP feed (Atom)" });
  }

  async goto(): Promise<Response | null> {
    return this.page.goto("/fcp");
  }

  /** One member's section: their login as its heading, the MSCs waiting for them inside. */
  member(login: string): Locator {
    return this.awaiting.getByRole("region", { name: login, exact: true });
  }
}
