import "server-only";
import { getPrisma } from "../db/client";
import type { PrismaClient } from "../db/generated/client";
import { latest } from "./calendar";
import { firstFcpStart } from "./first-fcp-start";
import { FCP_LABELS, type FcpLabel, type FcpLabelChange, type StatsProposal } from "./stats-proposal";

/**
 * Every MSC reduced to the times the statistics need. Five narrow queries (no bodies,
 * only `kind:` and FCP labels), joined in memory: at 4,500 MSCs a few thousand small
 * rows. (One SQL query with per-MSC subqueries and json_agg was tried: several times
 * slower on the embedded database.)
 */
export async function loadStatsProposals(prisma?: PrismaClient): Promise<StatsProposal[]> {
  const db = prisma ?? (await getPrisma());
  const [rows, kindLabels, changes, lastChanges, rounds] = await Promise.all([
    db.proposal.findMany({
      select: {
        number: true,
        title: true,
        githubState: true,
        merged: true,
        createdAt: true,
        updatedAt: true,
        closedAt: true,
        mergedAt: true,
      },
      orderBy: { number: "asc" },
    }),
    // A flat query, not a nested `labels` select: Prisma would add a 4,500-number IN list.
    db.proposalLabel.findMany({
      where: { labelName: { startsWith: "kind:" } },
      select: { proposalNumber: true, labelName: true },
      orderBy: { labelName: "desc" },
    }),
    db.labelChange.findMany({
      where: { labelName: { in: [...FCP_LABELS] } },
      select: { proposalNumber: true, labelName: true, action: true, at: true },
      orderBy: [{ at: "asc" }, { id: "asc" }],
    }),
    // Any label change is activity, not only FCP ones.
    db.labelChange.groupBy({ by: ["proposalNumber"], _max: { at: true } }),
    db.fcpRound.groupBy({ by: ["proposalNumber"], where: { startedAt: { not: null } }, _min: { startedAt: true } }),
  ]);

  const changesOf = new Map<number, FcpLabelChange[]>();
  for (const c of changes) {
    const list = changesOf.get(c.proposalNumber) ?? [];
    list.push({ label: c.labelName as FcpLabel, action: c.action, at: c.at.getTime() });
    changesOf.set(c.proposalNumber, list);
  }
  // Ordered descending, so the alphabetically first kind label wins when there are two.
  const kindOf = new Map(kindLabels.map((l) => [l.proposalNumber, l.labelName.slice("kind:".length)]));
  const lastChangeOf = new Map(lastChanges.map((g) => [g.proposalNumber, g._max.at?.getTime() ?? null]));
  const roundStartOf = new Map(rounds.map((g) => [g.proposalNumber, g._min.startedAt?.getTime() ?? null]));

  return rows.map((row) => {
    const fcpLabelChanges = changesOf.get(row.number) ?? [];
    const createdAt = time(row.createdAt);
    return {
      number: row.number,
      title: row.title,
      state: row.merged ? "merged" : row.githubState === "open" ? "open" : "closed",
      kind: kindOf.get(row.number) ?? null,
      createdAt,
      closedAt: time(row.closedAt),
      mergedAt: time(row.mergedAt),
      fcpStartedAt: firstFcpStart([roundStartOf.get(row.number) ?? null], fcpLabelChanges),
      lastActivityAt: latest([time(row.updatedAt), createdAt, lastChangeOf.get(row.number) ?? null]),
      fcpLabelChanges,
    };
  });
}

const time = (date: Date | null) => date?.getTime() ?? null;
