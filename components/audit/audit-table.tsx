import { BODY_ROW, CELL } from "@/components/admin/form-classes";
import { ProposalLink } from "@/components/proposal-link";
import { UtcTime } from "@/components/proposal/utc-time";
import type { AuditEntry } from "@/lib/audit/audit-entry";
import { WideTable } from "@/components/wide-table";

/** The log's rows: when, who, what (with the reason for hand-made changes), which MSC, from where. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  return (
    <WideTable caption="Audit log, newest first" headers={["When", "Who", "What", "MSC", "From"]}>
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
    </WideTable>
  );
}
