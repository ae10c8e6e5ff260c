import "server-only";
import { getServerSession } from "next-auth";
import { cookies } from "next/headers";
import { cache } from "react";
import { getPrisma } from "@/lib/db/client";
import { authOptions, signInAvailable } from "./auth-options";
import { loadViewer } from "./load-viewer";
import { ANONYMOUS, type Viewer } from "./roles";
import { hasSessionCookie } from "./session-cookies";

/**
 * Who is asking, once per request: anonymous, contributor, member or admin (see
 * roles.ts). Requests without a session cookie, the vast majority, are answered
 * without decoding anything or touching the database.
 */
export const getViewer = cache(async (): Promise<Viewer> => {
  const jar = await cookies();
  if (!hasSessionCookie(jar.getAll().map((cookie) => cookie.name)) || !signInAvailable()) return ANONYMOUS;
  const session = await getServerSession(authOptions());
  const login = session?.user?.login;
  if (!login) return ANONYMOUS;
  return loadViewer(await getPrisma(), login);
});
