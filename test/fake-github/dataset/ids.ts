// Ids grow with time, as GitHub's do, so "newest first" by id and by created_at agree.
// An id is derived from its timestamp and probed past ids already taken, so the real
// threads keep their ids when synthetic ones are added.

const ID_EPOCH_MS = Date.UTC(2014, 0, 1);

export class IdAllocator {
  private readonly used = new Set<number>();

  constructor(private readonly idAt: (ms: number) => number) {}

  reserve(id: number): void {
    this.used.add(id);
  }

  allocate(atMs: number): number {
    let id = Math.max(1, Math.floor(this.idAt(atMs)));
    while (this.used.has(id)) id++;
    this.used.add(id);
    return id;
  }
}

// Comment ids follow GitHub's own: three real comment ids in the data have known dates
// (1668: 2018-09-09, 2190: 2021-03-25) or a close estimate (2966's review, early 2025).
const COMMENT_ID_ANCHORS: readonly (readonly [number, number])[] = [
  [Date.parse("2012-01-01T00:00:00Z"), 3_000_000],
  [Date.parse("2018-09-09T12:00:00Z"), 419_735_966],
  [Date.parse("2021-03-25T12:00:00Z"), 806_956_146],
  [Date.parse("2025-01-27T12:00:00Z"), 2_614_140_408],
];

function interpolate(anchors: readonly (readonly [number, number])[], x: number, from: 0 | 1): number {
  const to = from === 0 ? 1 : 0;
  let i = anchors.findIndex((a) => a[from] >= x);
  if (i <= 0) i = i === 0 ? 1 : anchors.length - 1;
  const [a, b] = [anchors[i - 1]!, anchors[i]!];
  return a[to] + ((x - a[from]) * (b[to] - a[to])) / (b[from] - a[from]);
}

export const commentIdAt = (ms: number) => interpolate(COMMENT_ID_ANCHORS, ms, 0);
/** Roughly when GitHub handed out a comment id (for a real id whose comment is not in the data). */
export const commentTimeForId = (id: number) => Math.round(interpolate(COMMENT_ID_ANCHORS, id, 1));

/** One allocator per kind of object; each kind has its own id space on GitHub too. */
export type IdAllocators = { issues: IdAllocator; comments: IdAllocator; events: IdAllocator };

export function createIdAllocators(): IdAllocators {
  const perSecond = (slots: number) => (ms: number) => Math.floor((ms - ID_EPOCH_MS) / 1000) * slots;
  return {
    issues: new IdAllocator(perSecond(10)),
    comments: new IdAllocator(commentIdAt),
    events: new IdAllocator(perSecond(40)),
  };
}

/** GitHub's legacy global node id: base64 of "0<len>:<Type><id>", e.g. MDQ6VXNlcjE= for user 1. */
export function legacyNodeId(typeName: string, id: number): string {
  return Buffer.from(`0${typeName.length}:${typeName}${id}`).toString("base64");
}
