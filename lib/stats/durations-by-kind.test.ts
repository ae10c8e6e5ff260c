import { describe, expect, it } from "vitest";
import { durationsByKind } from "./durations-by-kind";
import { at, statsProposal } from "./stats-proposal.fixture";

const merged = (kind: string | null, opened: string, fcp: string | null, mergedOn: string) =>
  statsProposal({
    kind,
    state: "merged",
    createdAt: at(opened),
    fcpStartedAt: fcp === null ? null : at(fcp),
    mergedAt: at(mergedOn),
  });

describe("durationsByKind", () => {
  const rows = durationsByKind([
    merged("core", "2026-01-01", "2026-01-11", "2026-01-21"),
    merged("core", "2026-01-01", "2026-01-31", "2026-02-10"),
    merged("feature", "2026-01-01", null, "2026-01-05"),
    merged(null, "2026-01-01", "2026-01-03", "2026-01-04"),
    merged("unknown-kind", "2026-01-01", null, "2026-01-02"),
  ]);
  const row = (kind: string) => rows.find((r) => r.kind === kind)!;

  it("gives the median and quartiles in days, with n, per span and kind", () => {
    expect(row("core").spans.openToFcp).toEqual({ n: 2, q1: 15, median: 20, q3: 25 });
    expect(row("core").spans.fcpToMerge).toEqual({ n: 2, q1: 10, median: 10, q3: 10 });
    expect(row("core").spans.openToMerge).toEqual({ n: 2, q1: 25, median: 30, q3: 35 });
  });

  it("leaves a span empty where no MSC of the kind has both ends", () => {
    expect(row("feature").spans.openToFcp).toBeNull();
    expect(row("feature").spans.openToMerge).toMatchObject({ n: 1, median: 4 });
    expect(row("maintenance").spans.openToMerge).toBeNull();
  });

  it("counts MSCs without a kind label as none, and every MSC under all", () => {
    expect(row("none").spans.openToMerge).toMatchObject({ n: 1, median: 3 });
    expect(row("all").spans.openToMerge).toMatchObject({ n: 5 });
    expect(row("all").spans.openToFcp).toMatchObject({ n: 3 });
  });

  it("clamps a span that ends before it starts to zero days", () => {
    const [core] = durationsByKind([merged("core", "2026-01-02", null, "2026-01-01")]);
    expect(core!.spans.openToMerge).toMatchObject({ median: 0 });
  });
});
