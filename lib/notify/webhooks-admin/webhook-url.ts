// Outbound webhook URLs: only http(s) (the sender POSTs with fetch; file:, data: or
// javascript: would mean nothing or worse), and shown without credentials, since a
// user:password or a token in the query would otherwise reach pages and the audit log.

export const MAX_WEBHOOK_URL_LENGTH = 2000;

/** Why `raw` cannot be a webhook URL, or null when it can. */
export function webhookUrlProblem(raw: string): string | null {
  if (raw.length > MAX_WEBHOOK_URL_LENGTH) return `keep the URL under ${MAX_WEBHOOK_URL_LENGTH} characters`;
  if (!URL.canParse(raw)) return "that is not a URL (e.g. https://example.org/hooks/msc)";
  const url = new URL(raw);
  if (url.protocol !== "http:" && url.protocol !== "https:") return "the URL must start with http:// or https://";
  if (url.hostname === "") return "the URL must name a host";
  return null;
}

/** The URL as admins and the audit log see it: scheme, host and path only. */
export function displayWebhookUrl(raw: string): string {
  if (!URL.canParse(raw)) return raw;
  const url = new URL(raw);
  return `${url.protocol}//${url.host}${url.pathname}`;
}
