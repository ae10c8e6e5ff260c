import { z } from "zod";

// `?stalled_months=N` on /stats. A bad value is reported on the page and the default
// used, rather than failing the whole page.

export const DEFAULT_STALLED_MONTHS = 6;
const MAX_STALLED_MONTHS = 120;

const schema = z.coerce.number().int().min(1).max(MAX_STALLED_MONTHS);

export type StalledMonthsParam = { months: number; error: string | null };

export function parseStalledMonths(raw: string | string[] | undefined): StalledMonthsParam {
  if (raw === undefined) return { months: DEFAULT_STALLED_MONTHS, error: null };
  const value = Array.isArray(raw) ? raw[0] : raw;
  const parsed = schema.safeParse(value?.trim() === "" ? undefined : value);
  if (parsed.success) return { months: parsed.data, error: null };
  return {
    months: DEFAULT_STALLED_MONTHS,
    error:
      `“${String(value).slice(0, 40)}” is not a number of months: stalled_months must be a whole number ` +
      `from 1 to ${MAX_STALLED_MONTHS}. Showing ${DEFAULT_STALLED_MONTHS} months instead.`,
  };
}
