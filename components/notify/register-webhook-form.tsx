import { BUTTON, CONTROL, FIELD, MUTED } from "@/components/admin/form-classes";
import { ReasonField } from "@/components/admin/reason-field";

/** Registers an outbound webhook; an empty secret is made on the server and shown once. */
export function RegisterWebhookForm() {
  return (
    <form method="post" action="/api/v1/admin/webhooks" className="mt-3">
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="mb-2 font-medium">Register a webhook</legend>
        <div className={FIELD}>
          <label htmlFor="webhook-url" className="font-medium">
            URL (http or https)
          </label>
          <input
            id="webhook-url"
            name="url"
            type="url"
            required
            maxLength={2000}
            autoComplete="off"
            className={`${CONTROL} min-w-72`}
          />
        </div>
        <div className={FIELD}>
          <label htmlFor="webhook-level" className="font-medium">
            Events
          </label>
          <select id="webhook-level" name="level" defaultValue="significant" className={CONTROL}>
            <option value="significant">Significant only</option>
            <option value="every">Every change</option>
          </select>
        </div>
        <div className={FIELD}>
          <label htmlFor="webhook-secret" className="font-medium">
            Secret (optional)
          </label>
          <input
            id="webhook-secret"
            name="secret"
            minLength={16}
            maxLength={200}
            autoComplete="off"
            className={CONTROL}
            aria-describedby="webhook-secret-hint"
          />
        </div>
        <ReasonField id="webhook-reason" />
        <button type="submit" className={BUTTON}>
          Register webhook
        </button>
      </fieldset>
      <p id="webhook-secret-hint" className={`${MUTED} mt-2 text-sm`}>
        Leave the secret empty to have one made; it is shown once, after registering. Receivers check
        X-MSC-Tracker-Signature with it.
      </p>
    </form>
  );
}
