// What the webhook routes answer: the signing secret only in the answer that created the webhook.
import { z } from "zod";
import { WebhookFormat } from "@/lib/generated/prisma/enums";
import { instant } from "@/lib/present";

export const webhookSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  enabled: z.boolean(),
  /** generic: Muster's own signed JSON; otherwise the chat platform whose incoming-webhook format it is sent in. */
  format: z.enum(WebhookFormat),
  /** The events it receives; empty (generic webhooks only) means every one. */
  events: z.array(z.string()),
  createdAt: instant(),
});
export const webhookListSchema = z.array(webhookSchema);
export const createdWebhookSchema = webhookSchema.extend({
  /** Signs every delivery (Muster-Signature); shown here once. */
  secret: z.string(),
});
export const webhookDeliverySchema = z.object({
  id: z.string(),
  messageId: z.string(),
  event: z.string(),
  attempt: z.int(),
  statusCode: z.int().nullable(),
  error: z.string().nullable(),
  attemptedAt: instant(),
  nextAttemptAt: instant().nullable(),
});
export const webhookDeliveryListSchema = z.array(webhookDeliverySchema);

export type WebhookView = z.infer<typeof webhookSchema>;
export type CreatedWebhookView = z.infer<typeof createdWebhookSchema>;
export type WebhookDeliveryView = z.infer<typeof webhookDeliverySchema>;

export function presentWebhooks(webhooks: readonly WebhookView[]): WebhookView[] {
  return webhooks.map(presentWebhook);
}

export function presentWebhook({ id, name, url, enabled, format, events, createdAt }: WebhookView): WebhookView {
  return { id, name, url, enabled, format, events, createdAt };
}

export function presentCreatedWebhook(webhook: CreatedWebhookView): CreatedWebhookView {
  return { ...presentWebhook(webhook), secret: webhook.secret };
}

export const queuedTestSchema = z.object({
  /** The outbox message: its attempts show in the delivery log under this id. */
  messageId: z.string(),
  queuedAt: instant(),
});

export type QueuedTestView = z.infer<typeof queuedTestSchema>;

export function presentQueuedTest({ messageId, queuedAt }: QueuedTestView): QueuedTestView {
  return { messageId, queuedAt };
}

export function presentDeliveries(deliveries: readonly WebhookDeliveryView[]): WebhookDeliveryView[] {
  return deliveries.map(({ id, messageId, event, attempt, statusCode, error, attemptedAt, nextAttemptAt }) => ({
    id,
    messageId,
    event,
    attempt,
    statusCode,
    error,
    attemptedAt,
    nextAttemptAt,
  }));
}
