import type { Flash } from "@/lib/auth/flash";

/** The outcome of the form just sent; a refusal is an alert so screen readers announce it at once. */
export function FlashMessage({ flash }: { flash: Flash | null }) {
  if (!flash) return null;
  return (
    <p
      role={flash.ok ? "status" : "alert"}
      className={
        flash.ok
          ? "rounded border border-emerald-700 bg-emerald-50 px-3 py-2 text-emerald-900 dark:border-emerald-400 dark:bg-emerald-950 dark:text-emerald-100"
          : "rounded border border-red-700 bg-red-50 px-3 py-2 text-red-900 dark:border-red-400 dark:bg-red-950 dark:text-red-100"
      }
    >
      {flash.message}
    </p>
  );
}
