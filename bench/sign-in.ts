// A demo user's browser session, signed in as the sign-in form would: for what the bench reads as
// a person (pages), and to create the API token everything else uses.
import type { UserRole } from "@/lib/generated/prisma/enums";
import { DEMO_USERS } from "@/lib/users/demo-users";

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
}

/** The session cookie of the demo user with `role`. */
export async function demoSession(origin: string, role: UserRole): Promise<string> {
  const user = DEMO_USERS.find((candidate) => candidate.role === role);
  if (!user) throw new Error(`No demo ${role} user`);
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  if (!csrf.ok) throw new Error(`GET /api/auth/csrf: HTTP ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email: user.email, password: user.password, json: "true" }),
  });
  const session = cookiesOf(signIn).find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Sign-in as ${user.email} failed: HTTP ${signIn.status}`);
  return session;
}
