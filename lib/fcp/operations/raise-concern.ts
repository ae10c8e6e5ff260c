import "server-only";
import { ActionError } from "@/lib/auth/action-result";
import { findOpenConcern } from "../concern-text";
import { phaseWhere } from "../phase-filter";
import type { Db, FcpChange, OperationOptions } from "./fcp-change";
import { lockProposal } from "./lock-proposal";
import { requireMember } from "./require-member";

export type RaiseConcernInput = { proposalNumber: number; text: string; by: string };

/**
 * A member raises a named concern on a proposal, at any time. It blocks FCP from
 * starting; raised during FCP it holds the conclusion but leaves the end where it is
 * (MSC-PROCESS.md). The open round, if any, is recorded as the one it was raised in.
 */
export async function raiseConcern(
  db: Db,
  { proposalNumber, text, by }: RaiseConcernInput,
  { now = new Date(), source = "web" }: OperationOptions = {},
): Promise<FcpChange<{ concernId: number }>> {
  const trimmed = text.trim();
  if (trimmed === "") throw new ActionError(400, "A concern needs some text saying what is wrong.");
  await lockProposal(db, proposalNumber);
  await requireMember(db, by, "raise a concern");
  const open = await db.concern.findMany({
    where: { proposalNumber, resolvedAt: null },
    select: { id: true, text: true, resolvedAt: true },
  });
  const same = findOpenConcern(open, trimmed);
  if (same) throw new ActionError(409, `The concern “${same.text}” is already open on MSC${proposalNumber}.`);
  const round = await db.fcpRound.findFirst({
    where: { proposalNumber, ...phaseWhere(["proposed", "active"]) },
    select: { id: true },
  });
  const concern = await db.concern.create({
    data: { proposalNumber, fcpRoundId: round?.id ?? null, text: trimmed, raisedBy: by, raisedAt: now, source },
    select: { id: true },
  });
  return {
    data: { concernId: concern.id },
    events: [
      { kind: "concern.raised", at: now, proposalNumber, fcpRoundId: round?.id ?? null, data: { text: trimmed } },
    ],
  };
}
