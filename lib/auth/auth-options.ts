import "server-only";
import { randomBytes } from "node:crypto";
import type { NextAuthOptions } from "next-auth";
import { getPrisma } from "@/lib/db/client";
import { env, type Env } from "@/lib/env";
import { devSignInProvider } from "./dev-sign-in-provider";
import { githubProvider } from "./github-provider";
import { recordSignIn } from "./record-sign-in";

// The one next-auth configuration, built on first use (never at import: `next build`
// imports route modules without the runtime settings).
//
// Sessions are JWTs in next-auth's default cookie, not database rows: the development
// sign-in (a Credentials provider) works only with JWTs, and no adapter is needed for
// Prisma 7's generated client. The token holds just the GitHub login; the role is read
// from the database on every request (load-viewer.ts), so team or admin changes apply
// at once. What a JWT cannot do is be revoked before it expires: sign-out clears the
// cookie, and the short maxAge bounds a stolen one.

const DAY = 24 * 60 * 60;

let cached: NextAuthOptions | undefined;

export function authOptions(): NextAuthOptions {
  cached ??= buildAuthOptions(env());
  return cached;
}

/** Whether any way of signing in is configured (the header hides its control if not). */
export function signInAvailable(): boolean {
  return authOptions().providers.length > 0;
}

export function buildAuthOptions(settings: Env): NextAuthOptions {
  const production = settings.NODE_ENV === "production";
  const providers: NextAuthOptions["providers"] = [];
  if (settings.GITHUB_CLIENT_ID && settings.GITHUB_CLIENT_SECRET) {
    providers.push(
      githubProvider({
        webUrl: settings.GITHUB_WEB_URL,
        apiUrl: settings.GITHUB_API_URL,
        clientId: settings.GITHUB_CLIENT_ID,
        clientSecret: settings.GITHUB_CLIENT_SECRET,
      }),
    );
  }
  // env() already refuses DEV_SIGN_IN in production; checked twice because this is
  // the one setting that would let anyone vote as anyone.
  if (settings.DEV_SIGN_IN && !production) providers.push(devSignInProvider());

  return {
    providers,
    // Without sign-in configured a production server still answers /api/auth: a
    // per-process secret serves it, as there is no session to keep across restarts.
    secret:
      settings.NEXTAUTH_SECRET ?? (production ? randomBytes(32).toString("hex") : "msc-tracker-development-secret"),
    session: { strategy: "jwt", maxAge: 7 * DAY },
    theme: { colorScheme: "auto" },
    callbacks: {
      async jwt({ token, user }) {
        // `user` is present only on sign-in: store or refresh the person then.
        if (user?.login) {
          const stored = await recordSignIn(
            await getPrisma(),
            {
              login: user.login,
              githubId: user.githubId ? BigInt(user.githubId) : null,
              name: user.name ?? null,
              image: user.image ?? null,
            },
            settings.ADMIN_GITHUB_LOGINS,
          );
          token.sub = stored.id;
          token.login = stored.login;
        }
        return token;
      },
      session({ session, token }) {
        session.user = { name: session.user?.name ?? null, image: session.user?.image ?? null, login: token.login };
        return session;
      },
    },
  };
}
