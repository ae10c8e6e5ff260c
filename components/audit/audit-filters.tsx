import Link from "next/link";
import { BUTTON, CONTROL, FIELD } from "@/components/admin/form-classes";
import { AUDIT_GROUP_LABELS, AUDIT_GROUP_NAMES } from "@/lib/audit/audit-kinds";
import type { AuditQuery } from "@/lib/audit/audit-query";

/** A plain GET form: the filters go in the address, so every view of the log is a link. */
export function AuditFilters({ query }: { query: AuditQuery }) {
  return (
    <form method="get" action="/audit" role="search" aria-label="Filter the audit log" className="space-y-3">
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
        <div className={FIELD}>
          <label htmlFor="audit-kind" className="font-medium">
            Kind
          </label>
          <select id="audit-kind" name="kind" defaultValue={query.group ?? ""} className={CONTROL}>
            <option value="">Everything</option>
            {AUDIT_GROUP_NAMES.map((group) => (
              <option key={group} value={group}>
                {AUDIT_GROUP_LABELS[group]}
              </option>
            ))}
          </select>
        </div>
        <div className={FIELD}>
          <label htmlFor="audit-msc" className="font-medium">
            MSC number
          </label>
          <input id="audit-msc" name="msc" inputMode="numeric" defaultValue={query.msc ?? ""} className={CONTROL} />
        </div>
        <div className={FIELD}>
          <label htmlFor="audit-actor" className="font-medium">
            Who (GitHub login)
          </label>
          <input id="audit-actor" name="actor" defaultValue={query.actor ?? ""} className={CONTROL} />
        </div>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={BUTTON}>
          Apply filters
        </button>
        <Link href="/audit" className="text-sm underline underline-offset-4">
          Clear filters
        </Link>
      </div>
    </form>
  );
}
