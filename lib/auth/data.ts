import "server-only";
import { db } from "@/lib/db";
import { USER_FIELDS, type SignedInUser } from "@/lib/users/data";

/** The user of a signed-in session with their current role; null once it is signed out or they are deactivated. */
export async function userForSession(sessionId: string, userId: string): Promise<SignedInUser | null> {
  const session = await db().session.findFirst({
    where: { id: sessionId, userId, revokedAt: null, user: { deactivatedAt: null } },
    select: { user: { select: USER_FIELDS } },
  });
  return session?.user ?? null;
}
