import { monthsBefore } from "./calendar";
import type { StatsProposal } from "./stats-proposal";

// Open MSCs with no recorded activity for `months` months before `asOf` (the data's
// date, so that an old snapshot is not judged against today). An open MSC with no
// activity time at all cannot be judged and is only counted.

export type StalledProposal = { number: number; title: string; lastActivityAt: string; idleDays: number };

const DAY_MS = 86_400_000;

export type StalledList = {
  months: number;
  /** Activity before this instant counts as stalled. */
  cutoff: string;
  proposals: StalledProposal[];
  /** Open MSCs with no known activity time. */
  unknownActivity: number;
};

export function stalledProposals(proposals: readonly StatsProposal[], asOf: number, months: number): StalledList {
  const cutoff = monthsBefore(asOf, months);
  const open = proposals.filter((p) => p.state === "open");
  const stalled = open
    .filter((p) => p.lastActivityAt !== null && p.lastActivityAt < cutoff)
    .sort((a, b) => a.lastActivityAt! - b.lastActivityAt! || a.number - b.number);
  return {
    months,
    cutoff: new Date(cutoff).toISOString(),
    proposals: stalled.map((p) => ({
      number: p.number,
      title: p.title,
      lastActivityAt: new Date(p.lastActivityAt!).toISOString(),
      idleDays: Math.floor((asOf - p.lastActivityAt!) / DAY_MS),
    })),
    unknownActivity: open.filter((p) => p.lastActivityAt === null).length,
  };
}
