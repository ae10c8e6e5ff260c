import { BODY_ROW, CELL, HEAD_ROW } from "@/components/admin/form-classes";
import { UtcTime } from "@/components/proposal/utc-time";
import type { DeliveryLogEntryDto } from "@/lib/notify/webhooks-admin/delivery-log-dto";
import { ScrollRegion } from "@/components/scroll-region";

const STATUS = { pending: "pending", sent: "sent", failed: "failed, will retry", gave_up: "gave up" } as const;

/** The latest notification deliveries on every channel, newest first. */
export function DeliveryLogTable({ deliveries }: { deliveries: DeliveryLogEntryDto[] }) {
  return (
    <ScrollRegion>
      <table className="w-full border-collapse text-left text-sm">
        <caption className="sr-only">Latest notification deliveries</caption>
        <thead>
          <tr className={HEAD_ROW}>
            {["Channel", "Target", "Event", "Status", "Attempts", "Last error", "Sent / next attempt"].map((h) => (
              <th key={h} scope="col" className="py-2 pr-3 font-semibold">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </ScrollRegion>
  );
}
