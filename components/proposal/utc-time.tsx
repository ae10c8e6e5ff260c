import { formatDateTime } from "@/lib/format/describe-countdown";

/** A moment as text in UTC, machine-readable through `datetime`. */
export function UtcTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateTime(iso)}</time>;
}
