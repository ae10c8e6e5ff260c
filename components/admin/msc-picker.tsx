import { BUTTON, CONTROL, FIELD } from "./form-classes";

/** Chooses the MSC whose FCP data /admin shows correction forms for (a GET form: the choice is in the URL). */
export function MscPicker({ value }: { value: number | null }) {
  return (
    <form method="get" action="/admin#corrections" className="flex flex-wrap items-end gap-3">
      <div className={FIELD}>
        <label htmlFor="admin-msc" className="font-medium">
          MSC number
        </label>
        <input id="admin-msc" name="msc" inputMode="numeric" required defaultValue={value ?? ""} className={CONTROL} />
      </div>
      <button type="submit" className={BUTTON}>
        Show its FCP data
      </button>
    </form>
  );
}
