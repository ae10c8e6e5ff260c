import type { BallotEntryDto } from "./fcp-dto";

// On the team the round counts, with no position ("none" is a withdrawal). /me's list
// and the position reminders share this, so they never disagree.
export function awaitsPosition(entry: Pick<BallotEntryDto, "on_team" | "position">): boolean {
  return entry.on_team && entry.position === "none";
}
