import { CONTROL, FIELD } from "./form-classes";

/** The reason every hand-made change needs; required in the browser too, checked again on the server. */
export function ReasonField({ id }: { id: string }) {
  return (
    <div className={FIELD}>
      <label htmlFor={id} className="font-medium">
        Reason (recorded in the audit log)
      </label>
      <input id={id} name="reason" required maxLength={500} className={`${CONTROL} min-w-64`} />
    </div>
  );
}
