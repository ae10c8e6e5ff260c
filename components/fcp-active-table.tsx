import type { FcpEntryDto } from "@/lib/overview/fcp-entry";
import { FcpEndTime } from "./fcp-end-time";
import { CELL, FcpRowStart, FcpTableFrame } from "./fcp-table-parts";
import { NoVoteRecord } from "./no-vote-record";

/** Running FCPs: when each ends and what concerns are open (they hold the conclusion). */
export function FcpActiveTable({ entries, now }: { entries: FcpEntryDto[]; now: Date }) {
  return (
    <FcpTableFrame caption="Proposals in final comment period" headers={["Ends", "Open concerns"]}>
      {entries.map((entry) => (
        <tr key={entry.number} className="border-b border-zinc-100 dark:border-zinc-800">
          <FcpRowStart entry={entry} />
          <td className={CELL}>{entry.ends_at ? <FcpEndTime endsAt={entry.ends_at} now={now} /> : <NoVoteRecord />}</td>
          <td className={CELL}>
            {!entry.has_record ? (
              "not known"
            ) : entry.open_concerns.length === 0 ? (
              "none"
            ) : (
              <ul className="list-disc pl-4">
                {entry.open_concerns.map((text) => (
                  <li key={text}>{text}</li>
                ))}
              </ul>
            )}
          </td>
        </tr>
      ))}
    </FcpTableFrame>
  );
}
