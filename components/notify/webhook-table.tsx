import { BODY_ROW, CELL, CONTROL, SECONDARY_BUTTON } from "@/components/admin/form-classes";
import { UtcTime } from "@/components/proposal/utc-time";
import type { WebhookView } from "@/lib/notify/webhooks-admin/list-webhooks";
import { WideTable } from "@/components/wide-table";

/** The registered webhooks, each with its switch and delete forms (a reason each). */
export function WebhookTable({ webhooks }: { webhooks: WebhookView[] }) {
  return (
    <WideTable
      caption="Registered webhooks"
      headers={["Webhook", "URL", "Events", "State", "Registered", "Change (with a reason)"]}
    >
      {webhooks.map((hook) => (
        <tr key={hook.id} className={BODY_ROW}>
          <th scope="row" className={`${CELL} font-normal`}>
            {hook.id}
          </th>
          <td className={`${CELL} break-all`}>{hook.url}</td>
          <td className={CELL}>{hook.level === "every" ? "every change" : "significant only"}</td>
          <td className={CELL}>{hook.active ? "active" : "switched off"}</td>
          <td className={CELL}>
            <UtcTime iso={hook.createdAt} /> by {hook.createdBy}
          </td>
          <td className={CELL}>
            <ChangeForm hook={hook} verb={hook.active ? "deactivate" : "reactivate"} />
            <ChangeForm hook={hook} verb="delete" />
          </td>
        </tr>
      ))}
    </WideTable>
  );
}

const LABEL = { deactivate: "Switch off", reactivate: "Switch on", delete: "Delete" } as const;

function ChangeForm({ hook, verb }: { hook: WebhookView; verb: keyof typeof LABEL }) {
  const id = `webhook-${hook.id}-${verb}-reason`;
  return (
    <form method="post" action={`/api/v1/admin/webhooks/${hook.id}/${verb}`} className="mb-2 flex items-end gap-2">
      <label htmlFor={id} className="sr-only">
        Reason to {LABEL[verb].toLowerCase()} webhook {hook.id}
      </label>
      <input id={id} name="reason" required maxLength={500} placeholder="Reason" className={`${CONTROL} w-40`} />
      <button type="submit" className={SECONDARY_BUTTON}>
        {LABEL[verb]}
      </button>
    </form>
  );
}
