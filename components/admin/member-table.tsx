import { UtcTime } from "@/components/proposal/utc-time";
import type { MemberPeriodDto } from "@/lib/admin/admin-dto";
import { BODY_ROW, CELL, HEAD_ROW } from "./form-classes";
import { ScrollRegion } from "@/components/scroll-region";

/** Who serves on the Spec Core Team now, since when, and where that record came from. */
export function MemberTable({ members }: { members: MemberPeriodDto[] }) {
  return (
    <ScrollRegion>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Current Spec Core Team members</caption>
        <thead>
          <tr className={HEAD_ROW}>
            {["Member", "Serving since", "Recorded by"].map((h) => (
              <th key={h} scope="col" className="py-2 pr-3 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </ScrollRegion>
  );
}
