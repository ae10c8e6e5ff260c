import { BODY_ROW, CELL } from "@/components/admin/form-classes";
import { UtcTime } from "@/components/proposal/utc-time";
import type { DeliveryLogEntryDto } from "@/lib/notify/webhooks-admin/delivery-log-dto";
import { WideTable } from "@/components/wide-table";

const STATUS = { pending: "pending", sent: "sent", failed: "failed, will retry", gave_up: "gave up" } as const;

/** The latest notification deliveries on every channel, newest first. */
export function DeliveryLogTable({ deliveries }: { deliveries: DeliveryLogEntryDto[] }) {
  return (
    <WideTable
      caption="Latest notification deliveries"
      headers={["Channel", "Target", "Event", "Status", "Attempts", "Last error", "Sent / next attempt"]}
    >
      {deliveries.map((d) => (
        <tr key={d.id} className={BODY_ROW}>
          <td className={CELL}>{d.channel}</td>
          <td className={`${CELL} break-all`}>{d.target}</td>
          <td className={CELL}>
            {d.key}
            {d.eventCount > 1 ? ` (${d.eventCount} events)` : ""}
          </td>
          <td className={CELL}>{STATUS[d.status]}</td>
          <td className={CELL}>{d.attempts}</td>
          <td className={`${CELL} break-words`}>{d.lastError ?? "none"}</td>
          <td className={CELL}>
            {d.sentAt ? (
              <>
                sent <UtcTime iso={d.sentAt} />
              </>
            ) : d.nextAttemptAt ? (
              <>
                next <UtcTime iso={d.nextAttemptAt} />
              </>
            ) : (
              "none"
            )}
          </td>
        </tr>
      ))}
    </WideTable>
  );
}
