import { z } from "zod";
import { STATUSES } from "./status";

// The list API's query string (README: JSON API). Unknown values are refused with a
// message rather than ignored, so a typo in a shared link does not silently widen it.

export const MAX_PER_PAGE = 1000;

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);

export const proposalQuerySchema = z.object({
  status: z.preprocess(blankToUndefined, z.enum(STATUSES).optional()),
  kind: z.preprocess(blankToUndefined, z.string().max(100).optional()),
  q: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).default(1)),
  per_page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(50)),
});

export type ProposalQuery = z.infer<typeof proposalQuerySchema>;

/** Parses URLSearchParams; on failure, one sentence naming the parameter. */
export function parseProposalQuery(params: URLSearchParams): { query: ProposalQuery } | { error: string } {
  const result = proposalQuerySchema.safeParse(Object.fromEntries(params));
  if (result.success) return { query: result.data };
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? "query");
  if (name === "status") return { error: `status must be one of: ${STATUSES.join(", ")}.` };
  if (name === "per_page") return { error: `per_page must be a whole number from 1 to ${MAX_PER_PAGE}.` };
  if (name === "page") return { error: "page must be a whole number from 1." };
  return { error: `${name} is not valid: ${issue?.message ?? "unknown problem"}.` };
}
