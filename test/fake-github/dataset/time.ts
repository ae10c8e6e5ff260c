// GitHub writes times as ISO 8601 in UTC to the second, without milliseconds.

export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;

export function toGitHubTime(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(".000Z", "Z");
}

export function parseTime(iso: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`not a time: ${iso}`);
  return ms;
}

/** A date (yyyy-mm-dd) at a plausible working hour, in UTC. */
export function atTimeOfDay(date: string, minuteOfDay: number): number {
  return parseTime(`${date}T00:00:00Z`) + minuteOfDay * 60_000;
}

export function clamp(value: number, min: number, max: number): number {
  return Math.min(Math.max(value, min), max);
}
