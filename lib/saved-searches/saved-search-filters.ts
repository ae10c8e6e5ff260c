import { z } from "zod";
import { proposalQuerySchema, type ProposalQuery } from "@/lib/proposals/proposal-query";
import { proposalsHref, proposalsSearch } from "@/lib/proposals/proposals-href";
import { STATUS_LABELS } from "@/lib/proposals/status";

// What a saved search keeps: the /proposals list's filters (not its sort or page), as the
// list's own canonical query string, plus "authored by me". The list's schema validates
// them on the way in and parses them on the way out, so a saved search can never hold a
// filter the list would refuse. Pure: unit-tested beside it.

export const FILTER_NAMES = ["q", "status", "state", "kind", "area", "author", "shepherd"] as const;
export type FilterName = (typeof FILTER_NAMES)[number];
export type SavedFilters = Pick<ProposalQuery, FilterName>;

export const NAME_MAX = 100;

export const savedFiltersSchema = proposalQuerySchema.pick({
  q: true,
  status: true,
  state: true,
  kind: true,
  area: true,
  author: true,
  shepherd: true,
});

/** A form checkbox sends "on" when ticked and nothing otherwise; JSON callers send a boolean. */
export const checkbox = z.preprocess(
  (value) => value === true || value === "on" || value === "true" || value === "1",
  z.boolean(),
);

/** The canonical query string of the filters alone: equal searches store equal text. */
export function encodeFilters(filters: Partial<SavedFilters>): string {
  const only: Partial<SavedFilters> = {};
  for (const name of FILTER_NAMES) if (filters[name] !== undefined) Object.assign(only, { [name]: filters[name] });
  return proposalsSearch(only);
}

/** The list query a stored search means (default sort and page), or null if the list would now refuse it. */
export function decodeFilters(stored: string): ProposalQuery | null {
  const parsed = proposalQuerySchema.safeParse(Object.fromEntries(new URLSearchParams(stored)));
  return parsed.success ? parsed.data : null;
}

/** Only the filters of a list query, for a form that saves the view being looked at. */
export function filtersOf(query: Partial<ProposalQuery>): Partial<SavedFilters> {
  const decoded = decodeFilters(encodeFilters(query));
  if (!decoded) return {};
  const filters: Partial<SavedFilters> = {};
  for (const name of FILTER_NAMES) if (decoded[name] !== undefined) Object.assign(filters, { [name]: decoded[name] });
  return filters;
}

export function hasFilters(query: Partial<ProposalQuery>): boolean {
  return encodeFilters(query) !== "";
}

/** The filters in words, in the list's parameter order: "kind core · status Final comment period". */
export function describeFilters(stored: string, mine: boolean): string {
  const parts: string[] = [];
  for (const [name, value] of new URLSearchParams(stored)) {
    if (name === "q") parts.push(`text “${value}”`);
    else if (name === "status") parts.push(`status ${STATUS_LABELS[value as keyof typeof STATUS_LABELS] ?? value}`);
    else parts.push(`${name} ${value}`);
  }
  if (mine) parts.push("authored by me");
  return parts.join(" · ");
}

/** The name a search gets when its owner gives none: its filters in words, cut to fit. */
export function defaultName(stored: string, mine: boolean): string {
  const words = describeFilters(stored, mine);
  return words.length <= NAME_MAX ? words : `${words.slice(0, NAME_MAX - 1).trimEnd()}…`;
}

/**
 * Where the list shows what a stored search matches. "Authored by me" becomes the list's
 * author filter with the owner's login, unless the search filters by another author too.
 */
export function savedSearchHref(stored: string, mineLogin: string | null = null): string {
  const query = decodeFilters(stored);
  if (!query) return "/proposals";
  const filters = filtersOf(query);
  return proposalsHref(mineLogin && !filters.author ? { ...filters, author: mineLogin } : filters);
}
