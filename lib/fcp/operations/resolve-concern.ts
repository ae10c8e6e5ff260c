import "server-only";
import { ActionError } from "@/lib/auth/action-result";
import { findOpenConcern } from "../concern-text";
import { phaseWhere } from "../phase-filter";
import { advanceRound, type Advance } from "./advance-round";
import type { Db, FcpChange, OperationOptions } from "./fcp-change";
import { lockProposal } from "./lock-proposal";
import { requireMember } from "./require-member";

export type ResolveConcernInput = {
  proposalNumber: number;
  /** Which open concern: by id, or by its text as mscbot's `resolve <text>` names it. */
  concern: { id: number } | { text: string };
  by: string;
};

/**
 * Resolves an open concern. Any member may, as with mscbot. The last open concern going
 * may start the round, or conclude one whose end has already passed.
 */
export async function resolveConcern(
  db: Db,
  { proposalNumber, concern, by }: ResolveConcernInput,
  { now = new Date(), rules }: OperationOptions = {},
): Promise<FcpChange<{ concernId: number } & Advance>> {
  await lockProposal(db, proposalNumber);
  await requireMember(db, by, "resolve a concern");
  const open = await db.concern.findMany({
    where: { proposalNumber, resolvedAt: null },
    select: { id: true, text: true, resolvedAt: true },
  });
  const target = "id" in concern ? open.find((c) => c.id === concern.id) : findOpenConcern(open, concern.text);
  if (!target) throw new ActionError(404, `MSC${proposalNumber} has no such open concern.`);
  await db.concern.update({ where: { id: target.id }, data: { resolvedBy: by, resolvedAt: now } });
  const round = await db.fcpRound.findFirst({
    where: { proposalNumber, ...phaseWhere(["proposed", "active"]) },
    select: { id: true },
  });
  const advance = round ? await advanceRound(db, round.id, now, rules) : { started: false, finished: false };
  return {
    data: { concernId: target.id, ...advance },
    events: [
      { kind: "concern.resolved", at: now, proposalNumber, fcpRoundId: round?.id ?? null, data: { text: target.text } },
    ],
  };
}
