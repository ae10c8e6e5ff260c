import type { ActionResult } from "@/lib/auth/action-result";
import type { Viewer } from "@/lib/auth/roles";
import { runAction, type ActionDefinition, type ActionDependencies } from "@/lib/auth/run-action";
import type { PrismaClient } from "@/lib/db/generated/client";
import type { z } from "zod";

// Actions through the one wrapper (run-action.ts) on a real test database, as a given
// viewer and from a given site: what every action's integration test needs.

export const SAME_SITE = { host: "tracker.example", origin: "https://tracker.example" };
export const CROSS_SITE = { host: "tracker.example", origin: "https://evil.example" };

/** `run` sends one request through runAction; `ok` unwraps a success or throws with the refusal. */
export function actionRunner(prisma: () => PrismaClient, dataChanged: () => void = () => {}) {
  function run<S extends z.ZodType, T>(
    definition: ActionDefinition<S, T>,
    input: unknown,
    viewer: Viewer,
    headers: Record<string, string> = SAME_SITE,
  ): Promise<ActionResult<T>> {
    const deps: ActionDependencies = {
      headers: { get: (name) => headers[name.toLowerCase()] ?? null },
      trustedOrigins: [],
      getViewer: async () => viewer,
      transaction: (work) => prisma().$transaction(work),
      dataChanged,
      // An unexpected error fails the test instead of turning into a 500 result.
      logError: (error) => {
        throw error;
      },
    };
    return runAction(definition, input, deps);
  }
  const ok = async <T>(result: Promise<ActionResult<T>>): Promise<T> => {
    const outcome = await result;
    if (!outcome.ok) throw new Error(`refused ${outcome.status}: ${outcome.message}`);
    return outcome.data;
  };
  return { run, ok };
}
