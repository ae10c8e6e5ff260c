import "server-only";
import { markDataChanged } from "@/lib/cache/data-generation";
import type { PrismaClient } from "@/lib/db/generated/client";
import { fcpRulesFromEnv } from "../fcp-rules";
import { phaseWhere } from "../phase-filter";
import { APP_RUN_SOURCE } from "../round-ownership";
import type { FcpRules } from "../to-fcp-round-dto";
import { completeFcpIfDue } from "./complete-fcp-if-due";

/**
 * The sweep a scheduler runs: concludes every running FCP whose end has passed and that
 * no concern holds, each in its own transaction. Safe to run from several instances at
 * once: each round concludes exactly once. Returns the rounds this call concluded.
 * Only app-run rounds: mscbot's end comment concludes an imported one (round-ownership.ts).
 */
export async function completeDueFcps(
  prisma: PrismaClient,
  now: Date,
  rules: FcpRules = fcpRulesFromEnv(),
): Promise<number[]> {
  const due = await prisma.fcpRound.findMany({
    where: { ...phaseWhere(["active"]), endsAt: { lte: now }, source: APP_RUN_SOURCE },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const concluded: number[] = [];
  for (const { id } of due) {
    if (await prisma.$transaction((tx) => completeFcpIfDue(tx, id, now, rules))) concluded.push(id);
  }
  if (concluded.length > 0) markDataChanged();
  return concluded;
}
