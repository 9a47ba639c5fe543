import "server-only";
import { db } from "@/lib/db";
import { requireSignedIn, type SignedInUser } from "@/lib/users/data";

/** The people a commander can give an incident role: everyone but read-only management. */
export function listAssignableUsers(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().user.findMany({
    where: { role: { not: "viewer" } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, role: true },
  });
}

export type AssignableUser = Awaited<ReturnType<typeof listAssignableUsers>>[number];
