import type { BallotEntryDto } from "./fcp-dto";

/**
 * Whether a ballot line still owes a position: on the team the round counts and with
 * none taken (approve, abstain and recuse are all positions; "none" is a withdrawal).
 * /me's list and the position reminders both ask this, so they never disagree.
 */
export function awaitsPosition(entry: Pick<BallotEntryDto, "on_team" | "position">): boolean {
  return entry.on_team && entry.position === "none";
}
