// Addresses and names of one MSC's page, shared by the page, its metadata and tests.

/** The number in `/proposals/{number}`, or null for anything that is not a plain positive integer. */
export function parseProposalNumber(raw: string): number | null {
  // Strict: "0042", "4e3" or "12abc" are not MSC addresses; the database int is 32-bit.
  if (!/^[1-9]\d{0,8}$/.test(raw)) return null;
  return Number(raw);
}

/** Titles usually read "MSC1234: ...", but drafts say "MSCxxxx" or nothing: always lead with the real number. */
export function displayTitle(number: number, title: string): string {
  const trimmed = title.trim();
  if (new RegExp(`\\bMSC\\s?${number}\\b`, "i").test(trimmed)) return trimmed;
  const rest = trimmed.replace(/^(MSC\s?(\d+|x+|0+)?\s*:?\s*)/i, "");
  return `MSC${number}: ${rest || "untitled"}`;
}

/** The per-MSC Atom feed (served by the feeds route). */
export function feedPath(number: number): string {
  return `/feeds/proposals/${number}.atom`;
}
