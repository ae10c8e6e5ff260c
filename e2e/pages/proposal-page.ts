import type { Locator, Page, Response } from "@playwright/test";

/** One MSC's page as a reader sees it: banner, FCP panel, text, timeline, details. */
export class ProposalPage {
  readonly heading: Locator;
  readonly links: Locator;
  readonly statusBanner: Locator;
  readonly fcpPanel: Locator;
  readonly countdown: Locator;
  readonly progress: Locator;
  readonly ballot: Locator;
  readonly proposalText: Locator;
  readonly timeline: Locator;
  readonly details: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.links = page.getByRole("list", { name: "Links" });
    this.statusBanner = page.getByRole("region", { name: /^Status:/ });
    this.fcpPanel = page.getByRole("region", { name: "Final comment period" });
    this.countdown = this.fcpPanel.getByTestId("fcp-countdown");
    this.progress = this.fcpPanel.getByRole("list", { name: "Progress" });
    this.ballot = this.fcpPanel.getByRole("table", { name: /^Ballot/ });
    this.proposalText = page.getByRole("region", { name: "Proposal text" });
    this.timeline = page.getByRole("region", { name: "Timeline" });
    this.details = page.getByRole("region", { name: "Details" });
  }

  async goto(number: number | string): Promise<Response | null> {
    return this.page.goto(`/proposals/${number}`);
  }

  /** The ballot row of one member, found by the row header holding their login. */
  ballotRow(login: string): Locator {
    return this.ballot.getByRole("row").filter({ has: this.page.getByRole("rowheader", { name: login, exact: true }) });
  }

  concern(text: string): Locator {
    return this.fcpPanel.getByRole("listitem").filter({ hasText: text });
  }
}
