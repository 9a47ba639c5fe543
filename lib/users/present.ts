// What GET /api/users and the user writes answer: a user as the admin's Settings show them.
import { z } from "zod";
import { UserRole } from "@/lib/generated/prisma/enums";

export const MANAGED_USER_FIELDS = {
  id: true,
  email: true,
  name: true,
  role: true,
  deactivatedAt: true,
  invitationExpiresAt: true,
  passwordHash: true,
  createdAt: true,
} as const;

export type ManagedUser = {
  id: string;
  email: string;
  name: string;
  role: UserRole;
  deactivatedAt: Date | null;
  invitationExpiresAt: Date | null;
  passwordHash: string | null;
  createdAt: Date;
};

export const managedUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(UserRole),
  /** False once deactivated: they can no longer sign in, and their sessions and tokens have ended. */
  active: z.boolean(),
  deactivatedAt: z.string().nullable(),
  /** Whether they can sign in with a password (a user of the identity provider may have none). */
  hasPassword: z.boolean(),
  /** When their pending invitation link lapses; null when none is pending. */
  invitationExpiresAt: z.string().nullable(),
  createdAt: z.string(),
});
export const managedUserListSchema = z.array(managedUserSchema);
export type ManagedUserView = z.infer<typeof managedUserSchema>;

/** Never the password's hash: only whether there is one. */
export function presentManagedUser(user: ManagedUser): ManagedUserView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: user.role,
    active: user.deactivatedAt === null,
    deactivatedAt: user.deactivatedAt?.toISOString() ?? null,
    hasPassword: user.passwordHash !== null,
    invitationExpiresAt: user.invitationExpiresAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}

/** The secret an admin passes on, once: a one-time password, or an invitation link. */
export const grantedAccessSchema = z.union([
  z.object({ oneTimePassword: z.string() }),
  z.object({ invitationUrl: z.string(), invitationExpiresAt: z.string() }),
]);

export const userWithAccessSchema = managedUserSchema.extend({ access: grantedAccessSchema });

export function presentGrantedAccess(access: { oneTimePassword: string } | { invitationToken: string; invitationExpiresAt: Date }, invitationUrl: (token: string) => string) {
  if ("oneTimePassword" in access) return { oneTimePassword: access.oneTimePassword };
  return { invitationUrl: invitationUrl(access.invitationToken), invitationExpiresAt: access.invitationExpiresAt.toISOString() };
}
