const DAY_MS = 86_400_000;

/** "today", "1 day old", "96 days old": how old data is, for people. */
export function describeAge(asOf: Date, now: Date): string {
  const days = Math.floor((now.getTime() - asOf.getTime()) / DAY_MS);
  if (days <= 0) return "updated today";
  return days === 1 ? "1 day old" : `${days} days old`;
}

/** 18 Aug 2026, in UTC so that server and reader agree. */
export function formatDate(iso: string): string {
  return new Date(iso).toLocaleDateString("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  });
}
