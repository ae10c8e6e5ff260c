import Link from "next/link";
import type { AdminOverview, CorrectionTargets } from "@/lib/admin/admin-dto";
import { UtcTime } from "@/components/proposal/utc-time";
import { CorrectionForms } from "./correction-forms";
import { MUTED } from "./form-classes";
import { LoginForm } from "./login-form";
import { MemberTable } from "./member-table";
import { MscPicker } from "./msc-picker";
import { TeamChangesList } from "./team-changes-list";

/** /admin for an admin: members, admins, corrections. */
export function AdminSections({
  overview,
  msc,
  mscInvalid,
  targets,
}: {
  overview: AdminOverview;
  msc: number | null;
  mscInvalid: boolean;
  targets: CorrectionTargets | null;
}) {
  const fromGitHub = overview.teamSource === "github";
  return (
    <>
      <section aria-labelledby="members-heading" id="members" className="space-y-3">
        <h2 id="members-heading" className="text-xl font-semibold">
          Spec Core Team members ({overview.members.length})
        </h2>
        <TeamSourceNote overview={overview} />
        {overview.members.length === 0 ? (
          <p className={MUTED}>No one is on the team in the tracker&apos;s records.</p>
        ) : (
          <MemberTable members={overview.members} />
        )}
        {fromGitHub && (
          <p className={MUTED} id="members-locked">
            The forms below are off: membership comes from the GitHub team {overview.teamName}. Change it on GitHub.
          </p>
        )}
        <LoginForm
          id="add-member"
          action="/api/v1/admin/members/add"
          legend="Add a member"
          submit="Add member"
          disabled={fromGitHub}
        />
        <LoginForm
          id="remove-member"
          action="/api/v1/admin/members/remove"
          legend="Remove a member"
          submit="Remove member"
          disabled={fromGitHub}
        />
        <h3 className="pt-2 font-semibold">Recent joins and leaves</h3>
        {overview.recentChanges.length === 0 ? (
          <p className={MUTED}>None recorded.</p>
        ) : (
          <TeamChangesList changes={overview.recentChanges} />
        )}
      </section>

      <section aria-labelledby="admins-heading" id="admins" className="space-y-3">
        <h2 id="admins-heading" className="text-xl font-semibold">
          Admins ({overview.admins.length})
        </h2>
        <p>{overview.admins.join(", ") || "None yet: the first come from ADMIN_GITHUB_LOGINS when they sign in."}</p>
        <p className={MUTED}>
          A person must have signed in once to be made an admin. The last admin cannot be removed.
        </p>
        <LoginForm id="grant-admin" action="/api/v1/admin/admins/grant" legend="Grant admin" submit="Grant admin" />
        <LoginForm id="revoke-admin" action="/api/v1/admin/admins/revoke" legend="Revoke admin" submit="Revoke admin" />
      </section>

      <section aria-labelledby="correct-heading" className="space-y-3">
        <h2 id="correct-heading" className="text-xl font-semibold">
          Correct an MSC&apos;s FCP data
        </h2>
        <MscPicker value={msc} />
        {mscInvalid && <p role="alert">That is not an MSC number.</p>}
        {msc !== null && targets === null && (
          <p role="alert">
            MSC{msc} is not tracked here.{" "}
            <Link href="/proposals" className="underline underline-offset-4">
              Find it in the list
            </Link>
            .
          </p>
        )}
        {targets && <CorrectionForms targets={targets} />}
      </section>
    </>
  );
}

function TeamSourceNote({ overview }: { overview: AdminOverview }) {
  const since = overview.teamReadableSince ? (
    <>
      {" "}
      (since <UtcTime iso={overview.teamReadableSince} />)
    </>
  ) : null;
  if (overview.teamReadable === true) {
    return (
      <p>
        Membership comes from the GitHub team <strong>{overview.teamName}</strong>: the last team sync could read it
        {since}.
      </p>
    );
  }
  if (overview.teamReadable === false) {
    return (
      <p>
        The last team sync could not read the GitHub team <strong>{overview.teamName}</strong>
        {since}, so this member list is the record: edit it here.
      </p>
    );
  }
  return (
    <p>
      No sync has read the GitHub team <strong>{overview.teamName}</strong> yet, so this member list is the record: edit
      it here. Once a sync can read the team, membership comes from GitHub.
    </p>
  );
}
