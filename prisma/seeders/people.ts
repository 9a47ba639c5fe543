// The people to call, the escalation matrix, and (with the embedded database) the demo users.
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { DEMO_USERS } from "@/lib/users/demo-users";
import { hashPassword } from "@/lib/users/passwords";
import { CONTACTS } from "../seed-data/contacts";
import { ESCALATION_LEVELS } from "../seed-data/escalation";
import { idOf, idsByKey, withPositions, type Tx } from "./keys";

export async function seedContactsAndEscalation(tx: Tx) {
  // Every seeded contact holds at least one stand-in for a placeholder of the plan.
  const contacts = withPositions(CONTACTS).map((contact) => ({ ...contact, isDemoValue: true }));
  await tx.contact.createMany({ data: contacts, skipDuplicates: true });
  const created = await tx.escalationLevel.createManyAndReturn({
    data: ESCALATION_LEVELS.map((level, index) => ({
      key: level.key,
      name: level.name,
      afterMinutes: level.afterMinutes,
      untilMinutes: level.untilMinutes,
      audience: level.audience,
      position: index + 1,
    })),
    skipDuplicates: true,
    select: { id: true, key: true },
  });
  const newLevelIds = idsByKey(created);
  const contactIds = idsByKey(await tx.contact.findMany({ select: { id: true, key: true } }));
  await tx.escalationTarget.createMany({
    data: ESCALATION_LEVELS.filter((level) => newLevelIds.has(level.key)).flatMap((level) =>
      level.targetContactKeys.map((contactKey, index) => ({
        levelId: idOf(newLevelIds, level.key),
        contactId: idOf(contactIds, contactKey),
        position: index + 1,
      })),
    ),
    skipDuplicates: true,
  });
}

export async function demoUsersToCreate(): Promise<Prisma.UserCreateManyInput[]> {
  const emails = DEMO_USERS.map((user) => user.email);
  const existing = await db().user.findMany({ where: { email: { in: emails } }, select: { email: true } });
  const existingEmails = new Set(existing.map((user) => user.email));
  const missing = DEMO_USERS.filter((user) => !existingEmails.has(user.email));
  return Promise.all(
    missing.map(async (user) => ({
      email: user.email,
      name: user.name,
      role: user.role,
      isDemo: true,
      passwordHash: await hashPassword(user.password),
    })),
  );
}

export async function seedDemoUsers(tx: Tx, users: Prisma.UserCreateManyInput[]) {
  const created = await tx.user.createManyAndReturn({
    data: users,
    skipDuplicates: true,
    select: { id: true, email: true },
  });
  for (const user of created) {
    const contactKey = DEMO_USERS.find((demoUser) => demoUser.email === user.email)?.contactKey;
    if (!contactKey) continue;
    // Links a new demo user to the contact it stands for, unless an admin linked someone already.
    await tx.contact.updateMany({ where: { key: contactKey, userId: null }, data: { userId: user.id } });
  }
}
