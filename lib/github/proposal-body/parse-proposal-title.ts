// Reads the MSC number and the title proper from a proposal PR's title. The convention
// is "MSC1234: Title" (drafts prefix "[WIP]"), but real titles vary (shared/data/mscs.json):
// "MSC 1501: ...", "MSC1929 Title", "MSC2077 - Title", "[MSC2334](url) - Title",
// "Draft: MSC3215: ...", "Add MSC4448: ...", "# MSC9999: ...", and authors who open the
// PR before knowing its number write "MSCxxxx:", "MSC XXXX:", "MSC0000:" or "MSC: ...".
// The number in a title can differ from the PR number; comparing them is the caller's job.

export type ProposalTitle = {
  /** The number the title claims, or null when it has none or only a placeholder. */
  mscNumber: number | null;
  /** The title has an MSC slot, but filled with x's, zeros or nothing. */
  isPlaceholder: boolean;
  /** Marked work in progress: "[WIP]", "WIP:", "(WIP)", "[Draft]", "Draft:". */
  isWip: boolean;
  /** The title without markers and MSC number; the trimmed title if nothing is left. */
  cleanTitle: string;
};

const HEADING = /^#+\s+/;
const WIP_PREFIX = /^(?:[[(](?:WIP|Draft)[\])]|(?:WIP|Draft)\s*:|WIP\b\s*-?)\s*/i;
const WIP_SUFFIX = /\s*[[(]WIP[\])]$/i;
// "MSC" then an optional id, at the start, optionally as a markdown link, then a separator.
const LEADING_ID = /^\[?MSC\s*(\d+|x{2,})?\]?(?:\([^)\s]*\))?(?:\s*[:\u2013\u2014-]\s*|\s+|$)/i;
// Elsewhere only an id followed by a colon counts: "Add MSC4448: ...", "MSMSC3839: ...".
const LABELLED_ID = /MSC\s*(\d+|x{2,})\s*:\s*/i;

export function parseProposalTitle(title: string): ProposalTitle {
  const trimmed = title.trim();
  let rest = trimmed.replace(HEADING, "");
  let isWip = false;
  for (let wip = WIP_PREFIX.exec(rest); wip; wip = WIP_PREFIX.exec(rest)) {
    isWip = true;
    rest = rest.slice(wip[0].length);
  }
  if (WIP_SUFFIX.test(rest)) {
    isWip = true;
    rest = rest.replace(WIP_SUFFIX, "");
  }

  const slot = findMscSlot(rest);
  const id = slot?.id;
  if (slot) rest = slot.after;

  const number = id !== undefined && /^\d+$/.test(id) ? Number(id) : null;
  const mscNumber = number !== null && number > 0 ? number : null;
  return { mscNumber, isPlaceholder: slot !== null && mscNumber === null, isWip, cleanTitle: rest.trim() || trimmed };
}

/** Where the title names its MSC: the id (undefined for "MSC: ...") and the text after. */
function findMscSlot(text: string): { id: string | undefined; after: string } | null {
  const leading = LEADING_ID.exec(text);
  // "MSC for self destructing events" has no slot: "MSC" alone must be followed by a separator.
  if (leading && (leading[1] !== undefined || /^MSC\s*[:\u2013\u2014-]/i.test(text))) {
    return { id: leading[1], after: text.slice(leading[0].length) };
  }
  const labelled = LABELLED_ID.exec(text);
  return labelled ? { id: labelled[1], after: text.slice(labelled.index + labelled[0].length) } : null;
}
