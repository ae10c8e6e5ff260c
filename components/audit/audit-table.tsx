import { BODY_ROW, CELL, HEAD_ROW } from "@/components/admin/form-classes";
import { ProposalLink } from "@/components/proposal-link";
import { UtcTime } from "@/components/proposal/utc-time";
import type { AuditEntry } from "@/lib/audit/audit-entry";
import { ScrollRegion } from "@/components/scroll-region";

/** The log's rows: when, who, what (with the reason for hand-made changes), which MSC, from where. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <ScrollRegion>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Audit log, newest first</caption>
        <thead>
          <tr className={HEAD_ROW}>
            {["When", "Who", "What", "MSC", "From"].map((h) => (
              <th key={h} scope="col" className="py-2 pr-3 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {entries.map((entry) => (
            <tr key={entry.id} className={BODY_ROW}>
              <th scope="row" className={`${CELL} font-normal whitespace-nowrap`}>
                <UtcTime iso={entry.at} />
              </th>
              <td className={CELL}>{entry.actor ?? "—"}</td>
              <td className={CELL}>
                {entry.text}
                {entry.reason && <span className="block text-zinc-700 dark:text-zinc-300">Reason: {entry.reason}</span>}
              </td>
              <td className={CELL}>
                {entry.proposalNumber === null ? "—" : <ProposalLink number={entry.proposalNumber} />}
              </td>
              <td className={CELL}>{entry.source}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
