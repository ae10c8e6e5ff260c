/**
 * Said where an FCP has only labels as evidence (run out of band, or snapshot data):
 * in words, so the mark does not rely on its colour.
 */
export function NoVoteRecord() {
  return (
    <span className="inline-flex rounded px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ring-1 ring-zinc-400 dark:ring-zinc-500">
      No vote record
    </span>
  );
}
