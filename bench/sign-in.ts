// A demo user's browser session, signed in as the sign-in form would: for what the bench reads as
// a person (pages), where the API token will not do.
import { DEMO_USERS } from "@/lib/users/demo-users";

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]);
}

/** The commander's session cookie. */
export async function commanderSession(origin: string): Promise<string> {
  const commander = DEMO_USERS.find((user) => user.role === "commander");
  if (!commander) throw new Error("No demo commander user");
  const csrf = await fetch(`${origin}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const signIn = await fetch(`${origin}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { cookie: cookiesOf(csrf).join("; ") },
    body: new URLSearchParams({ csrfToken, email: commander.email, password: commander.password, json: "true" }),
  });
  const session = cookiesOf(signIn).find((cookie) => cookie.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`Sign-in as ${commander.email} failed: HTTP ${signIn.status}`);
  return session;
}
