import "server-only";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { SignedInUser } from "@/lib/users/data";
import { canManageWebhooks } from "@/lib/webhooks/ability";

function requireAdmin(user: SignedInUser) {
  if (!canManageWebhooks(user.role)) throw new DomainError("forbidden", "Only a plan admin can see webhooks.");
}

export function listWebhooks(user: SignedInUser) {
  requireAdmin(user);
  return db().webhook.findMany({ orderBy: { createdAt: "asc" }, select: { id: true, name: true, url: true, enabled: true, format: true, events: true, createdAt: true } });
}

/** The delivery log: every attempt, newest first. */
export async function listDeliveries(user: SignedInUser, webhookId: string) {
  requireAdmin(user);
  return db().webhookDelivery.findMany({
    where: { webhookId },
    orderBy: [{ attemptedAt: "desc" }, { attempt: "desc" }],
    select: { id: true, messageId: true, event: true, attempt: true, statusCode: true, error: true, attemptedAt: true, nextAttemptAt: true },
  });
}
