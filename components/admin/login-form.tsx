import { BUTTON, CONTROL, FIELD } from "./form-classes";
import { ReasonField } from "./reason-field";

/** A login and a reason, posted to an admin route: adding or removing a member, granting or revoking admin. */
export function LoginForm({
  id,
  action,
  legend,
  submit,
  disabled = false,
}: {
  id: string;
  action: string;
  legend: string;
  submit: string;
  disabled?: boolean;
}) {
  return (
    <form method="post" action={action} className="mt-3">
      <fieldset disabled={disabled} className="flex flex-wrap items-end gap-3">
        <legend className="mb-2 font-medium">{legend}</legend>
        <div className={FIELD}>
          <label htmlFor={`${id}-login`} className="font-medium">
            GitHub login
          </label>
          <input id={`${id}-login`} name="login" required maxLength={40} autoComplete="off" className={CONTROL} />
        </div>
        <ReasonField id={`${id}-reason`} />
        <button type="submit" className={BUTTON}>
          {submit}
        </button>
      </fieldset>
    </form>
  );
}
