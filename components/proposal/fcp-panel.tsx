import type { Flash } from "@/lib/auth/flash";
import type { FcpRoundDto } from "@/lib/fcp/fcp-dto";
import { isOpenPhase } from "@/lib/fcp/round-phase";
import { FlashMessage } from "../flash-message";
import { BallotGrid } from "./ballot-grid";
import { ConcernList } from "./concern-list";
import { EarlierRounds } from "./earlier-rounds";
import { CancelFcpForm } from "./fcp-controls/cancel-fcp-form";
import { offersControls, type FcpControlsContext } from "./fcp-controls/fcp-controls-context";
import { MemberPosition } from "./fcp-controls/member-position";
import { ProposeFcpForm } from "./fcp-controls/propose-fcp-form";
import { RaiseConcernForm } from "./fcp-controls/raise-concern-form";
import { ViewerNote } from "./fcp-controls/viewer-note";
import { Countdown, Facts, Progress } from "./fcp-round-summary";

type Props = {
  /** The open round, else the latest; null when the MSC never had one. */
  fcp: FcpRoundDto | null;
  history: FcpRoundDto[];
  now: Date;
  /** Who is reading, for the controls; absent renders the public panel only. */
  controls?: FcpControlsContext;
  /** What the form just sent did (lib/auth/flash.ts). */
  flash?: Flash | null;
};

/**
 * The FCP section (`#fcp`, where every FCP form returns): where the round stands, the
 * ballot and the concerns for everyone; for a Spec Core Team member, the forms to act.
 */
export function FcpPanel({ fcp, history, now, controls, flash = null }: Props) {
  const open = fcp !== null && isOpenPhase(fcp.phase);
  const member = offersControls(controls) ? controls : null;
  const login = member?.viewer.login ?? null;
  return (
    <section
      id="fcp"
      aria-labelledby="fcp-heading"
      className="scroll-mt-4 rounded-lg border border-zinc-300 p-4 dark:border-zinc-700"
    >
      <h2 id="fcp-heading" className="text-xl font-semibold">
        Final comment period
      </h2>
      {flash && (
        <div className="mt-3">
          <FlashMessage flash={flash} />
        </div>
      )}
      {fcp ? (
        <>
          <Countdown fcp={fcp} now={now} />
          <Progress fcp={fcp} />
          <Facts fcp={fcp} />
          {open && controls && <ViewerNote context={controls} />}
          {open && member && login && <MemberPosition proposalNumber={member.proposalNumber} fcp={fcp} login={login} />}
          <BallotGrid roster={fcp.roster} />
          <h3 className="mt-5 font-semibold">Concerns</h3>
          <ConcernList concerns={fcp.concerns} resolveOn={open && member ? member.proposalNumber : undefined} />
          {open && member && (
            <>
              <RaiseConcernForm proposalNumber={member.proposalNumber} />
              <CancelFcpForm proposalNumber={member.proposalNumber} roundId={fcp.id} />
            </>
          )}
          <EarlierRounds rounds={history.filter((round) => round.id !== fcp.id)} />
        </>
      ) : (
        <p className="mt-2 text-zinc-700 dark:text-zinc-300">No FCP has been proposed for this MSC.</p>
      )}
      {!open && member?.proposalOpen && <ProposeFcpForm proposalNumber={member.proposalNumber} />}
    </section>
  );
}
