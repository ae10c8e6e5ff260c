// GitHub's page-based pagination: per_page defaults to 30 and is silently capped at 100;
// the Link header (RFC 8288, formerly RFC 5988) names next/last/first/prev pages with
// absolute URLs that keep the request's other query parameters.

export type Page<T> = { items: T[]; page: number; perPage: number; lastPage: number };

const MAX_PER_PAGE = 100;
const DEFAULT_PER_PAGE = 30;

export function readPaging(query: URLSearchParams): { page: number; perPage: number } {
  const perPage = Number.parseInt(query.get("per_page") ?? "", 10);
  const page = Number.parseInt(query.get("page") ?? "", 10);
  return {
    perPage: Number.isFinite(perPage) && perPage > 0 ? Math.min(perPage, MAX_PER_PAGE) : DEFAULT_PER_PAGE,
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function paginate<T>(all: readonly T[], query: URLSearchParams): Page<T> {
  const { page, perPage } = readPaging(query);
  const start = (page - 1) * perPage;
  return {
    items: all.slice(start, start + perPage),
    page,
    perPage,
    lastPage: Math.max(1, Math.ceil(all.length / perPage)),
  };
}

/** The Link header GitHub would send, or null for a single page (GitHub sends none then). */
export function linkHeader(baseUrl: string, query: URLSearchParams, page: number, lastPage: number): string | null {
  if (lastPage <= 1 && page <= 1) return null;
  const urlFor = (target: number) => {
    const params = new URLSearchParams(query);
    params.set("page", String(target));
    return `<${baseUrl}?${params.toString()}>`;
  };
  const links: string[] = [];
  if (page > 1) links.push(`${urlFor(page - 1)}; rel="prev"`);
  if (page < lastPage) links.push(`${urlFor(page + 1)}; rel="next"`);
  if (page !== lastPage) links.push(`${urlFor(lastPage)}; rel="last"`);
  if (page > 1) links.push(`${urlFor(1)}; rel="first"`);
  return links.join(", ");
}
