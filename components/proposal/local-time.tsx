import { formatDateTime } from "@/lib/format/describe-countdown";

/** A moment as text in UTC, machine-readable through `datetime`. */
export function LocalTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}
