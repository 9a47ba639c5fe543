import "server-only";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Audience } from "@/lib/generated/prisma/enums";
import { canManageCommunications } from "@/lib/communications/ability";
import { addSubscriberSchema } from "@/lib/subscribers/schema";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";

function requireManager(user: SignedInUser) {
  if (!canManageCommunications(user.role)) throw new DomainError("forbidden", "Only an admin can manage subscribers.");
}

// Who reads an audience's updates, as a sentence says it.
const AUDIENCE_READERS: Record<Audience, string> = { internal: "the team", stakeholders: "stakeholders", public: "the public" };

export async function addSubscriber(user: SignedInUser, input: unknown) {
  requireManager(user);
  const data = parseInput(addSubscriberSchema, input);
  try {
    return await db().$transaction(async (tx) => {
      const subscriber = await tx.subscriber.create({ data });
      const { email, audience } = subscriber;
      await recordAuditEvent(tx, user, { action: "subscriber.added", itemKind: "subscriber", itemKey: subscriber.id, label: email, before: null, after: { email, audience } });
      return subscriber;
    });
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      throw new DomainError("conflict", `${data.email} already receives updates for ${AUDIENCE_READERS[data.audience]}.`, "email");
    }
    throw error;
  }
}

export async function removeSubscriber(user: SignedInUser, subscriberId: string) {
  requireManager(user);
  const id = parseId(subscriberId, "subscriberId", "a subscriber's id");
  await db().$transaction(async (tx) => {
    const [removed] = await tx.subscriber.findMany({ where: { id }, select: { id: true, email: true, audience: true } });
    if (!removed) throw new DomainError("not_found", `No subscriber has the id ${subscriberId}.`);
    await tx.subscriber.delete({ where: { id } });
    const { email, audience } = removed;
    await recordAuditEvent(tx, user, { action: "subscriber.removed", itemKind: "subscriber", itemKey: id, label: email, before: { email, audience }, after: null });
  });
}
