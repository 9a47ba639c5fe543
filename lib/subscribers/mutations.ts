import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { canManageCommunications } from "@/lib/communications/ability";
import { addSubscriberSchema } from "@/lib/subscribers/schema";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

function requireManager(user: SignedInUser) {
  if (!canManageCommunications(user.role)) throw new DomainError("forbidden", "Only an admin can manage subscribers.");
}

export async function addSubscriber(user: SignedInUser, input: unknown) {
  requireManager(user);
  const data = parseInput(addSubscriberSchema, input);
  try {
    return await db().subscriber.create({ data });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("conflict", `${data.email} already receives ${data.audience} updates.`, "email");
    }
    throw error;
  }
}

export async function removeSubscriber(user: SignedInUser, subscriberId: string) {
  requireManager(user);
  const id = parseId(subscriberId, "subscriberId", "a subscriber's id");
  const removed = await db().subscriber.deleteMany({ where: { id } });
  if (removed.count === 0) throw new DomainError("not_found", `No subscriber has the id ${subscriberId}.`);
}
