import { describe, expect, it } from "vitest";
import { roundConcerns, toConcernDto, type ConcernFact } from "./round-concerns";

const concern = (
  text: string,
  fcpRoundId: number | null,
  raisedAt: string,
  resolvedAt: string | null = null,
): ConcernFact => ({
  id: raisedAt.length + text.length,
  fcpRoundId,
  text,
  raisedBy: "alice",
  raisedAt: new Date(raisedAt),
  resolvedBy: resolvedAt ? "bob" : null,
  resolvedAt: resolvedAt ? new Date(resolvedAt) : null,
});

const all = [
  concern("from round 1, resolved", 1, "2026-01-02", "2026-01-03"),
  concern("from round 1, open", 1, "2026-01-04"),
  concern("before any round", null, "2026-01-01"),
  concern("round 2", 2, "2026-02-02"),
];

describe("roundConcerns", () => {
  it("gives a closed round only the concerns raised during it", () => {
    expect(roundConcerns(1, false, all).map((c) => c.text)).toEqual(["from round 1, resolved", "from round 1, open"]);
  });

  it("carries unresolved concerns into an open round, oldest first", () => {
    expect(roundConcerns(2, true, all).map((c) => c.text)).toEqual([
      "before any round",
      "from round 1, open",
      "round 2",
    ]);
  });

  it("shapes a concern for the API", () => {
    expect(toConcernDto(all[0]!)).toEqual({
      id: all[0]!.id,
      text: "from round 1, resolved",
      raised_by: "alice",
      raised_at: "2026-01-02T00:00:00.000Z",
      resolved: true,
      resolved_by: "bob",
      resolved_at: "2026-01-03T00:00:00.000Z",
    });
    expect(toConcernDto(all[1]!)).toMatchObject({ resolved: false, resolved_by: null, resolved_at: null });
  });
});
