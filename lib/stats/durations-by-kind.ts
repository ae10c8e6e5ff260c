import { quartiles, type Quartiles } from "./quartiles";
import type { StatsProposal } from "./stats-proposal";

// How long MSCs take from opening to FCP and from FCP to merge, per kind. Each figure
// is over only the MSCs that have both ends of its span, so every one carries its n:
// the three spans of a kind are usually over different MSCs and do not add up.

export const KINDS = [
  { key: "core", label: "Core" },
  { key: "feature", label: "Feature" },
  { key: "maintenance", label: "Maintenance" },
  { key: "none", label: "No kind label" },
  { key: "all", label: "All kinds" },
] as const;

export const SPANS = [
  { key: "openToFcp", label: "Opening to FCP start" },
  { key: "fcpToMerge", label: "FCP start to merge" },
  { key: "openToMerge", label: "Opening to merge" },
] as const;

export type KindKey = (typeof KINDS)[number]["key"];
export type SpanKey = (typeof SPANS)[number]["key"];

/** Days, as quartiles; null where no MSC of that kind has both ends of the span. */
export type DurationRow = { kind: KindKey; spans: Record<SpanKey, Quartiles | null> };

const DAY_MS = 86_400_000;

export function durationsByKind(proposals: readonly StatsProposal[]): DurationRow[] {
  return KINDS.map(({ key }) => {
    const group = proposals.filter((p) => key === "all" || kindOf(p) === key);
    return {
      kind: key,
      spans: {
        openToFcp: quartiles(
          daysBetween(
            group,
            (p) => p.createdAt,
            (p) => p.fcpStartedAt,
          ),
        ),
        fcpToMerge: quartiles(
          daysBetween(
            group,
            (p) => p.fcpStartedAt,
            (p) => p.mergedAt,
          ),
        ),
        openToMerge: quartiles(
          daysBetween(
            group,
            (p) => p.createdAt,
            (p) => p.mergedAt,
          ),
        ),
      },
    };
  });
}

// Another kind label (a typo, a new kind) counts under "all" only, not as "none".
function kindOf(p: StatsProposal): KindKey | null {
  if (p.kind === null) return "none";
  return KINDS.some((k) => k.key === p.kind && k.key !== "none" && k.key !== "all") ? (p.kind as KindKey) : null;
}

type Time = (p: StatsProposal) => number | null;

// A span that ends before it starts (a snapshot opening date rounded to the day after
// a same-day FCP, say) is clamped to zero rather than dropped.
function daysBetween(group: readonly StatsProposal[], from: Time, to: Time): number[] {
  const days: number[] = [];
  for (const p of group) {
    const start = from(p);
    const end = to(p);
    if (start !== null && end !== null) days.push(Math.max(0, (end - start) / DAY_MS));
  }
  return days;
}
