import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { markDataChanged } from "@/lib/cache/data-generation";
import { getPrisma } from "@/lib/db/client";
import { env } from "@/lib/env";
import type { ActionResult } from "./action-result";
import { getViewer } from "./get-viewer";
import { runAction, type ActionDefinition, type ActionDependencies } from "./run-action";
import { runActionForFormOrJson, type FormRouteOptions } from "./run-form-action";
import type { HeaderReader } from "./same-origin";

// Every mutating server action and route handler is made here, so none can skip a step
// (see run-action.ts). A page that hides a button protects nothing: the check is here.
//
//   export const castVote = defineAction({
//     action: "vote", role: "member", input: castVoteInput,
//     authorize: (viewer, input, tx) => ...true or "This FCP has ended.",
//     handler: async ({ input, viewer, tx }) => ({ data: {...}, events: [{ kind: "vote.cast", ... }] }),
//   });

function dependencies(requestHeaders: HeaderReader): ActionDependencies {
  const publicUrl = env().NEXTAUTH_URL;
  return {
    headers: requestHeaders,
    trustedOrigins: publicUrl ? [publicUrl] : [],
    getViewer,
    transaction: async (work) => (await getPrisma()).$transaction(work),
    dataChanged: markDataChanged,
    logError: (error) => console.error("action failed:", error),
  };
}

/** A server action: `(input) => Promise<ActionResult<T>>`, for forms and `useActionState`. */
export function defineAction<S extends z.ZodType, T>(definition: ActionDefinition<S, T>) {
  return async (input: unknown): Promise<ActionResult<T>> =>
    runAction(definition, input, dependencies(await headers()));
}

/**
 * A POST route handler for an HTML form and for JSON clients alike (run-form-action.ts):
 *
 *   export const POST = defineFormRoute(raiseConcernDefinition, {
 *     fromParams: ({ number }) => ({ proposalNumber: number }),
 *     redirectTo: ({ number }) => `/proposals/${number}#fcp`,
 *     successMessage: () => "Concern raised.",
 *   });
 */
export function defineFormRoute<S extends z.ZodType, T, P>(
  definition: ActionDefinition<S, T>,
  options: FormRouteOptions<T, P>,
) {
  return async (request: Request, context: { params: Promise<P> }): Promise<Response> =>
    runActionForFormOrJson(definition, request, await context.params, options, dependencies(request.headers));
}
