import { describe, expect, it } from "vitest";
import { auditHref, formatCursor, parseAuditQuery } from "./audit-query";

describe("parseAuditQuery", () => {
  it("reads every filter and the cursor, ignoring blanks", () => {
    const { query, problems } = parseAuditQuery({
      kind: "votes",
      msc: " MSC4405 ",
      actor: "@richvdh",
      before: "1767225600000-42",
    });
    expect(problems).toEqual([]);
    expect(query).toEqual({
      group: "votes",
      msc: 4405,
      actor: "richvdh",
      before: { at: new Date(1767225600000), id: 42n },
    });
    expect(parseAuditQuery({ kind: "", msc: "", actor: " " }).query).toEqual({
      group: null,
      msc: null,
      actor: null,
      before: null,
    });
  });

  it("names what it could not use instead of guessing", () => {
    const { query, problems } = parseAuditQuery({ kind: "gossip", msc: "12a", before: "yesterday" });
    expect(query).toEqual({ group: null, msc: null, actor: null, before: null });
    expect(problems).toEqual([
      'Unknown kind "gossip": choose one of votes, concerns, fcp, status, team, admin.',
      '"12a" is not an MSC number.',
      "That page link is damaged: showing the newest entries instead.",
    ]);
    expect(parseAuditQuery({ msc: "0" }).problems).toEqual(['"0" is not an MSC number.']);
  });

  it("writes links that parse back to the same filters and cursor", () => {
    const cursor = formatCursor({ at: new Date("2026-01-02T03:04:05.678Z"), id: 9007199254740993n });
    const { query } = parseAuditQuery({ kind: "admin", msc: "4405", actor: "e2e-admin" });
    const href = auditHref(query, cursor);
    expect(href).toBe(`/audit?kind=admin&msc=4405&actor=e2e-admin&before=${cursor}`);
    const back = parseAuditQuery(Object.fromEntries(new URL(href, "http://x").searchParams));
    expect(back.query).toEqual({
      ...query,
      before: { at: new Date("2026-01-02T03:04:05.678Z"), id: 9007199254740993n },
    });
    expect(auditHref({ group: null, msc: null, actor: null, before: null })).toBe("/audit");
  });
});
