import { UtcTime } from "@/components/proposal/utc-time";
import type { TeamChangeDto } from "@/lib/admin/admin-dto";

/** Recent joins and leaves, newest first, with who made a hand-made change and why. */
export function TeamChangesList({ changes }: { changes: TeamChangeDto[] }) {
  return (
    <ul className="mt-3 space-y-2 text-sm">
      {changes.map((change, index) => (
        <li key={`${change.at}-${index}`}>
          <UtcTime iso={change.at} />: {change.login} {change.kind === "team.joined" ? "joined" : "left"} (
          {change.source === "web" && change.actor ? `by ${change.actor} on the web` : `from ${change.source}`})
          {change.reason && <span className="block text-zinc-700 dark:text-zinc-300">Reason: {change.reason}</span>}
        </li>
      ))}
    </ul>
  );
}
