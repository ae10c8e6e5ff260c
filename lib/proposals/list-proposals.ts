import "server-only";
import { getPrisma } from "../db/client";
import type { Prisma, PrismaClient } from "../db/generated/client";
import { env } from "../env";
import type { ProposalDto } from "./proposal-dto";
import type { ProposalQuery } from "./proposal-query";
import { PROPOSAL_ROW_SELECT, toProposalDto } from "./to-proposal-dto";

export type ProposalPage = { total: number; page: number; per_page: number; proposals: ProposalDto[] };

/**
 * One page of proposals, highest number first. Kind and text filters run in SQL;
 * status is derived from labels and state, so it is filtered after derivation, over
 * at most a few thousand rows. (The public-site issue's benchmark decides whether that
 * needs a cache.)
 */
export async function listProposals(query: ProposalQuery, prisma?: PrismaClient): Promise<ProposalPage> {
  const db = prisma ?? (await getPrisma());
  const rows = await db.proposal.findMany({
    where: whereOf(query),
    select: PROPOSAL_ROW_SELECT,
    orderBy: { number: "desc" },
  });
  const repo = env().GITHUB_REPO;
  const all = rows.map((row) => toProposalDto(row, repo)).filter((p) => !query.status || p.status === query.status);
  const start = (query.page - 1) * query.per_page;
  return {
    total: all.length,
    page: query.page,
    per_page: query.per_page,
    proposals: all.slice(start, start + query.per_page),
  };
}

function whereOf(query: ProposalQuery): Prisma.ProposalWhereInput {
  const and: Prisma.ProposalWhereInput[] = [];
  if (query.kind) and.push({ labels: { some: { labelName: `kind:${query.kind}` } } });
  if (query.q) {
    const number = /^(?:msc\s?)?(\d+)$/i.exec(query.q)?.[1];
    and.push({
      OR: [
        ...(number ? [{ number: Number(number) }] : []),
        { title: { contains: query.q, mode: "insensitive" } },
        { body: { contains: query.q, mode: "insensitive" } },
      ],
    });
  }
  return { AND: and };
}
