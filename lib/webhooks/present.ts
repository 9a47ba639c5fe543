// What the webhook routes answer: the signing secret only in the answer that created the webhook.
import { z } from "zod";
import { instant } from "@/lib/present";

export const webhookSchema = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  enabled: z.boolean(),
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
  return webhooks.map(({ id, name, url, enabled, createdAt }) => ({ id, name, url, enabled, createdAt }));
}

export function presentCreatedWebhook({ id, name, url, enabled, createdAt, secret }: CreatedWebhookView): CreatedWebhookView {
  return { id, name, url, enabled, createdAt, secret };
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
