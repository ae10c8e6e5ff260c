import type { Locator, Page, Response } from "@playwright/test";

export type Disposition = "Merge" | "Close" | "Postpone";
export type Position = "Approve" | "Abstain" | "Recuse" | "No position";

/**
 * One MSC's page as a reader sees it: banner, FCP panel, text, timeline, details; and
 * the FCP controls a Spec Core Team member gets, each a plain form (no JavaScript).
 */
export class ProposalPage {
  readonly heading: Locator;
  readonly links: Locator;
  readonly statusBanner: Locator;
  /** The banner's "What happens next" sentence. */
  readonly nextStep: Locator;
  readonly fcpPanel: Locator;
  readonly countdown: Locator;
  readonly progress: Locator;
  readonly ballot: Locator;
  readonly proposalText: Locator;
  readonly timeline: Locator;
  readonly details: Locator;
  /** The outcome of the form just sent: a status when it worked, an alert when refused. */
  readonly flashSuccess: Locator;
  readonly flashError: Locator;
  readonly viewerNote: Locator;
  readonly proposeFcpForm: Locator;
  readonly positionForm: Locator;
  readonly raiseConcernForm: Locator;
  readonly cancelFcpForm: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole("heading", { level: 1 });
    this.links = page.getByRole("list", { name: "Links" });
    this.statusBanner = page.getByRole("region", { name: /^Status:/ });
    this.nextStep = this.statusBanner.locator("p");
    this.fcpPanel = page.getByRole("region", { name: "Final comment period" });
    this.countdown = this.fcpPanel.getByTestId("fcp-countdown");
    this.progress = this.fcpPanel.getByRole("list", { name: "Progress" });
    this.ballot = this.fcpPanel.getByRole("table", { name: /^Ballot/ });
    this.proposalText = page.getByRole("region", { name: "Proposal text" });
    this.timeline = page.getByRole("region", { name: "Timeline" });
    this.details = page.getByRole("region", { name: "Details" });
    this.flashSuccess = this.fcpPanel.getByRole("status");
    this.flashError = this.fcpPanel.getByRole("alert");
    this.viewerNote = this.fcpPanel.getByTestId("fcp-viewer-note");
    this.proposeFcpForm = this.fcpPanel.getByRole("group", { name: "Propose FCP" });
    this.positionForm = this.fcpPanel.getByRole("group", { name: "Your position" });
    this.raiseConcernForm = this.fcpPanel.getByRole("group", { name: "Raise a concern" });
    this.cancelFcpForm = this.fcpPanel.getByRole("group", { name: "Cancel this FCP" });
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

  positionChoice(position: Position): Locator {
    return this.positionForm.getByRole("radio", { name: new RegExp(`^${position}:`) });
  }

  async proposeFcp(disposition: Disposition): Promise<void> {
    await this.proposeFcpForm.getByRole("radio", { name: new RegExp(`^${disposition}:`) }).check();
    await this.proposeFcpForm.getByRole("button", { name: "Propose FCP" }).click();
  }

  async takePosition(position: Position, rationale = ""): Promise<void> {
    await this.positionChoice(position).check();
    await this.positionForm.getByLabel("Rationale (optional)").fill(rationale);
    await this.positionForm.getByRole("button", { name: "Record my position" }).click();
  }

  async raiseConcern(text: string): Promise<void> {
    await this.raiseConcernForm.getByLabel("Concern", { exact: true }).fill(text);
    await this.raiseConcernForm.getByRole("button", { name: "Raise concern" }).click();
  }

  async resolveConcern(text: string): Promise<void> {
    await this.concern(text)
      .getByRole("button", { name: `Resolve the concern “${text}”` })
      .click();
  }

  async cancelFcp(reason: string): Promise<void> {
    await this.cancelFcpForm.getByLabel("Reason (optional)").fill(reason);
    await this.cancelFcpForm.getByRole("button", { name: "Cancel this FCP" }).click();
  }

  /** A fact of the round beside the ballot ("Phase", "Started", "Completed"): the value after its term. */
  fcpFact(term: string): Locator {
    return this.fcpPanel.locator("dt", { hasText: new RegExp(`^${term}$`) }).locator("xpath=following-sibling::dd[1]");
  }

  /** A timeline entry, found by the sentence it starts with. */
  timelineEntry(text: string): Locator {
    return this.timeline.getByRole("listitem").filter({ hasText: text });
  }
}
