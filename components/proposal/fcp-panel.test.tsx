import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ANONYMOUS, makeViewer, type Viewer } from "@/lib/auth/roles";
import type { FcpRoundDto } from "@/lib/fcp/fcp-dto";
import { FcpPanel } from "./fcp-panel";

const ROUND: FcpRoundDto = {
  id: 7,
  disposition: "merge",
  phase: "active",
  proposed_by: "turt2live",
  proposed_at: "2026-11-10T09:00:00Z",
  started_at: "2026-11-22T14:00:00Z",
  ends_at: "2026-11-27T14:00:10Z",
  completed_at: null,
  required: 8,
  approvals: 8,
  roster: [
    {
      login: "richvdh",
      position: "approve",
      at: "2026-11-11T10:00:00Z",
      rationale: null,
      counted: true,
      on_roster: true,
      on_team: true,
    },
    { login: "dbkr", position: "none", at: null, rationale: null, counted: true, on_roster: true, on_team: true },
    {
      login: "tulir",
      position: "abstain",
      at: "2026-11-12T10:00:00Z",
      rationale: "Not my area",
      counted: true,
      on_roster: false,
      on_team: true,
    },
    {
      login: "ara4n",
      position: "approve",
      at: "2026-11-11T10:00:00Z",
      rationale: null,
      counted: false,
      on_roster: true,
      on_team: false,
    },
  ],
  concerns: [
    {
      id: 31,
      text: "Needs an implementation",
      raised_by: "unknown",
      raised_at: "2026-11-23T10:00:00Z",
      resolved: false,
      resolved_by: null,
      resolved_at: null,
    },
    {
      id: 30,
      text: "Naming",
      raised_by: "richvdh",
      raised_at: "2026-11-11T10:00:00Z",
      resolved: true,
      resolved_by: "dbkr",
      resolved_at: "2026-11-12T10:00:00Z",
    },
  ],
  quorum_base: 10,
  open_concerns: 1,
  cancelled_at: null,
  cancelled_by: null,
  cancel_reason: null,
  run_here: false,
};

const text = (html: string) => html.replace(/<[^>]+>/g, "").replace(/\s+/g, " ");

describe("FcpPanel", () => {
  const html = renderToStaticMarkup(<FcpPanel fcp={ROUND} history={[ROUND]} now={new Date("2026-11-25T10:00:00Z")} />);

  it("counts down to the end with a machine-readable time", () => {
    expect(html).toContain('<time dateTime="2026-11-27T14:00:10Z">27 Nov 2026, 14:00 UTC</time>');
    expect(text(html)).toContain("Ends in 2 days 4 hours, on 27 Nov 2026, 14:00 UTC.");
    expect(text(html)).toContain("Cannot conclude while 1 open concern remains");
    expect(text(html)).toContain("No position yet from dbkr");
  });

  it("writes every member's position and marks out roster changes in words", () => {
    const plain = text(html);
    expect(plain).toContain("richvdhApprove11 Nov 2026, 10:00 UTC");
    expect(plain).toContain("dbkrNo position yet");
    expect(plain).toContain("Not my areaJoined after the proposal");
    expect(plain).toContain("Left the team (not counted)");
    expect(html).toContain("<caption");
  });

  it("shows open and resolved concerns with who raised and resolved them", () => {
    const plain = text(html);
    expect(plain).toContain("Open: Needs an implementation");
    expect(plain).toContain("Raised by an SCT member (not recorded)");
    expect(plain).toContain("Resolved: Naming");
    expect(plain).toContain("Raised by richvdh on 11 Nov 2026, 10:00 UTC; resolved by dbkr on 12 Nov 2026, 10:00 UTC.");
  });
});

describe("FcpPanel controls", () => {
  const now = new Date("2026-11-25T10:00:00Z");
  const context = (viewer: Viewer, proposalOpen = true) => ({
    proposalNumber: 4426,
    proposalOpen,
    viewer,
    canSignIn: true,
  });
  const render = (fcp: FcpRoundDto | null, viewer: Viewer, proposalOpen = true) =>
    renderToStaticMarkup(
      <FcpPanel fcp={fcp} history={fcp ? [fcp] : []} now={now} controls={context(viewer, proposalOpen)} />,
    );
  const forms = (html: string) =>
    [...html.matchAll(/<form[^>]*>/g)].map((m) =>
      m[0].includes('method="post"') ? /action="([^"]+)"/.exec(m[0])?.[1] : m[0],
    );
  /** The radio buttons of a name that render checked. */
  const checked = (html: string, name: string) =>
    [...html.matchAll(/<input [^>]*>/g)]
      .map((m) => m[0])
      .filter((input) => input.includes(`name="${name}"`) && input.includes('checked=""'))
      .map((input) => /value="([^"]+)"/.exec(input)?.[1]);
  const member = makeViewer("richvdh", { isMember: true, isAdmin: false });

  it("gives a member on an open round their position, pre-set, and every FCP form posting to its route", () => {
    const html = render(ROUND, member);
    expect(forms(html)).toEqual([
      "/api/v1/proposals/4426/fcp/7/position",
      "/api/v1/proposals/4426/concerns/31/resolve",
      "/api/v1/proposals/4426/concerns",
      "/api/v1/proposals/4426/fcp/7/cancel",
    ]);
    expect(checked(html, "position")).toEqual(["approve"]);
    expect(text(html)).toContain("Resolve the concern “Needs an implementation”");
    expect(html).toContain('<legend class="px-1 font-semibold">Your position</legend>');
    expect(html).toContain('<label for="position-rationale"');
  });

  it("pre-sets no position for a member who has not voted", () => {
    const html = render(ROUND, makeViewer("dbkr", { isMember: true, isAdmin: false }));
    expect(checked(html, "position")).toEqual(["none"]);
  });

  it("offers a member the Propose FCP form when no round is open, and only on an open pull request", () => {
    expect(forms(render(null, member))).toEqual(["/api/v1/proposals/4426/fcp"]);
    expect(text(render(null, member))).toContain("No FCP has been proposed for this MSC.");
    expect(forms(render({ ...ROUND, phase: "cancelled" }, member))).toEqual(["/api/v1/proposals/4426/fcp"]);
    expect(forms(render(null, member, false))).toEqual([]);
  });

  it("tells a signed-in non-member why they cannot vote, and offers them nothing", () => {
    for (const viewer of [
      makeViewer("alice", { isMember: false, isAdmin: false }),
      makeViewer("e2e-admin", { isMember: false, isAdmin: true }),
    ]) {
      const html = render(ROUND, viewer);
      expect(forms(html)).toEqual([]);
      expect(text(html)).toContain(`You are signed in as ${viewer.login}, who is not on the Spec Core Team`);
    }
  });

  it("hints anonymous readers to sign in on an open round only, and keeps the public ballot and concerns", () => {
    const html = render(ROUND, ANONYMOUS);
    expect(forms(html)).toEqual([]);
    expect(html).toContain('href="/api/auth/signin?callbackUrl=%2Fproposals%2F4426%23fcp"');
    expect(html).toContain("<caption");
    expect(text(html)).toContain("Open: Needs an implementation");
    expect(render({ ...ROUND, phase: "finished" }, ANONYMOUS)).not.toContain("sign in");
  });

  it("shows the flash message of the form just sent inside the section", () => {
    const html = renderToStaticMarkup(
      <FcpPanel
        fcp={ROUND}
        history={[ROUND]}
        now={now}
        flash={{ ok: false, message: "Sign in to raise a concern." }}
      />,
    );
    expect(html).toMatch(/<section id="fcp"[^>]*>.*<p role="alert"[^>]*>Sign in to raise a concern\.<\/p>/s);
  });
});
