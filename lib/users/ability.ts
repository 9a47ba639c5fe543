import { DomainError } from "@/lib/errors";
import type { UserRole } from "@/lib/generated/prisma/enums";

/** Who has an account, and with what role, is the admin's to decide. */
export function canManageUsers(role: UserRole): boolean {
  return role === "admin";
}

export const USER_MANAGEMENT_REFUSED = "Only an admin can manage users.";

/** Refuses anyone but an admin; every write to the users starts here, before it reads its input. */
export function requireUserAdmin(user: { role: UserRole }): void {
  if (!canManageUsers(user.role)) throw new DomainError("forbidden", USER_MANAGEMENT_REFUSED);
}
