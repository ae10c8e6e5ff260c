// Reads the one-off comments mscbot posts when an FCP starts, finishes or is cancelled,
// in the wording of mscbot-rs (a fork of rfcbot-rs, 2018-2019: bold, "the [review
// above](url)") and of mscbot-python (since 2020: "[the review](url) above"; since 2022
// the start notice adds the end time, strftime "%B %-d, %Y at %H:%M:%S %Z" in UTC).
// mscbot-python posts a cancel notice only for a running FCP: cancelling a proposed one
// edits the status comment instead.

import { type FcpDisposition, isFcpDisposition } from "./fcp-disposition";

export type MscbotFcpStarted = { kind: "fcp-started"; reviewUrl: string | null; endsAt: Date | null };
export type MscbotFcpFinished = { kind: "fcp-finished"; disposition: FcpDisposition; reviewUrl: string | null };
/** `cancelledBy` is known only from the mscbot-rs wording. */
export type MscbotFcpCancelled = { kind: "fcp-cancelled"; cancelledBy: string | null };

const STARTED = /^(?::bell:\s*)?(?:\*\*)?This is now entering its final comment period\b/;
const ENDS_AT = /The final comment period will run for \d+ days? until ([^\n]*?)\.?\s*$/m;
const FINISHED = /^The final comment period, with a disposition to \*\*(\w+)\*\*/;
const CANCELLED_RUNNING = /^Final comment period for this proposal has been cancelled\b/;
const CANCELLED_PROPOSAL = /^@([A-Za-z0-9-]+) proposal cancelled\b/;
const LINK_TARGET = /\]\(\s*<?([^)\s>]+)>?\s*\)/;

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const MSCBOT_TIME = /^([A-Z][a-z]+) (\d{1,2}), (\d{4}) at (\d{1,2}):(\d{2}):(\d{2}) UTC$/;

export function parseFcpStarted(text: string): MscbotFcpStarted | null {
  if (!STARTED.test(text)) return null;
  const endsAt = ENDS_AT.exec(text)?.[1];
  return { kind: "fcp-started", reviewUrl: firstLinkTarget(text), endsAt: endsAt ? parseMscbotTime(endsAt) : null };
}

export function parseFcpFinished(text: string): MscbotFcpFinished | null {
  const disposition = FINISHED.exec(text)?.[1];
  if (!isFcpDisposition(disposition)) return null;
  return { kind: "fcp-finished", disposition, reviewUrl: firstLinkTarget(text) };
}

export function parseFcpCancelled(text: string): MscbotFcpCancelled | null {
  if (CANCELLED_RUNNING.test(text)) return { kind: "fcp-cancelled", cancelledBy: null };
  const proposal = CANCELLED_PROPOSAL.exec(text);
  return proposal?.[1] ? { kind: "fcp-cancelled", cancelledBy: proposal[1] } : null;
}

/** Parses mscbot's "July 14, 2022 at 14:34:14 UTC"; null unless it is a real time. */
export function parseMscbotTime(text: string): Date | null {
  const match = MSCBOT_TIME.exec(text.trim());
  if (!match) return null;
  const month = MONTHS.indexOf(match[1] ?? "");
  const [day, year, hour, minute, second] = match.slice(2).map(Number) as [number, number, number, number, number];
  if (month < 0 || hour > 23 || minute > 59 || second > 59) return null;
  const date = new Date(Date.UTC(year, month, day, hour, minute, second));
  // Date.UTC rolls "February 30" over into March: reject what does not round-trip.
  return date.getUTCMonth() === month && date.getUTCDate() === day ? date : null;
}

/** The link in the first line: the status comment the notice refers to. */
function firstLinkTarget(text: string): string | null {
  return LINK_TARGET.exec(text.split("\n", 1)[0] ?? "")?.[1] ?? null;
}
