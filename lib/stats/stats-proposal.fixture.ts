import type { StatsProposal } from "./stats-proposal";

/** Epoch milliseconds of an ISO date, for readable test inputs. */
export const at = (iso: string) => Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso);

/** An open MSC with nothing known; tests fill in what they are about. */
export function statsProposal(extra: Partial<StatsProposal> = {}): StatsProposal {
  return {
    number: 1,
    title: "MSC1: A proposal",
    state: "open",
    kind: null,
    createdAt: null,
    closedAt: null,
    mergedAt: null,
    fcpStartedAt: null,
    lastActivityAt: null,
    fcpLabelChanges: [],
    ...extra,
  };
}
