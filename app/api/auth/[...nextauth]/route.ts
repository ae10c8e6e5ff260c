import NextAuth from "next-auth";
import type { NextRequest } from "next/server";
import { authOptions } from "@/lib/auth/auth-options";

// next-auth's own endpoints: sign-in pages, the OAuth callback, sign-out, session.
// next-auth checks its CSRF token on every POST here; the options live in lib/auth.
type Context = { params: Promise<{ nextauth: string[] }> };

function handler(request: NextRequest, context: Context) {
  return NextAuth(request, context, authOptions());
}

export { handler as GET, handler as POST };
