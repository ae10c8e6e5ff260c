import type { ProposalDto } from "./proposal-dto";
import type { Order, SortKey } from "./proposal-query";
import { STATUSES } from "./status";

// Every proposal's derived facts, built once per data generation (load-proposal-index.ts)
// so that a request filters, counts and pages in memory instead of re-deriving 4,500
// statuses. Pure: unit-tested in proposal-index.test.ts.

export type IndexedProposal = {
  dto: ProposalDto;
  /** Lower-cased once here, so a search compares without allocating per request. */
  titleLower: string;
  /** The title without its "MSC1234:" or "[WIP]" prefix: what sorting by title means to a reader. */
  titleKey: string;
  /** Lower-cased logins: the PR's opener and the body's `Author:` line. */
  authors: string[];
  /** Lower-cased logins from the body's `Shepherd:` line (the DTO shows only the first). */
  shepherds: string[];
};

export type ProposalIndex = {
  /** Highest number first. */
  proposals: IndexedProposal[];
  /** The kinds and areas in use, A to Z: the choices a filter form offers. */
  kinds: string[];
  areas: string[];
  /** The proposals in each sort order, computed on first use. */
  orderings: Map<string, IndexedProposal[]>;
};

const TITLE_PREFIX = /^\s*(?:\[wip\]\s*)?(?:msc\s*\d+\s*[:\-–]?\s*)?/i;

export function indexProposal(dto: ProposalDto, shepherds: readonly string[]): IndexedProposal {
  const authors = new Set([...(dto.author ? [dto.author] : []), ...dto.authors].map((a) => a.toLowerCase()));
  return {
    dto,
    titleLower: dto.title.toLowerCase(),
    titleKey: dto.title.replace(TITLE_PREFIX, ""),
    authors: [...authors],
    shepherds: shepherds.map((s) => s.toLowerCase()),
  };
}

export function buildProposalIndex(proposals: IndexedProposal[]): ProposalIndex {
  const sorted = [...proposals].sort((a, b) => b.dto.number - a.dto.number);
  const kinds = new Set<string>();
  const areas = new Set<string>();
  for (const { dto } of sorted) {
    if (dto.kind) kinds.add(dto.kind);
    for (const area of dto.areas) areas.add(area);
  }
  const alphabetical = (values: Set<string>) => [...values].sort(collator.compare);
  return { proposals: sorted, kinds: alphabetical(kinds), areas: alphabetical(areas), orderings: new Map() };
}

/** The proposals in one sort order; ties and missing times go last-resort by number, highest first. */
export function orderedProposals(index: ProposalIndex, sort: SortKey, order: Order): IndexedProposal[] {
  const key = `${sort}:${order}`;
  let ordered = index.orderings.get(key);
  if (!ordered) {
    const direction = order === "asc" ? 1 : -1;
    const primary = PRIMARY[sort];
    ordered = [...index.proposals].sort((a, b) => {
      const [x, y] = [primary(a), primary(b)];
      // Proposals without the time (old snapshot records) stay at the end either way.
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      const byKey = typeof x === "string" ? collator.compare(x, y as string) : x - (y as number);
      return byKey * direction || b.dto.number - a.dto.number;
    });
    index.orderings.set(key, ordered);
  }
  return ordered;
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });
const STATUS_RANK = new Map(STATUSES.map((status, rank) => [status, rank]));
const time = (iso: string | null) => (iso === null ? null : Date.parse(iso));

const PRIMARY: Record<SortKey, (p: IndexedProposal) => string | number | null> = {
  number: (p) => p.dto.number,
  title: (p) => p.titleKey,
  // The lifecycle order of STATUSES (drafting first, closed last), not the alphabet.
  status: (p) => STATUS_RANK.get(p.dto.status) ?? STATUSES.length,
  updated: (p) => time(p.dto.updated_at),
  created: (p) => time(p.dto.created_at),
};
