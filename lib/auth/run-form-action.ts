import type { z } from "zod";
import { flashCookieHeader, newFlashNonce, withFlashNonce } from "./flash";
import { runAction, runActionForRequest, type ActionDefinition, type ActionDependencies } from "./run-action";

// One route serves both callers of an action: a program posting JSON gets the JSON
// result with its status; a browser posting an HTML form (pages have no client JS) is
// sent back to the page with 303 See Other and a flash message saying what happened.
// Either way the action runs through runAction, the one shape of every mutation.

export type FormRouteOptions<T, P> = {
  /** Input taken from the URL, laid over the body: the resource is the one the URL names. */
  fromParams?: (params: P) => Record<string, unknown>;
  /** Where a browser goes afterwards, success or failure: a path on this site, may end in #anchor. */
  redirectTo: (params: P) => string;
  /** The confirmation a person reads after success. */
  successMessage: (data: T) => string;
};

export async function runActionForFormOrJson<S extends z.ZodType, T, P>(
  definition: ActionDefinition<S, T>,
  request: Request,
  params: P,
  options: FormRouteOptions<T, P>,
  deps: ActionDependencies,
): Promise<Response> {
  const fromUrl = options.fromParams?.(params) ?? {};
  const type = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase() ?? "";
  const isForm = type === "application/x-www-form-urlencoded" || type === "multipart/form-data";

  if (!isForm) return runActionForRequest(definition, request, deps, fromUrl);

  let fields: Record<string, string> = {};
  try {
    fields = formFields(await request.formData());
  } catch {
    return backToPage({ ok: false, message: "The form could not be read; nothing was changed. Try again." });
  }
  const result = await runAction(definition, { ...fields, ...fromUrl }, deps);
  return backToPage(result.ok ? { ok: true, message: options.successMessage(result.data) } : result);

  function backToPage(flash: { ok: boolean; message: string }): Response {
    const nonce = newFlashNonce();
    const target = safeSitePath(options.redirectTo(params));
    const secure = new URL(request.url).protocol === "https:";
    return new Response(null, {
      status: 303,
      headers: {
        location: withFlashNonce(target, nonce),
        "set-cookie": flashCookieHeader({ ok: flash.ok, message: flash.message, ...areaOf(target) }, nonce, secure),
        "cache-control": "no-store",
      },
    });
  }
}

/** The part of the page the browser returns to, named by the path's #fragment. */
function areaOf(path: string): { area?: string } {
  const hash = path.indexOf("#");
  return hash === -1 || hash === path.length - 1 ? {} : { area: path.slice(hash + 1) };
}

/** A form's text fields; empty ones are left out so optional inputs stay optional. */
function formFields(form: FormData): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [name, value] of form) {
    if (typeof value === "string" && value !== "") fields[name] = value;
  }
  return fields;
}

/** Only a path on this site: "//host" or "https://..." would make this an open redirect. */
function safeSitePath(path: string): string {
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") ? path : "/";
}
