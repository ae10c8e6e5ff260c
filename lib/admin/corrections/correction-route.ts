import "server-only";
import type { z } from "zod";
import { defineFormRoute } from "@/lib/auth/define-action";
import type { ActionDefinition } from "@/lib/auth/run-action";

type Params = { number: string };

/**
 * A correction route under /api/v1/proposals/{number}/corrections/: the MSC comes from
 * the URL. The forms are on /admin and on the MSC's page; `?return=proposal` sends the
 * browser back to the MSC's page, anything else to /admin with the same MSC open.
 */
export function correctionRoute<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
  message: (data: T) => string,
) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    const toProposal = new URL(request.url).searchParams.get("return") === "proposal";
    return defineFormRoute(definition, {
      fromParams: ({ number }: Params) => ({ proposalNumber: number }),
      redirectTo: ({ number }: Params) => {
        const msc = encodeURIComponent(number);
        return toProposal ? `/proposals/${msc}#corrections` : `/admin?msc=${msc}#corrections`;
      },
      successMessage: message,
    })(request, context);
  };
}
