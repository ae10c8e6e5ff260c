import "server-only";
import { ActionError } from "@/lib/auth/action-result";
import type { PositionName } from "../fcp-dto";
import { positionRefusal } from "../position-refusal";
import { loginKey } from "../team-membership";
import { advanceRound } from "./advance-round";
import type { Db, FcpChange, OperationOptions } from "./fcp-change";
import { lockRound } from "./load-round";

export type RecordPositionInput = {
  roundId: number;
  member: string;
  position: PositionName;
  rationale?: string | null;
};

/**
 * A member approves, abstains, recuses or withdraws ("none"). Votes are history: a new
 * row every time, the latest being the member's position. May start the FCP.
 */
export async function recordPosition(
  db: Db,
  { roundId, member, position, rationale = null }: RecordPositionInput,
  { now = new Date(), rules, source = "web" }: OperationOptions = {},
): Promise<FcpChange<{ roundId: number; position: PositionName; started: boolean; finished: boolean }>> {
  const { stored, dto } = await lockRound(db, roundId, rules);
  const refused = positionRefusal(dto, member);
  if (refused) throw new ActionError(refused.status, refused.message);
  // The team's spelling of the login, so the ballot shows one line per person.
  const entry = dto.roster.find((e) => loginKey(e.login) === loginKey(member));
  const login = entry?.login ?? member;
  await db.vote.create({ data: { fcpRoundId: roundId, memberLogin: login, position, rationale, at: now, source } });
  const advance = await advanceRound(db, roundId, now, rules);
  return {
    data: { roundId, position, ...advance },
    events: [
      {
        kind: "vote.cast",
        at: now,
        proposalNumber: stored.proposalNumber,
        fcpRoundId: roundId,
        // What the timeline's sentence needs (describe-timeline-entry.ts), so the audit log,
        // which reads only this event, words the vote as the MSC page does.
        data: {
          member: login,
          position,
          rationale,
          disposition: stored.disposition,
          previous_position: entry?.at ? entry.position : null,
        },
      },
    ],
  };
}
