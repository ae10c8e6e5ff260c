import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { readTeamPeriods, ROUND_ORDER, ROUND_SELECT, toRoundDtos } from "@/lib/fcp/fcp-round-rows";
import { fcpRulesFromEnv } from "@/lib/fcp/fcp-rules";
import { phaseWhere } from "@/lib/fcp/phase-filter";
import { currentTeam } from "@/lib/fcp/team-membership";
import { REMINDER_WINDOW_DAYS, type ReminderRound } from "./plan-reminders";

/**
 * The rounds a reminder could be due for, with their ballots, and the team now. The
 * window and phases are applied in SQL as well, so a pass reads tens of rounds, not the
 * whole history; the planner checks every condition again.
 */
export async function loadReminderRounds(
  prisma: PrismaClient,
  now: Date,
): Promise<{ rounds: ReminderRound[]; currentTeam: string[] }> {
  const since = new Date(now.getTime() - REMINDER_WINDOW_DAYS * 86_400_000);
  const rows = await prisma.fcpRound.findMany({
    where: {
      OR: [
        { ...phaseWhere(["proposed"]), proposedAt: { gte: since } },
        {
          ...phaseWhere(["finished"]),
          disposition: "merge",
          completedAt: { gte: since },
          proposal: { merged: false, githubState: "open" },
        },
      ],
    },
    select: {
      ...ROUND_SELECT,
      proposal: { select: { merged: true, githubState: true, authorLogin: true, authors: true } },
    },
    orderBy: ROUND_ORDER,
  });
  const periods = await readTeamPeriods(prisma);
  // Concerns do not change who owes a position, so the ballots are derived without them.
  const dtos = toRoundDtos(rows, [], periods, fcpRulesFromEnv());
  return {
    rounds: rows.map((row, i) => ({ ...row, ballot: dtos[i]!.roster })),
    currentTeam: currentTeam(periods),
  };
}
