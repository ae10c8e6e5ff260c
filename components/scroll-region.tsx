import type { ReactNode } from "react";

/**
 * A wide table's sideways-scrolling box. On a phone the table is wider than the screen,
 * so the box must be reachable by keyboard to scroll it (axe: scrollable-region-focusable).
 * The table's own caption names it; a region role here would add a second landmark per table.
 */
export function ScrollRegion({ children }: { children: ReactNode }) {
  return (
    <div tabIndex={0} className="mt-3 overflow-x-auto">
      {children}
    </div>
  );
}
