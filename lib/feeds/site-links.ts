// Absolute addresses for feeds. There is no public-URL setting, so the site's origin is
// the one the reader used to ask (feed readers resolve nothing relative).

export type Site = { origin: string; hostname: string };

export function siteFromRequest(request: Request): Site {
  const url = new URL(request.url);
  return { origin: url.origin, hostname: url.hostname };
}

export function proposalUrl(site: Site, number: number): string {
  return `${site.origin}/proposals/${number}`;
}

/**
 * A tag URI (RFC 4151) naming something on this site. Atom ids must never change once
 * published, so they are built from database ids, never from titles or times; the year
 * is fixed for the same reason.
 */
export function tagUri(site: Site, specific: string): string {
  return `tag:${site.hostname},2026:${specific}`;
}
