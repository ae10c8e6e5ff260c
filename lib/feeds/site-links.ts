// Absolute addresses for feeds. There is no public-URL setting, so the site's origin is
// the one the reader used to ask. Next's request.url does not carry it (it names the
// address the server listens on, such as localhost), so it is read from the Host
// header, or from X-Forwarded-Host/-Proto when a proxy in front of the app sets them.

export type Site = { origin: string; hostname: string };

// A host and optional port, nothing else: a forged header must not inject markup or paths.
const HOST = /^(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,252})|\[[0-9A-Fa-f:.]+\])(?::\d{1,5})?$/;

/** The first value of a header a chain of proxies may have appended to. */
function firstValue(headers: Headers, name: string): string | null {
  return headers.get(name)?.split(",")[0]?.trim() || null;
}

export function siteFromRequest(request: Request): Site {
  const url = new URL(request.url);
  const host = [firstValue(request.headers, "x-forwarded-host"), request.headers.get("host")].find(
    (value) => value && HOST.test(value),
  );
  const proto = firstValue(request.headers, "x-forwarded-proto");
  const scheme = proto === "https" || proto === "http" ? proto : url.protocol.replace(/:$/, "");
  const origin = host ? new URL(`${scheme}://${host}`) : url;
  return { origin: origin.origin, hostname: origin.hostname };
}

/** Headers the answer depends on besides the address, for caches in front of the app. */
export const SITE_VARY = "host, x-forwarded-host, x-forwarded-proto";

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
