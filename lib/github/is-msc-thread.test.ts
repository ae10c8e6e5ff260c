import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { isMscThread } from "./is-msc-thread";

type Thread = { number: number; title: string; labels: string[] | null };
// Real threads of matrix-org/matrix-spec-proposals that are not proposals (shared data).
const nonMscs = JSON.parse(readFileSync("test/fixtures/non-msc-threads.json", "utf8")) as Thread[];
const snapshot = JSON.parse(readFileSync("prisma/seed/mscs-snapshot.json", "utf8")) as { records: Thread[] };

describe("isMscThread", () => {
  it("rejects every real non-proposal thread: spec PRs, process issues, bot tests", () => {
    const accepted = nonMscs.filter((t) => isMscThread({ title: t.title, labels: t.labels ?? [] }));
    expect(accepted.map((t) => `${t.number} ${t.title}`)).toEqual([]);
  });

  it("accepts every real MSC whose label set is known", () => {
    const known = snapshot.records.filter((r) => r.labels !== null);
    expect(known.length).toBeGreaterThan(40);
    const rejected = known.filter((r) => !isMscThread({ title: r.title, labels: r.labels ?? [] }));
    expect(rejected.map((r) => `${r.number} ${r.title}`)).toEqual([]);
  });

  it("accepts old MSCs by their title or a state label alone", () => {
    expect(isMscThread({ title: "MSC 1501: Room version upgrades", labels: [] })).toBe(true);
    expect(isMscThread({ title: "[WIP] MSC1956: Integrations API", labels: [] })).toBe(true);
    expect(isMscThread({ title: "MSCxxxx: Key backup for MLS", labels: [] })).toBe(true);
    expect(isMscThread({ title: "Replies - next steps", labels: ["obsolete"] })).toBe(true);
  });

  it("does not take a mention of an MSC for a proposal", () => {
    expect(isMscThread({ title: "Spec MSC2290: 3PID binding split", labels: [] })).toBe(false);
    expect(isMscThread({ title: "Fix typo", labels: ["spec-bug"] })).toBe(false);
  });
});
