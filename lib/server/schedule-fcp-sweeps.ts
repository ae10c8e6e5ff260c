import "server-only";
import type { PrismaClient } from "@/lib/db/generated/client";
import { completeDueFcps } from "@/lib/fcp/operations/complete-due-fcps";
import { startReadyFcps } from "@/lib/fcp/operations/start-ready-fcps";
import { runPeriodically } from "./run-periodically";

/**
 * Runs the FCP sweeps at once and then every `seconds` while the server runs; 0 turns
 * them off. "Is it over" is read from the stored end time on every sweep, never kept
 * in a timer, so the sweep at start-up finishes a round whose end passed while the
 * server was down, and several instances sweeping together finish it once (the sweeps'
 * conditional updates). Ready rounds start first: a team change can make one ready with
 * nobody voting. Sweeps never overlap; a failed one (say, the database is down) logs one
 * line and the next tick tries again.
 */
export function scheduleFcpSweeps(
  prisma: PrismaClient,
  seconds: number,
  now: () => Date = () => new Date(),
): () => void {
  if (seconds <= 0) return () => {};
  const sweep = async () => {
    try {
      const started = await startReadyFcps(prisma, now());
      const finished = await completeDueFcps(prisma, now());
      if (started.length + finished.length > 0) {
        console.log(`FCP sweep: started rounds [${started.join(", ")}], finished rounds [${finished.join(", ")}]`);
      }
    } catch (error) {
      // One line: a database error's message can run over several.
      const message = String((error as Error)?.message ?? error).split("\n", 1)[0];
      console.error(`FCP sweep failed (retrying in ${seconds} s): ${message}`);
    }
  };
  return runPeriodically(sweep, { firstDelayMs: 0, everyMs: seconds * 1000 });
}
