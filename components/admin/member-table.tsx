import { UtcTime } from "@/components/proposal/utc-time";
import type { MemberPeriodDto } from "@/lib/admin/admin-dto";
import { BODY_ROW, CELL } from "./form-classes";
import { WideTable } from "@/components/wide-table";

/** Who serves on the Spec Core Team now, since when, and where that record came from. */
export function MemberTable({ members }: { members: MemberPeriodDto[] }) {
  return (
    <WideTable caption="Current Spec Core Team members" headers={["Member", "Serving since", "Recorded by"]}>
      {members.map((member) => (
        <tr key={member.login} className={BODY_ROW}>
          <th scope="row" className={`${CELL} font-normal`}>
            {member.login}
          </th>
          <td className={CELL}>
            {member.servedFrom ? <UtcTime iso={member.servedFrom} /> : "before the tracker's records"}
          </td>
          <td className={CELL}>{member.source}</td>
        </tr>
      ))}
    </WideTable>
  );
}
