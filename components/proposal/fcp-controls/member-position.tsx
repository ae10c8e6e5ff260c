import type { FcpRoundDto } from "@/lib/fcp/fcp-dto";
import { positionRefusal } from "@/lib/fcp/position-refusal";
import { loginKey } from "@/lib/fcp/team-membership";
import { HINT } from "./control-styles";
import { PositionForm } from "./position-form";

/** A member's position form, or why the rules refuse them one on this round (the route would too). */
export function MemberPosition({
  proposalNumber,
  fcp,
  login,
}: {
  proposalNumber: number;
  fcp: FcpRoundDto;
  login: string;
}) {
  const refused = positionRefusal(fcp, login);
  if (refused) return <p className={HINT}>{refused.message}</p>;
  const current = fcp.roster.find((entry) => loginKey(entry.login) === loginKey(login))?.position ?? "none";
  return <PositionForm proposalNumber={proposalNumber} roundId={fcp.id} current={current} />;
}
