// Shared looks of the FCP forms: visible focus on every control (keyboard users must see
// where they are), light and dark, and controls that fill a phone's width.

const FOCUS =
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-700 dark:focus-visible:outline-sky-300";

export const FIELDSET = "mt-5 rounded-md border border-zinc-300 p-3 sm:p-4 dark:border-zinc-600";
export const LEGEND = "px-1 font-semibold";
export const LABEL = "block text-sm font-medium";
export const HINT = "mt-1 text-sm text-zinc-700 dark:text-zinc-300";
export const TEXT_INPUT = `mt-1 block w-full rounded border border-zinc-500 bg-white px-2 py-1.5 text-zinc-900 dark:border-zinc-400 dark:bg-zinc-900 dark:text-zinc-100 ${FOCUS}`;
export const RADIO = `h-4 w-4 accent-sky-700 dark:accent-sky-300 ${FOCUS}`;
export const PRIMARY_BUTTON = `mt-3 cursor-pointer rounded bg-zinc-900 px-3 py-1.5 text-sm font-medium text-white hover:bg-zinc-700 dark:bg-zinc-100 dark:text-zinc-900 dark:hover:bg-zinc-300 ${FOCUS}`;
export const SECONDARY_BUTTON = `cursor-pointer rounded border border-zinc-500 px-2 py-1 text-sm font-medium hover:bg-zinc-100 dark:border-zinc-400 dark:hover:bg-zinc-800 ${FOCUS}`;
export const DANGER_BUTTON = `mt-3 cursor-pointer rounded border border-rose-700 px-3 py-1.5 text-sm font-medium text-rose-800 hover:bg-rose-50 dark:border-rose-400 dark:text-rose-200 dark:hover:bg-rose-950 ${FOCUS}`;
export const LINK = "text-sky-800 underline underline-offset-2 dark:text-sky-300";
