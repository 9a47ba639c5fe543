import type { UserRole } from "@/lib/generated/prisma/enums";

/** Where Muster sends its notices is the plan admin's to decide. */
export function canManageWebhooks(role: UserRole): boolean {
  return role === "admin";
}
