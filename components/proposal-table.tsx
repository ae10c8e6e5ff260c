import type { ProposalSummary } from "@/lib/proposals/proposal-summary";
import { StatusBadge } from "./status-badge";

export function ProposalTable({ caption, proposals }: { caption: string; proposals: ProposalSummary[] }) {
  return (
    <table className="w-full border-collapse text-left text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-zinc-300 dark:border-zinc-700">
          <th scope="col" className="py-2 pr-3 font-semibold">
            MSC
          </th>
          <th scope="col" className="py-2 pr-3 font-semibold">
            Title
          </th>
          <th scope="col" className="py-2 pr-3 font-semibold">
            Status
          </th>
          <th scope="col" className="hidden py-2 font-semibold sm:table-cell">
            Author
          </th>
        </tr>
      </thead>
      <tbody>
        {proposals.map((p) => (
          <tr key={p.number} className="border-b border-zinc-100 align-top dark:border-zinc-800">
            <td className="py-2 pr-3 font-mono tabular-nums">{p.number}</td>
            <td className="py-2 pr-3">{p.title}</td>
            <td className="py-2 pr-3">
              <StatusBadge status={p.status} />
            </td>
            <td className="hidden py-2 text-zinc-700 sm:table-cell dark:text-zinc-300">{p.author ?? "unknown"}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
