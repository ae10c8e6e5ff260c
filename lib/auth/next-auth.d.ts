// What this app keeps in next-auth's user, JWT and session: the GitHub login, which
// every role check starts from. The rest of a person's facts are read per request.
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface User {
    login?: string;
    githubId?: string | null;
  }
  interface Session {
    user?: { name?: string | null; image?: string | null; login?: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    login?: string;
  }
}
