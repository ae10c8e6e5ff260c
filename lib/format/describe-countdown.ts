const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** 27 Nov 2026 14:00 UTC: always UTC, so that server, reader and mscbot agree. */
export function formatDateTime(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  const time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", hour12: false, timeZone: "UTC" });
  return `${day} ${time} UTC`;
}

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;

/** "2 days 4 hours", "3 hours 12 minutes", "12 minutes": the two largest units, rounded down. */
export function describeDuration(ms: number): string {
  if (ms < MINUTE_MS) return "less than a minute";
  const days = Math.floor(ms / DAY_MS);
  const hours = Math.floor((ms % DAY_MS) / HOUR_MS);
  const minutes = Math.floor((ms % HOUR_MS) / MINUTE_MS);
  if (days > 0) return hours > 0 ? `${plural(days, "day")} ${plural(hours, "hour")}` : plural(days, "day");
  if (hours > 0) return minutes > 0 ? `${plural(hours, "hour")} ${plural(minutes, "minute")}` : plural(hours, "hour");
  return plural(minutes, "minute");
}

/**
 * The FCP countdown as text around one moment: the page puts `at` in a `<time>` between
 * `before` and `after`. The page is rendered on each request, so no client clock is needed.
 * A concern open at the end does not extend the 5 days, but FCP does not conclude until
 * it is resolved (MSC-PROCESS.md), so an elapsed period says what it still waits for.
 */
export type Countdown = { before: string; at: string; after: string };

export function describeCountdown(endsAt: string, now: Date, openConcerns: number): Countdown {
  const remaining = Date.parse(endsAt) - now.getTime();
  if (remaining > 0) return { before: `Ends in ${describeDuration(remaining)}, on`, at: endsAt, after: "." };
  const waiting =
    openConcerns > 0
      ? `waiting for ${plural(openConcerns, "concern")} to be resolved`
      : "waiting for mscbot to mark it finished";
  return { before: "Period over on", at: endsAt, after: `; ${waiting}.` };
}

/** The countdown as one line of text, e.g. for metadata and tests. */
export function countdownText(countdown: Countdown): string {
  return `${countdown.before} ${formatDateTime(countdown.at)}${countdown.after}`;
}
