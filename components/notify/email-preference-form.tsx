import { BUTTON, CONTROL, FIELD, MUTED } from "@/components/admin/form-classes";
import type { EmailPreferenceView } from "@/lib/notify/preferences/load-email-preference";

const HOURS = Array.from({ length: 24 }, (_, hour) => hour);

/** The viewer's e-mail settings as one plain HTML form (no client JavaScript). */
export function EmailPreferenceForm({ preference }: { preference: EmailPreferenceView }) {
  const p = preference;
  return (
    <form method="post" action="/api/v1/me/notifications/email" className="space-y-4">
      <div className="flex items-center gap-2 text-sm">
        <input id="email-enabled" type="checkbox" name="enabled" value="on" defaultChecked={p.enabled} />
        <label htmlFor="email-enabled" className="font-medium">
          Send me e-mail about the MSCs I follow
        </label>
      </div>
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium">Which changes</legend>
        <Radio name="level" value="significant" checked={p.level === "significant"}>
          Significant only: status changes and FCP steps
        </Radio>
        <Radio name="level" value="every" checked={p.level === "every"}>
          Every change: also concerns, votes and new comments
        </Radio>
      </fieldset>
      <fieldset className="space-y-1 text-sm">
        <legend className="font-medium">When</legend>
        <Radio name="cadence" value="immediate" checked={p.cadence === "immediate"}>
          A mail for each change, as it happens
        </Radio>
        <Radio name="cadence" value="daily" checked={p.cadence === "daily"}>
          One daily digest
        </Radio>
      </fieldset>
      <div className={FIELD}>
        <label htmlFor="email-digest-hour" className="font-medium">
          Digest hour (UTC, for the daily digest)
        </label>
        <select id="email-digest-hour" name="digestHour" defaultValue={p.digestHour} className={`${CONTROL} w-32`}>
          {HOURS.map((hour) => (
            <option key={hour} value={hour}>
              {String(hour).padStart(2, "0")}:00
            </option>
          ))}
        </select>
      </div>
      <div className={FIELD}>
        <label htmlFor="email-address" className="font-medium">
          Address (optional)
        </label>
        <input
          id="email-address"
          name="address"
          type="email"
          maxLength={254}
          autoComplete="email"
          defaultValue={p.address ?? ""}
          className={`${CONTROL} min-w-72`}
          aria-describedby="email-address-hint"
        />
        <p id="email-address-hint" className={MUTED}>
          {p.githubEmail
            ? `Leave empty to use your GitHub e-mail, ${p.githubEmail}.`
            : "Leave empty to use your GitHub e-mail; GitHub did not give us one, so enter an address to get mail."}
        </p>
      </div>
      <button type="submit" className={BUTTON}>
        Save e-mail settings
      </button>
    </form>
  );
}

function Radio({
  name,
  value,
  checked,
  children,
}: {
  name: string;
  value: string;
  checked: boolean;
  children: React.ReactNode;
}) {
  const id = `email-${name}-${value}`;
  return (
    <div className="flex items-center gap-2">
      <input id={id} type="radio" name={name} value={value} defaultChecked={checked} />
      <label htmlFor={id}>{children}</label>
    </div>
  );
}
