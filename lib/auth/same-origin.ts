// Refuses requests a browser sent from another site (cross-site request forgery).
// Next checks Origin for server actions but not for route handlers; this one check
// serves both. Browsers send Origin on every POST; a request without it and without
// Sec-Fetch-Site comes from a non-browser client, which no other site can drive with
// this site's cookies.

export type HeaderReader = { get(name: string): string | null };

export const CROSS_SITE_MESSAGE = "This request came from another site. Open MSC Tracker itself and try again there.";

/** Null when the request comes from this site; otherwise why it is refused. */
export function crossSiteRefusal(headers: HeaderReader, trustedOrigins: readonly string[] = []): string | null {
  const origin = headers.get("origin");
  if (origin === null) {
    const site = headers.get("sec-fetch-site");
    return site === null || site === "same-origin" || site === "none" ? null : CROSS_SITE_MESSAGE;
  }
  const originHost = hostOf(origin);
  if (originHost === null) return CROSS_SITE_MESSAGE; // "null": sandboxed frames, data: URLs
  // Behind a proxy the Host header names the upstream; the proxy's X-Forwarded-Host or
  // the configured public URL names the site. Another site's page cannot set either:
  // browsers forbid a custom header on a cross-site request without a preflight.
  const forwarded = headers.get("x-forwarded-host")?.split(",")[0]?.trim() ?? null;
  const allowed = [forwarded, headers.get("host"), ...trustedOrigins.map(hostOf)];
  return allowed.some((host) => host !== null && host.toLowerCase() === originHost) ? null : CROSS_SITE_MESSAGE;
}

function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.host.toLowerCase() : null;
  } catch {
    return null;
  }
}
