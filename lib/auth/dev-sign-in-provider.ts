import "server-only";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";

// "Sign in as <login>" with no password and no GitHub: for `npm run dev` and tests
// only. lib/env.ts refuses DEV_SIGN_IN in production and auth-options checks again.

// GitHub's rule: up to 39 letters, digits or single hyphens, not starting with a hyphen.
const githubLogin = z
  .string()
  .trim()
  .regex(/^[a-z\d](?:[a-z\d]|-(?=[a-z\d])){0,38}$/i, "not a GitHub login");

export const DEV_PROVIDER_ID = "dev";

export function devSignInProvider() {
  return CredentialsProvider({
    id: DEV_PROVIDER_ID,
    name: "a GitHub login (development only)",
    credentials: { login: { label: "GitHub login", type: "text", placeholder: "turt2live" } },
    authorize(credentials) {
      const parsed = githubLogin.safeParse(credentials?.login);
      if (!parsed.success) return null;
      return { id: `dev:${parsed.data}`, name: parsed.data, login: parsed.data, githubId: null };
    },
  });
}
