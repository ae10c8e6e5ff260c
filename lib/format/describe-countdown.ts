// Time left in an FCP, and how long ago something changed, as short English phrases.
// Pure (the caller passes `now`) so the server renders the text once and tests can pin
// it; pages show it beside a `<time datetime>` so the exact moment stays machine-readable.

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

function plural(count: number, unit: string): string {
  return `${count} ${unit}${count === 1 ? "" : "s"}`;
}

/** The two largest units of a span, rounded down: "2 days 4 hours", "3 hours 5 minutes", "12 minutes". */
export function describeSpan(ms: number): string {
  const span = Math.max(0, ms);
  const days = Math.floor(span / DAY_MS);
  const hours = Math.floor((span % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((span % HOUR_MS) / MINUTE_MS);
  if (days > 0) return hours > 0 ? `${plural(days, "day")} ${plural(hours, "hour")}` : plural(days, "day");
  if (hours > 0) return minutes > 0 ? `${plural(hours, "hour")} ${plural(minutes, "minute")}` : plural(hours, "hour");
  return minutes > 0 ? plural(minutes, "minute") : "less than a minute";
}

/**
 * "ends in 2 days 4 hours" or, once past, "ended 3 hours ago". An FCP whose end has
 * passed but which has not been marked finished is still shown: the process waits for
 * open concerns (MSC-PROCESS.md), and a sync may simply not have run yet.
 */
export function describeCountdown(endsAt: Date, now: Date): string {
  const left = endsAt.getTime() - now.getTime();
  return left >= 0 ? `ends in ${describeSpan(left)}` : `ended ${describeSpan(-left)} ago`;
}

/** "just now", "5 minutes ago", "3 days ago", "2 years ago" (whole units, rounded down). */
export function describeTimeAgo(at: Date, now: Date): string {
  const ago = now.getTime() - at.getTime();
  if (ago < MINUTE_MS) return "just now";
  if (ago < HOUR_MS) return `${plural(Math.floor(ago / MINUTE_MS), "minute")} ago`;
  if (ago < DAY_MS) return `${plural(Math.floor(ago / HOUR_MS), "hour")} ago`;
  if (ago < 60 * DAY_MS) return `${plural(Math.floor(ago / DAY_MS), "day")} ago`;
  if (ago < 730 * DAY_MS) return `${plural(Math.floor(ago / (30 * DAY_MS)), "month")} ago`;
  return `${plural(Math.floor(ago / (365 * DAY_MS)), "year")} ago`;
}

/** "23 Nov 2026, 14:05 UTC": in UTC so that server and reader agree (FCP ends are UTC). */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return `${day}, ${time} UTC`;
}
