import "server-only";
import { db } from "@/lib/db";
import type { UserRole } from "@/lib/generated/prisma/enums";
import { DomainError } from "@/lib/errors";
import { requireUserAdmin } from "@/lib/users/ability";
import { MANAGED_USER_FIELDS } from "@/lib/users/present";
import { verifyPassword } from "@/lib/users/passwords";

export type SignedInUser = { id: string; email: string; name: string; role: UserRole };

/**
 * Each loader of signed-in data checks its caller itself, so no request shape that skips a page's
 * or a route's own check (a layout left out of a render, a new route) reaches the data.
 */
export function requireSignedIn(caller: SignedInUser | null | undefined): asserts caller is SignedInUser {
  if (!caller?.id) throw new DomainError("unauthenticated", "Sign in to continue.");
}

export const USER_FIELDS = { id: true, email: true, name: true, role: true } as const;

export function normaliseEmail(email: string) {
  return email.trim().toLowerCase();
}

export async function findUserByCredentials(email: string, password: string): Promise<SignedInUser | null> {
  const user = await db().user.findUnique({ where: { email: normaliseEmail(email) } });
  // The password is checked whoever asks, even for no such user or a deactivated one: the same work.
  const matches = await verifyPassword(password, user?.passwordHash);
  if (!user || !matches || user.deactivatedAt) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** An active user with their current role; null for an unknown or deactivated one. */
export function findUserById(id: string): Promise<SignedInUser | null> {
  return db().user.findFirst({ where: { id, deactivatedAt: null }, select: USER_FIELDS });
}

/** Everyone with an account, by name: for naming attendees and owners. */
export function listPeople(caller: SignedInUser) {
  requireSignedIn(caller);
  return db().user.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } });
}

export type Person = Awaited<ReturnType<typeof listPeople>>[number];

/** Everyone with an account, active or not, for the admin's Settings. */
export async function listManagedUsers(caller: SignedInUser) {
  requireSignedIn(caller);
  requireUserAdmin(caller);
  return db().user.findMany({ orderBy: [{ deactivatedAt: { sort: "asc", nulls: "first" } }, { name: "asc" }], select: MANAGED_USER_FIELDS });
}
