import type { z } from "zod";
import type { Prisma } from "@/lib/db/generated/client";
import { ActionError, failure, type ActionFailure, type ActionResult } from "./action-result";
import { refusal, type RequiredRole, type Viewer } from "./roles";
import { crossSiteRefusal, type HeaderReader } from "./same-origin";

// The one shape of every mutating action (STYLE.md habit 2), with its dependencies
// passed in so it can be tested with fake viewers and a fake database:
//   same site -> validate -> authenticate -> authorize (role, then this resource)
//   -> write, with its audit events, in one transaction -> mark data changed -> result.

export type Tx = Prisma.TransactionClient;

/** One row of the append-only audit log; actor and source are filled in here. */
export type ActionEvent = {
  kind: string;
  proposalNumber?: number | null;
  fcpRoundId?: number | null;
  data?: Prisma.InputJsonValue;
  /** When it happened, if the handler stored that time on its rows too; else the database's now. */
  at?: Date;
};

/** true, or why not: a string is a 403; an object picks the status (404, 409, 422). */
export type ResourceVerdict = true | string | Omit<ActionFailure, "ok">;

export type ActionDefinition<S extends z.ZodType, T> = {
  /** What the caller is trying to do, as a verb phrase: "vote", "raise a concern". */
  action: string;
  input: S;
  role: RequiredRole;
  /** Authorizes for this resource (is the FCP open, is this the proposer...). */
  authorize?: (viewer: Viewer, input: z.output<S>, tx: Tx) => ResourceVerdict | Promise<ResourceVerdict>;
  /** Does the write; every action records at least one event of what it did. */
  handler: (context: { input: z.output<S>; viewer: Viewer; tx: Tx }) => Promise<{
    data: T;
    events: [ActionEvent, ...ActionEvent[]];
  }>;
};

export type ActionDependencies = {
  headers: HeaderReader;
  /** The app's public origins (NEXTAUTH_URL), trusted beside the Host header. */
  trustedOrigins: readonly string[];
  getViewer: () => Promise<Viewer>;
  transaction: <R>(work: (tx: Tx) => Promise<R>) => Promise<R>;
  dataChanged: () => void;
  logError: (error: unknown) => void;
};

export async function runAction<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
  rawInput: unknown,
  deps: ActionDependencies,
): Promise<ActionResult<T>> {
  const crossSite = crossSiteRefusal(deps.headers, deps.trustedOrigins);
  if (crossSite) return failure(403, crossSite);

  const parsed = definition.input.safeParse(rawInput);
  if (!parsed.success) return failure(400, describeInvalidInput(parsed.error));
  const input = parsed.data;

  const viewer = await deps.getViewer();
  const refused = refusal(viewer, definition.role, definition.action);
  if (refused) return failure(viewer.login === null ? 401 : 403, refused);

  try {
    const outcome = await deps.transaction(async (tx) => {
      const verdict = definition.authorize ? await definition.authorize(viewer, input, tx) : true;
      if (verdict !== true)
        return typeof verdict === "string" ? failure(403, verdict) : { ...verdict, ok: false as const };
      const { data, events } = await definition.handler({ input, viewer, tx });
      for (const event of events) {
        await tx.event.create({ data: { ...event, actorLogin: viewer.login, source: "web" } });
      }
      return { ok: true as const, data };
    });
    if (outcome.ok) deps.dataChanged();
    return outcome;
  } catch (error) {
    if (error instanceof ActionError) return failure(error.status, error.message);
    deps.logError(error);
    return failure(500, `Could not ${definition.action}: something went wrong and nothing was changed. Try again.`);
  }
}

/**
 * The same pipeline for a POST route handler taking a JSON body: 200 with the result,
 * or the failure's status (400 bad input, 401 not signed in, 403 not allowed or
 * cross-site, 404/409/422 from the resource check, 500) with `{ ok: false, status, message }`.
 */
export async function runActionForRequest<S extends z.ZodType, T>(
  definition: ActionDefinition<S, T>,
  request: Request,
  deps: ActionDependencies,
  /** Input the URL names (the MSC, round...), laid over the body's: then the body must be an object. */
  fromUrl?: Record<string, unknown>,
): Promise<Response> {
  const reply = (result: ActionResult<T>) => Response.json(result, { status: result.ok ? 200 : result.status });
  // Before reading the body, so another site's request is told so, whatever it sent.
  const crossSite = crossSiteRefusal(deps.headers, deps.trustedOrigins);
  if (crossSite) return reply(failure(403, crossSite));
  let body: unknown;
  try {
    body = await request.json();
  } catch {
    return reply(failure(400, "The request body must be JSON."));
  }
  if (fromUrl) {
    if (body === null || typeof body !== "object" || Array.isArray(body))
      return reply(failure(400, "The request body must be a JSON object."));
    body = { ...body, ...fromUrl };
  }
  return reply(await runAction(definition, body, deps));
}

function describeInvalidInput(error: z.ZodError): string {
  const issue = error.issues[0];
  const field = issue?.path.length ? `${issue.path.join(".")}: ` : "";
  return `Invalid request: ${field}${issue?.message ?? "unreadable input"}.`;
}
