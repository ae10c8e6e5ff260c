import { dataGeneration } from "./data-generation";

// Keeps one computed value per owner (say, a database client) until the data generation
// moves. The memo lives on globalThis for the reason data-generation.ts gives: Next's
// bundle and the start-up script each load their own copy of lib/, and both must see
// one memo (twice the memory otherwise, and a copy nobody invalidates).

type Entry<V> = { generation: number; value: V };

function store<Owner extends object, V>(name: string): WeakMap<Owner, Entry<V>> {
  const key = Symbol.for(`msc-tracker.memo.${name}`);
  const holder = globalThis as { [key: symbol]: WeakMap<Owner, Entry<V>> | undefined };
  holder[key] ??= new WeakMap();
  return holder[key];
}

/**
 * Wraps `compute` so that it runs at most once per owner and data generation. The
 * generation is read before computing: a write committed meanwhile moves it, so the
 * next call recomputes rather than keeping a value that may predate the write. A
 * rejected promise is forgotten, so the next call tries again.
 */
export function memoPerGeneration<Owner extends object, V>(name: string, compute: (owner: Owner) => V) {
  return (owner: Owner): V => {
    const memos = store<Owner, V>(name);
    const generation = dataGeneration();
    const memo = memos.get(owner);
    if (memo && memo.generation === generation) return memo.value;
    const value = compute(owner);
    const entry = { generation, value };
    memos.set(owner, entry);
    if (value instanceof Promise) {
      value.catch(() => {
        if (memos.get(owner) === entry) memos.delete(owner);
      });
    }
    return value;
  };
}
