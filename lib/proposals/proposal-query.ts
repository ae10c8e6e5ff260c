import { z } from "zod";
import { STATUSES } from "./status";

// The list's query string, shared by GET /api/v1/proposals and the /proposals page
// (README: JSON API). Unknown values are refused with a message rather than ignored,
// so a typo in a shared link does not silently widen it.

export const MAX_PER_PAGE = 1000;
export const DEFAULT_PER_PAGE = 50;
export const STATES = ["open", "closed", "merged"] as const;
export const SORT_KEYS = ["number", "title", "status", "updated", "created"] as const;
export const ORDERS = ["asc", "desc"] as const;

export type State = (typeof STATES)[number];
export type SortKey = (typeof SORT_KEYS)[number];
export type Order = (typeof ORDERS)[number];

const blankToUndefined = (value: unknown) => (value === "" || value === null ? undefined : value);
const text = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());
// People type logins as they appear in MSC bodies ("@alice"); GitHub logins never start with @.
const login = z.preprocess(
  (value) => blankToUndefined(typeof value === "string" ? value.trim().replace(/^@/, "") : value),
  z.string().max(100).optional(),
);

export const proposalQuerySchema = z.object({
  status: z.preprocess(blankToUndefined, z.enum(STATUSES).optional()),
  kind: text(100),
  area: text(100),
  author: login,
  shepherd: login,
  state: z.preprocess(blankToUndefined, z.enum(STATES).optional()),
  q: text(200),
  sort: z.preprocess(blankToUndefined, z.enum(SORT_KEYS).optional()),
  order: z.preprocess(blankToUndefined, z.enum(ORDERS).optional()),
  page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).default(1)),
  per_page: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(MAX_PER_PAGE).default(DEFAULT_PER_PAGE)),
});

export type ProposalQuery = z.infer<typeof proposalQuerySchema>;

/** Newest or highest first for numbers and times; A to Z and lifecycle order otherwise. */
export function defaultOrder(sort: SortKey): Order {
  return sort === "title" || sort === "status" ? "asc" : "desc";
}

/** The sort a query asks for, with its defaults filled in (number, highest first). */
export function effectiveSort(query: Pick<ProposalQuery, "sort" | "order">): { sort: SortKey; order: Order } {
  const sort = query.sort ?? "number";
  return { sort, order: query.order ?? defaultOrder(sort) };
}

const CHOICES: Record<string, string> = {
  status: `status must be one of: ${STATUSES.join(", ")}.`,
  state: `state must be one of: ${STATES.join(", ")} (leave it out for all).`,
  sort: `sort must be one of: ${SORT_KEYS.join(", ")}.`,
  order: "order must be asc or desc.",
  per_page: `per_page must be a whole number from 1 to ${MAX_PER_PAGE}.`,
  page: "page must be a whole number from 1.",
};

/** Parses URLSearchParams; on failure, one sentence naming the parameter. */
export function parseProposalQuery(params: URLSearchParams): { query: ProposalQuery } | { error: string } {
  const result = proposalQuerySchema.safeParse(Object.fromEntries(params));
  if (result.success) return { query: result.data };
  const issue = result.error.issues[0];
  const name = String(issue?.path[0] ?? "query");
  return { error: CHOICES[name] ?? `${name} is not valid: ${issue?.message ?? "unknown problem"}.` };
}
