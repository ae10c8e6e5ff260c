import type { ReactNode } from "react";
import type { FcpEntryDto } from "@/lib/overview/fcp-entry";
import { ProposalLink } from "./proposal-link";
import { WideTable } from "@/components/wide-table";

// Shared by the two FCP tables: the same frame, header and first columns, so the home
// page and /fcp read alike. On a phone the title and disposition move under the MSC's
// link, so the columns that matter (end, progress, who has not voted) fit in 390 px;
// the wrapper still scrolls sideways rather than letting a long word widen the page.

export const CELL = "py-2 pr-3 align-top";
const WIDE_ONLY = "hidden sm:table-cell";

export function FcpTableFrame({
  caption,
  headers,
  children,
}: {
  caption: string;
  headers: string[];
  children: ReactNode;
}) {
  return (
    <WideTable
      caption={caption}
      headers={["Proposal", "Title", "Disposition", ...headers]}
      columnClass={(h) => (h === "Title" || h === "Disposition" ? WIDE_ONLY : "")}
    >
      {children}
    </WideTable>
  );
}

/** The first three cells of a row: the MSC, its title and the proposed disposition. */
export function FcpRowStart({ entry }: { entry: FcpEntryDto }) {
  return (
    <>
      <th scope="row" className={`${CELL} font-normal`}>
        <ProposalLink number={entry.number} />
        <span className="mt-1 block sm:hidden">
          {entry.title}{" "}
          <span className="text-zinc-700 dark:text-zinc-300">
            ({entry.disposition ? `to ${entry.disposition}` : "disposition not known"})
          </span>
        </span>
      </th>
      <td className={`${CELL} ${WIDE_ONLY}`}>{entry.title}</td>
      <td className={`${CELL} ${WIDE_ONLY}`}>{entry.disposition ?? "not known"}</td>
    </>
  );
}

/** Logins as a compact comma-separated list, or the fallback when there are none. */
export function LoginList({ logins, empty }: { logins: string[]; empty: string }) {
  if (logins.length === 0) return <span className="text-zinc-700 dark:text-zinc-300">{empty}</span>;
  return <span>{logins.join(", ")}</span>;
}
