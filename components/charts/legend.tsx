import { patternId, type SeriesStyle } from "./series-styles";

export type LegendEntry = { label: string; style: SeriesStyle; detail?: string };

/** The key to a chart: texture and colour swatches with their names spelled out. */
export function Legend({ chartId, entries, label }: { chartId: string; entries: LegendEntry[]; label: string }) {
  return (
    <ul aria-label={label} className="mt-2 flex flex-wrap gap-x-5 gap-y-1 text-sm">
      {entries.map(({ label: name, style, detail }) => (
        <li key={name} className="flex items-center gap-1.5">
          <svg width="16" height="16" viewBox="0 0 16 16" aria-hidden="true" className="shrink-0">
            <rect width="16" height="16" rx="2" className={style.fill} />
            {style.texture === "solid" ? null : (
              <rect width="16" height="16" rx="2" fill={`url(#${patternId(chartId, style.texture)})`} />
            )}
          </svg>
          <span>
            {name}
            {detail ? <span className="text-zinc-600 dark:text-zinc-400"> ({detail})</span> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}
