import Link from "next/link";
import { formatDate } from "@/lib/format/describe-age";
import type { StalledList as StalledListData } from "@/lib/stats/stalled-proposals";

export function StalledList({ data, asOf, error }: { data: StalledListData; asOf: string; error: string | null }) {
  const months = data.months === 1 ? "1 month" : `${data.months} months`;
  return (
    <section aria-labelledby="stalled-heading" className="space-y-2">
      <h2 id="stalled-heading" className="text-xl font-semibold">
        Stalled MSCs: open, no activity for {months} ({data.proposals.length})
      </h2>
      {error ? (
        <p
          role="alert"
          className="rounded border border-amber-400 bg-amber-50 p-2 text-sm text-amber-950 dark:border-amber-600 dark:bg-amber-950 dark:text-amber-50"
        >
          {error}
        </p>
      ) : null}
      <p className="text-sm text-zinc-700 dark:text-zinc-300">
        Open MSCs whose last recorded activity (GitHub&apos;s last update, the opening or a label change) is before{" "}
        <time dateTime={data.cutoff}>{formatDate(data.cutoff)}</time>, {months} before the data&apos;s date (
        {formatDate(asOf)}). {data.unknownActivity} open MSCs have no recorded activity time and cannot be judged; a
        GitHub sync records it. Change the threshold with <code>?stalled_months=N</code>, for example{" "}
        <Link href="/stats?stalled_months=12#stalled-heading" className="underline underline-offset-4">
          12 months
        </Link>
        .
      </p>
      {data.proposals.length === 0 ? (
        <p>No open MSC has been idle that long.</p>
      ) : (
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Stalled MSCs, longest idle first</caption>
          <thead>
            <tr className="border-b border-zinc-300 dark:border-zinc-700">
              <th scope="col" className="py-2 pr-3 font-semibold">
                MSC
              </th>
              <th scope="col" className="py-2 pr-3 font-semibold">
                Title
              </th>
              <th scope="col" className="py-2 font-semibold">
                Last activity
              </th>
            </tr>
          </thead>
          <tbody>
            {data.proposals.map((p) => (
              <tr key={p.number} className="border-b border-zinc-100 align-top dark:border-zinc-800">
                <td className="py-2 pr-3 font-mono tabular-nums">
                  <Link href={`/proposals/${p.number}`} className="underline underline-offset-4">
                    {p.number}
                  </Link>
                </td>
                <td className="py-2 pr-3">{p.title}</td>
                <td className="py-2 whitespace-nowrap">
                  <time dateTime={p.lastActivityAt}>{formatDate(p.lastActivityAt)}</time>
                  <span className="sr-only">, </span>
                  <span className="block text-xs text-zinc-600 dark:text-zinc-400">{p.idleDays} days idle</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
