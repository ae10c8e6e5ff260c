import { describeCountdown, formatDateTime } from "@/lib/format/describe-countdown";

/** When an FCP ends: the exact UTC moment, machine-readable, and the time left from `now`. */
export function FcpEndTime({ endsAt, now }: { endsAt: string; now: Date }) {
  return (
    <>
      <time dateTime={endsAt} className="whitespace-nowrap">
        {formatDateTime(endsAt)}
      </time>
      <span className="block text-zinc-700 dark:text-zinc-300">{describeCountdown(new Date(endsAt), now)}</span>
    </>
  );
}
