import type { ReactNode } from "react";
import { HEAD_ROW } from "@/components/admin/form-classes";

/**
 * The frame of the site's data tables: a caption for screen readers, one header row, and
 * a box that scrolls sideways when the table is wider than a phone. The box is reachable
 * by keyboard so it can be scrolled (axe: scrollable-region-focusable); the caption names
 * the table, so the box takes no region role of its own. `columnClass` adds classes to a
 * column's header (say, hiding it on narrow screens).
 */
export function WideTable({
  caption,
  headers,
  columnClass,
  children,
}: {
  caption: string;
  headers: readonly string[];
  columnClass?: (header: string) => string;
  children: ReactNode;
}) {
  return (
    <div tabIndex={0} className="mt-3 overflow-x-auto">
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className={HEAD_ROW}>
            {headers.map((h) => (
              <th key={h} scope="col" className={`py-2 pr-3 font-semibold ${columnClass?.(h) ?? ""}`.trim()}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
