// A counter that moves whenever this process writes data the public pages show. Caches
// (the response cache, memoised indexes) keep what they computed together with the
// generation it was computed at, and recompute once it has moved.
//
// It lives on globalThis because Next bundles its own copy of lib/ for the pages and
// route handlers, separate from the copy scripts/start.ts loads: a module variable would
// be two counters.

const KEY = Symbol.for("msc-tracker.data-generation");

type Generation = { value: number; changedAt: number };

function shared(): Generation {
  const holder = globalThis as { [KEY]?: Generation };
  holder[KEY] ??= { value: 0, changedAt: Date.now() };
  return holder[KEY];
}

/** Call after committing a write (sync page, webhook, snapshot, vote). */
export function markDataChanged(): void {
  const generation = shared();
  generation.value += 1;
  generation.changedAt = Date.now();
}

export function dataGeneration(): number {
  return shared().value;
}

/**
 * Runs one write (a transaction, a server action's update) and marks the data changed
 * once it has committed; a write that throws changes nothing, so it marks nothing.
 * For future writers such as votes: `await afterCommit(() => prisma.$transaction(...))`.
 */
export async function afterCommit<T>(write: () => Promise<T>): Promise<T> {
  const result = await write();
  markDataChanged();
  return result;
}
