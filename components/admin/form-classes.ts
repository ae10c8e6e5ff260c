// The look of the site's plain HTML forms (no client JavaScript): shared by the admin,
// correction and follow forms so they read alike, matching the /proposals filters.

export const FIELD = "flex flex-col gap-1 text-sm";
export const CONTROL =
  "rounded border border-zinc-400 bg-white px-2 py-1.5 text-zinc-900 dark:border-zinc-500 dark:bg-zinc-900 dark:text-zinc-100";
export const BUTTON =
  "cursor-pointer rounded bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300";
export const SECONDARY_BUTTON =
  "cursor-pointer rounded border border-zinc-500 px-3 py-1.5 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-400 dark:hover:bg-zinc-800";
export const MUTED = "text-zinc-700 dark:text-zinc-300";
export const CELL = "py-2 pr-3 align-top";
export const HEAD_ROW = "border-b border-zinc-300 dark:border-zinc-700";
export const BODY_ROW = "border-b border-zinc-100 dark:border-zinc-800";
