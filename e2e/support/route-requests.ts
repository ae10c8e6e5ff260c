import { expect, type APIResponse } from "@playwright/test";
import { decodeFlash, FLASH_COOKIE, type Flash } from "@/lib/auth/flash";
import type { SignedIn } from "./fcp-requests";
import type { Observation } from "./mutating-routes";

// Sending a route row's request as a program (JSON) or as a page's form would, and
// reading what came back: the JSON answer, or for a form the 303 back to a page with
// the one-time message the server wrote for it, and then that page itself.

export type Send = {
  as: SignedIn;
  format: "json" | "form";
  url: string;
  body: Record<string, string>;
  origin?: string;
};

export async function send({ as, format, url, body, origin }: Send): Promise<APIResponse> {
  const headers = origin ? { origin } : undefined;
  return format === "json"
    ? as.request.post(url, { data: body, headers, maxRedirects: 0 })
    : as.request.post(url, { form: body, headers, maxRedirects: 0 });
}

export type Refusal = { status: number; message: string | RegExp };

export async function expectJsonRefusal(request: Send, response: APIResponse, { status, message }: Refusal) {
  expect(response.status(), `${request.url} as JSON`).toBe(status);
  const text = typeof message === "string" ? message : expect.stringMatching(message);
  expect(await response.json()).toEqual({ ok: false, status, message: text });
}

/**
 * A form's answer: 303 to `returnsTo` (path, query, #fragment) with `flash=<nonce>`
 * added, and the flash cookie for that nonce saying `ok` and naming the fragment as the
 * area to show it in. Returns the location and the message, to look for on the page.
 */
export async function expectFormReturn(
  request: Send,
  response: APIResponse,
  returnsTo: string,
  outcome: { ok: true } | { ok: false; message: string | RegExp },
): Promise<{ location: string; flash: Flash }> {
  expect(response.status(), `${request.url} as a form`).toBe(303);
  const location = response.headers().location ?? "";
  const [path, fragment] = returnsTo.split("#") as [string, string];
  const nonce = /[?&]flash=([\w-]+)#/.exec(location)?.[1] ?? "";
  expect(location, "back to the form's page and part").toBe(
    `${path}${path.includes("?") ? "&" : "?"}flash=${nonce}#${fragment}`,
  );
  const cookie = response
    .headersArray()
    .filter(({ name }) => name.toLowerCase() === "set-cookie")
    .map(({ value }) => value.split(";")[0]!)
    .find((pair) => pair.startsWith(`${FLASH_COOKIE}=`));
  const flash = decodeFlash(cookie?.slice(FLASH_COOKIE.length + 1), nonce);
  const message = outcome.ok
    ? expect.any(String)
    : typeof outcome.message === "string"
      ? outcome.message
      : expect.stringMatching(outcome.message);
  expect(flash, "the message for that page").toEqual({ ok: outcome.ok, message, area: fragment });
  return { location, flash: flash! };
}

/**
 * The page a form returned to shows its message, as a status or an alert, and has the
 * part its #fragment names. `timeout` is short where the page is known to fail this.
 */
export async function expectShown(as: SignedIn, location: string, flash: Flash, timeout?: number) {
  await as.page.goto(location);
  const shown = as.page.getByRole(flash.ok ? "status" : "alert").filter({ hasText: flash.message });
  await expect(shown, `the message on ${location}`).toHaveText(flash.message, { timeout });
  await expect(as.page.locator(`[id="${flash.area}"]`), `#${flash.area} on ${location}`).toHaveCount(1, { timeout });
}

/** What an Observation reads now, as `reader`: JSON whole, or a page part's text (null when absent). */
export async function readObservation(observation: Observation, reader: SignedIn): Promise<unknown> {
  if (observation.part === undefined) {
    const response = await reader.request.get(observation.path);
    expect(response.status(), `GET ${observation.path}`).toBe(200);
    return response.json();
  }
  const response = await reader.page.goto(observation.path);
  expect(response?.status(), `GET ${observation.path}`).toBe(200);
  const part = reader.page.locator(`[id="${observation.part}"]`);
  return (await part.count()) === 0 ? null : part.innerText();
}
