import { SIGNATURE_HEADER, signatureHeader } from "@/lib/webhooks/signature";

// A receiver that does not answer within this long is counted as a failed attempt.
const WEBHOOK_TIMEOUT_MS = 10_000;

/** POSTs one message, signed at the moment it is sent; returns the receiver's status code. */
export async function postWebhook(webhook: { url: string; secret: string }, messageId: string, event: string, payload: unknown): Promise<number> {
  const body = JSON.stringify({ id: messageId, event, data: payload });
  const response = await fetch(webhook.url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [SIGNATURE_HEADER]: signatureHeader(webhook.secret, body, new Date()),
      "Muster-Delivery": messageId,
    },
    body,
    signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
  });
  await response.body?.cancel();
  return response.status;
}
