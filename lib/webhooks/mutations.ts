import "server-only";
import { randomBytes } from "node:crypto";
import { recordAuditEvent } from "@/lib/audit/record";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";
import { canManageWebhooks } from "@/lib/webhooks/ability";
import { createWebhookSchema } from "@/lib/webhooks/schema";
import { checkedAddress, RefusedTarget } from "@/lib/webhooks/target";

/** Adds a webhook; its signing secret is in this answer, for the receiver to verify with. */
export async function createWebhook(user: SignedInUser, input: unknown) {
  if (!canManageWebhooks(user.role)) throw new DomainError("forbidden", "Only a plan admin can add webhooks.");
  const { name, url } = parseInput(createWebhookSchema, input);
  try {
    await checkedAddress(new URL(url).hostname);
  } catch (error) {
    if (!(error instanceof RefusedTarget)) throw error;
    throw new DomainError("invalid", `url must be a receiver outside Muster's network: ${error.message}`, "url");
  }
  return db().$transaction(async (tx) => {
    const webhook = await tx.webhook.create({ data: { name, url, secret: `whsec_${randomBytes(24).toString("base64url")}` } });
    // The signing secret stays out of the record.
    await recordAuditEvent(tx, user, { action: "webhook.created", itemKind: "webhook", itemKey: webhook.id, label: name, before: null, after: { name, url, enabled: webhook.enabled } });
    return webhook;
  });
}
