import { DEFAULT_PER_PAGE, defaultOrder, type ProposalQuery } from "./proposal-query";

// Every view of /proposals is a link: one canonical query string per view (fixed
// parameter order, defaults left out), so equal views share one address and a link
// built here parses back to the same query.

export type ProposalsView = Partial<ProposalQuery>;

const ORDER: (keyof ProposalQuery)[] = [
  "q",
  "status",
  "state",
  "kind",
  "area",
  "author",
  "shepherd",
  "sort",
  "order",
  "page",
  "per_page",
];

export function proposalsSearch(view: ProposalsView): string {
  const params = new URLSearchParams();
  for (const name of ORDER) {
    const value = view[name];
    if (value === undefined || value === "" || isDefault(name, value, view)) continue;
    params.set(name, String(value));
  }
  return params.toString();
}

/** The /proposals address of a view; `changes` replace parts of it (undefined removes one). */
export function proposalsHref(view: ProposalsView, changes: ProposalsView = {}): string {
  const search = proposalsSearch({ ...view, ...changes });
  return search ? `/proposals?${search}` : "/proposals";
}

function isDefault(name: keyof ProposalQuery, value: unknown, view: ProposalsView): boolean {
  if (name === "page") return value === 1;
  if (name === "per_page") return value === DEFAULT_PER_PAGE;
  if (name === "sort") return value === "number";
  if (name === "order") return value === defaultOrder(view.sort ?? "number");
  return false;
}
