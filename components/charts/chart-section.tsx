import type { ReactNode } from "react";

/**
 * A chart's section: its heading (the chart's title), a note on what it is built from,
 * the chart, its legend and its data table, in that reading order.
 */
export function ChartSection({
  id,
  title,
  note,
  children,
}: {
  id: string;
  title: string;
  note: ReactNode;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-2">
      <h2 id={`${id}-heading`} className="text-xl font-semibold">
        {title}
      </h2>
      <div className="space-y-1 text-sm text-zinc-700 dark:text-zinc-300">{note}</div>
      {children}
    </section>
  );
}
