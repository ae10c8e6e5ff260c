import "server-only";
import { cookies } from "next/headers";
import { decodeFlash, FLASH_COOKIE, FLASH_PARAM, type Flash } from "./flash";

/** What the last form on this page did, when this view is the one it redirected to. */
export async function readFlash(searchParams: Record<string, string | string[] | undefined>): Promise<Flash | null> {
  return decodeFlash((await cookies()).get(FLASH_COOKIE)?.value, searchParams[FLASH_PARAM]);
}
