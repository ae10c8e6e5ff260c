import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { formatSyncSummary } from "@/lib/github/sync/format-sync-summary";
import { NO_TOKEN_WARNING, syncFromEnv } from "@/lib/github/sync/sync-from-env";
import { env } from "@/lib/env";
import { runPeriodically } from "./run-periodically";

const FIRST_SYNC_DELAY_MS = 10_000;

/**
 * Syncs every `minutes` while the server runs; 0 turns it off. Runs never overlap: a
 * slow sync (a rate-limit wait) makes the next tick skip rather than pile up.
 */
export function scheduleSync(prisma: PrismaClient, minutes: number): () => void {
  if (minutes <= 0) return () => {};
  if (!env().GITHUB_TOKEN) console.warn(NO_TOKEN_WARNING);
  const sync = async () => {
    try {
      const summary = await syncFromEnv(prisma);
      console.log(formatSyncSummary(summary).replaceAll("\n", " "));
    } catch (error) {
      console.error(`Scheduled sync failed: ${(error as Error).message}`);
    }
  };
  return runPeriodically(sync, { firstDelayMs: FIRST_SYNC_DELAY_MS, everyMs: minutes * 60_000 });
}
