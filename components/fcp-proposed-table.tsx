import type { FcpEntryDto } from "@/lib/overview/fcp-entry";
import { CELL, FcpRowStart, FcpTableFrame, LoginList } from "./fcp-table-parts";
import { NoVoteRecord } from "./no-vote-record";

/** Proposed FCPs: approvals against the threshold, blocking concerns, and who has yet to vote. */
export function FcpProposedTable({ entries }: { entries: FcpEntryDto[] }) {
  return (
    <FcpTableFrame caption="Proposals proposed for final comment period" headers={["Progress", "Not yet voted"]}>
      {entries.map((entry) => (
        <tr key={entry.number} className="border-b border-zinc-100 dark:border-zinc-800">
          <FcpRowStart entry={entry} />
          <td className={CELL}>
            {entry.progress !== null ? (
              <>
                <span>{entry.progress}</span>
                {entry.open_concerns.length > 0 && (
                  <ul aria-label="Open concerns" className="mt-1 list-disc pl-4">
                    {entry.open_concerns.map((text) => (
                      <li key={text}>{text}</li>
                    ))}
                  </ul>
                )}
              </>
            ) : (
              <NoVoteRecord />
            )}
          </td>
          <td className={CELL}>
            <LoginList logins={entry.not_voted} empty={entry.has_record ? "everyone has voted" : "not known"} />
          </td>
        </tr>
      ))}
    </FcpTableFrame>
  );
}
