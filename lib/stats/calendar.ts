// Month and quarter arithmetic in UTC, so that a bucket never depends on the server's
// time zone.

/** "2026-08" for any instant in August 2026. */
export function monthKey(at: number): string {
  const d = new Date(at);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, "0")}`;
}

/** "2026 Q3" for any instant in July to September 2026. */
export function quarterKey(at: number): string {
  const d = new Date(at);
  return `${d.getUTCFullYear()} Q${Math.floor(d.getUTCMonth() / 3) + 1}`;
}

/** The first instant of the month `months` after the one holding `at` (may be negative). */
export function startOfMonth(at: number, months = 0): number {
  const d = new Date(at);
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1);
}

/** Every month from the one holding `from` to the one holding `to`, as their first instants. */
export function monthsBetween(from: number, to: number): number[] {
  const months: number[] = [];
  for (let m = startOfMonth(from); m <= to; m = startOfMonth(m, 1)) months.push(m);
  return months;
}

/** Every quarter from the one holding `from` to the one holding `to`, as keys. */
export function quartersBetween(from: number, to: number): string[] {
  const quarters: string[] = [];
  const first = new Date(startOfMonth(from));
  for (let m = Date.UTC(first.getUTCFullYear(), first.getUTCMonth() - (first.getUTCMonth() % 3), 1); m <= to;) {
    quarters.push(quarterKey(m));
    m = startOfMonth(m, 3);
  }
  return quarters;
}

/** The same instant `months` calendar months earlier (day clamped to the month's end). */
export function monthsBefore(at: number, months: number): number {
  const d = new Date(at);
  const target = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return Date.UTC(
    target.getUTCFullYear(),
    target.getUTCMonth(),
    Math.min(d.getUTCDate(), lastDay),
    d.getUTCHours(),
    d.getUTCMinutes(),
    d.getUTCSeconds(),
    d.getUTCMilliseconds(),
  );
}

/** The earliest of the given times, ignoring unknown ones; null when all are unknown. */
export function earliest(times: Iterable<number | null>): number | null {
  let min: number | null = null;
  for (const t of times) if (t !== null && (min === null || t < min)) min = t;
  return min;
}

/** The latest of the given times, ignoring unknown ones; null when all are unknown. */
export function latest(times: Iterable<number | null>): number | null {
  let max: number | null = null;
  for (const t of times) if (t !== null && (max === null || t > max)) max = t;
  return max;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "Aug 2026" for the key "2026-08", for people. */
export function monthLabel(key: string): string {
  const [year, month] = key.split("-");
  return `${MONTHS[Number(month) - 1] ?? month} ${year}`;
}
