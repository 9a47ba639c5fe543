// Test helpers for the seeded demo users (each test file's database has them).
import { db } from "@/lib/db";
import type { UserRole } from "@/lib/generated/prisma/enums";
import type { SignedInUser } from "@/lib/users/data";

export function demoUser(role: UserRole): Promise<SignedInUser> {
  return db().user.findFirstOrThrow({ where: { role, isDemo: true }, select: { id: true, email: true, name: true, role: true } });
}

/** A further user, for tests that need more people than the demo set. */
export function extraUser(role: UserRole, name: string): Promise<SignedInUser> {
  return db().user.create({
    data: { email: `${name.toLowerCase().replace(/\W+/g, ".")}@test.local`, name, role },
    select: { id: true, email: true, name: true, role: true },
  });
}
