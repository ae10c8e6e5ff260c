import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
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
