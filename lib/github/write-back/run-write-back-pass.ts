import "server-only";
import type { FcpRules } from "@/lib/fcp/to-fcp-round-dto";
import { applyRound, type ApplyContext } from "./apply-round";
import { describeWriteFailure } from "./describe-write-failure";
import { findDueRounds } from "./find-due-rounds";
import { loadWriteBackRound } from "./load-write-back-round";
import { claimRound, recordFailure, recordSuccess } from "./write-back-record";

export type WriteBackOptions = Omit<ApplyContext, "thresholdPercent"> & {
  rules: FcpRules;
  log: (line: string) => void;
  now?: () => Date;
};

export type WriteBackPassResult = { written: number; failed: number; skipped: number };

/**
 * One pass: every due round is claimed, derived from the database and applied to
 * GitHub. A failure is recorded on its round (with a back-off) and the pass goes on;
 * nothing here is in the path of a vote, an action or the sync.
 */
export async function runWriteBackPass(options: WriteBackOptions): Promise<WriteBackPassResult> {
  const { prisma, instance, dryRun, log } = options;
  const now = options.now?.() ?? new Date();
  const context: ApplyContext = { ...options, thresholdPercent: options.rules.thresholdPercent };
  const result: WriteBackPassResult = { written: 0, failed: 0, skipped: 0 };
  // The newest event is read before the round: one that lands meanwhile makes it due again.
  for (const { roundId, eventId } of await findDueRounds(prisma, { dryRun, now })) {
    const row = await claimRound(prisma, roundId, instance, now);
    if (!row) {
      result.skipped++;
      continue;
    }
    try {
      const loaded = await loadWriteBackRound(prisma, roundId, options.rules);
      if (loaded) await applyRound(context, loaded, row);
      await recordSuccess(prisma, roundId, instance, { eventId, dryRun, now });
      result.written++;
    } catch (error) {
      result.failed++;
      const failure = describeWriteFailure(error, row.attempts + 1, now);
      log(`GitHub write-back of FCP round ${roundId} failed: ${failure.message}`);
      // With the database down too, the claim lapses on its own and the round is retried.
      await recordFailure(prisma, roundId, instance, { ...failure, attempts: row.attempts + 1 }).catch(
        (recordError: unknown) => log(`GitHub write-back could not record the failure: ${String(recordError)}`),
      );
    }
  }
  return result;
}
