import "server-only";
import { markDataChanged } from "@/lib/cache/data-generation";
import type { PrismaClient } from "@/lib/db/generated/client";
import { fcpRulesFromEnv } from "../fcp-rules";
import { phaseWhere } from "../phase-filter";
import { APP_RUN_SOURCE } from "../round-ownership";
import type { FcpRules } from "../to-fcp-round-dto";
import { startFcpIfReady } from "./start-fcp-if-ready";

/**
 * Starts every proposed round that has become ready without anyone voting: the team
 * changed (a leaver's approval stops counting, but so does their silence, lowering the
 * threshold). Votes and resolutions start rounds themselves; a scheduler runs this
 * beside completeDueFcps. Exactly once per round, from any number of instances. Only
 * app-run rounds: an imported one follows GitHub (round-ownership.ts).
 */
export async function startReadyFcps(
  prisma: PrismaClient,
  now: Date,
  rules: FcpRules = fcpRulesFromEnv(),
): Promise<number[]> {
  const proposed = await prisma.fcpRound.findMany({
    where: { ...phaseWhere(["proposed"]), source: APP_RUN_SOURCE },
    select: { id: true },
    orderBy: { id: "asc" },
  });
  const started: number[] = [];
  for (const { id } of proposed) {
    if (await prisma.$transaction((tx) => startFcpIfReady(tx, id, now, rules))) started.push(id);
  }
  if (started.length > 0) markDataChanged();
  return started;
}
