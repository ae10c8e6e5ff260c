import type { FcpRoundDto } from "./fcp-dto";

export type FcpProgress = {
  approvals: number;
  required: number;
  /** Approvals still missing before the threshold is reached (0 when reached). */
  needed: number;
  /** Unresolved concerns: each blocks the start, and the end, of FCP. */
  blockedBy: number;
  /** Counted members who have not approved, abstained or recused yet. */
  waitingOn: string[];
  /** The threshold is reached (an empty team never reaches it). */
  thresholdReached: boolean;
  /** For pages: "7 of 8 approvals, 1 open concern". */
  summary: string;
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/** Where a round stands, in the numbers and words the pages show. */
export function fcpProgress(round: FcpRoundDto): FcpProgress {
  const needed = Math.max(0, round.required - round.approvals);
  const blockedBy = round.open_concerns;
  const waitingOn = round.roster.filter((e) => e.counted && e.position === "none").map((e) => e.login);
  const concerns = blockedBy > 0 ? `, ${plural(blockedBy, "open concern")}` : "";
  return {
    approvals: round.approvals,
    required: round.required,
    needed,
    blockedBy,
    waitingOn,
    thresholdReached: round.quorum_base > 0 && needed === 0,
    summary: `${round.approvals} of ${round.required} approvals${concerns}`,
  };
}
