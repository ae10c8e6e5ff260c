import "server-only";
import { PERSONAL_KINDS } from "../audit/audit-kinds";
import { getPrisma } from "../db/client";
import { COMMENTS_ADDED } from "../github/sync/comment-count-change";
import type { PrismaClient } from "../db/generated/client";
import { env } from "../env";
import {
  CONCERN_ORDER,
  CONCERN_SELECT,
  readTeamPeriods,
  ROUND_ORDER,
  ROUND_SELECT,
  toRoundDtos,
} from "../fcp/fcp-round-rows";
import { fcpRulesFromEnv } from "../fcp/fcp-rules";
import { isOpenPhase } from "../fcp/round-phase";
import type { ProposalDetailDto } from "./proposal-detail-dto";
import { latestRound } from "./status-overlay";
import { buildTimeline } from "./timeline/build-timeline";
import { PROPOSAL_ROW_SELECT, toProposalDto } from "./to-proposal-dto";

const DETAIL_SELECT = {
  ...PROPOSAL_ROW_SELECT,
  body: true,
  renderedUrl: true,
  relatedPrs: true,
  documentation: true,
  proposalDate: true,
} as const;

/**
 * One proposal with its FCP rounds and timeline (GET /api/v1/proposals/{number}), or
 * null for an unknown number. Six queries after the proposal's own, whatever its history.
 */
export async function getProposalDetail(number: number, prisma?: PrismaClient): Promise<ProposalDetailDto | null> {
  const db = prisma ?? (await getPrisma());
  const row = await db.proposal.findUnique({ where: { number }, select: DETAIL_SELECT });
  if (!row) return null;
  const [rounds, concerns, team, labelChanges, events] = await Promise.all([
    db.fcpRound.findMany({ where: { proposalNumber: number }, select: ROUND_SELECT, orderBy: ROUND_ORDER }),
    db.concern.findMany({ where: { proposalNumber: number }, select: CONCERN_SELECT, orderBy: CONCERN_ORDER }),
    readTeamPeriods(db),
    db.labelChange.findMany({
      where: { proposalNumber: number },
      select: { labelName: true, action: true, actorLogin: true, at: true, source: true },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    }),
    // The discussion itself lives on GitHub, which the page links to; comment counts
    // are news for followers (/me/feed), not steps of the process the timeline records.
    db.event.findMany({
      where: { proposalNumber: number, kind: { notIn: [...PERSONAL_KINDS, COMMENTS_ADDED] } },
      select: { kind: true, at: true, actorLogin: true, source: true, data: true, fcpRoundId: true },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    }),
  ]);
  const history = toRoundDtos(rounds, concerns, team, fcpRulesFromEnv());
  // The open round is the one people act on; otherwise the latest says how it ended.
  const open = history.filter((round) => isOpenPhase(round.phase)).at(-1);
  return {
    ...toProposalDto(row, env().GITHUB_REPO, latestRound(rounds)),
    fcp: open ?? history.at(-1) ?? null,
    fcp_history: history,
    events: buildTimeline({ labelChanges, events, rounds, concerns }),
    body: row.body,
    rendered_url: row.renderedUrl,
    related_prs: row.relatedPrs,
    documentation: row.documentation,
    shepherds: row.shepherds,
    proposal_date: row.proposalDate,
  };
}
