import { dataGeneration } from "./data-generation";

// Keeps one computed value per owner (say, a database client) until the data generation
// moves. The memo lives on globalThis for the reason data-generation.ts gives: Next's
// bundle and the start-up script each load their own copy of lib/, and both must see
// one memo (twice the memory otherwise, and a copy nobody invalidates).

type Entry<V> = { generation: number; storedAt: number; value: V };

/**
 * How long a memo may outlive its generation's start. Writes by another process (a second
 * instance on the same PostgreSQL, `npm run sync` writing PostgreSQL directly) do not
 * move this process's counter; the age limit bounds how long those stay unseen.
 */
export const MEMO_MAX_AGE_MS = 60_000;

export type MemoOptions = { maxAgeMs?: number; now?: () => number };

function store<Owner extends object, V>(name: string): WeakMap<Owner, Entry<V>> {
  const key = Symbol.for(`msc-tracker.memo.${name}`);
  const holder = globalThis as { [key: symbol]: WeakMap<Owner, Entry<V>> | undefined };
  holder[key] ??= new WeakMap();
  return holder[key];
}

/**
 * Wraps `compute` so that it runs at most once per owner and data generation (and at
 * most every `maxAgeMs`, for other processes' writes). The
 * generation is read before computing: a write committed meanwhile moves it, so the
 * next call recomputes rather than keeping a value that may predate the write. A
 * rejected promise is forgotten, so the next call tries again.
 */
export function memoPerGeneration<Owner extends object, V>(
  name: string,
  compute: (owner: Owner) => V,
  { maxAgeMs = MEMO_MAX_AGE_MS, now = Date.now }: MemoOptions = {},
) {
  return (owner: Owner): V => {
    const memos = store<Owner, V>(name);
    const generation = dataGeneration();
    const memo = memos.get(owner);
    if (memo && memo.generation === generation && now() - memo.storedAt < maxAgeMs) return memo.value;
    const value = compute(owner);
    const entry = { generation, storedAt: now(), value };
    memos.set(owner, entry);
    if (value instanceof Promise) {
      value.catch(() => {
        if (memos.get(owner) === entry) memos.delete(owner);
      });
    }
    return value;
  };
}
