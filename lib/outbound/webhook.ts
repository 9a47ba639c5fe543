import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { isIP } from "node:net";
import { chatBody, isChatFormat } from "@/lib/chat/body";
import type { ChatMessage } from "@/lib/chat/types";
import { checkedAddress, RefusedTarget } from "@/lib/webhooks/target";
import { SIGNATURE_HEADER, signatureHeader } from "@/lib/webhooks/signature";

// A receiver that does not answer within this long is counted as a failed attempt.
const WEBHOOK_TIMEOUT_MS = 10_000;

/** A failed delivery, in the words the delivery log shows (never the receiver's own answer). */
export class DeliveryFailed extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DeliveryFailed";
  }
}

// Network failures by their code, said the way an admin reads them; anything else is "could not connect".
const NETWORK_FAILURES: Record<string, string> = {
  ECONNREFUSED: "could not connect: connection refused",
  ECONNRESET: "the connection was reset",
  EHOSTUNREACH: "could not connect: the host is unreachable",
  ENETUNREACH: "could not connect: the network is unreachable",
  ABORT_ERR: `no answer within ${WEBHOOK_TIMEOUT_MS / 1000} s`,
  CERT_HAS_EXPIRED: "the receiver's TLS certificate has expired",
  ERR_TLS_CERT_ALTNAME_INVALID: "the receiver's TLS certificate is for another name",
  DEPTH_ZERO_SELF_SIGNED_CERT: "the receiver's TLS certificate is self-signed",
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: "the receiver's TLS certificate could not be verified",
};

function inWords(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return (typeof code === "string" && NETWORK_FAILURES[code]) || "could not connect";
}

/**
 * POSTs one body to the address checkedAddress approved (not to whatever the name resolves to by
 * then), following no redirect. Returns the receiver's status code; throws DeliveryFailed in words
 * when it was refused or could not be reached.
 */
async function postJson(address: string, body: string, headers: Record<string, string>): Promise<number> {
  const url = new URL(address);
  let target: { address: string };
  try {
    target = await checkedAddress(url.hostname);
  } catch (error) {
    if (error instanceof RefusedTarget) throw new DeliveryFailed(`refused: ${error.message}`);
    throw error;
  }
  const secure = url.protocol === "https:";
  const hostname = url.hostname.replace(/^\[(.*)\]$/, "$1");
  const send = secure ? httpsRequest : httpRequest;
  const response = await new Promise<IncomingMessage>((resolve, reject) => {
    const outgoing = send(
      {
        host: target.address,
        port: url.port || (secure ? 443 : 80),
        path: `${url.pathname}${url.search}`,
        method: "POST",
        // The certificate is checked against the name the admin gave, not the address.
        ...(secure && !isIP(hostname) ? { servername: hostname } : {}),
        headers: { host: url.host, "content-type": "application/json", "content-length": Buffer.byteLength(body), ...headers },
        signal: AbortSignal.timeout(WEBHOOK_TIMEOUT_MS),
      },
      resolve,
    );
    outgoing.on("error", (error) => reject(new DeliveryFailed(inWords(error))));
    outgoing.end(body);
  });
  response.resume(); // the receiver's answer is not read, logged or kept
  return response.statusCode ?? 0;
}

type Destination = { url: string; secret: string; format?: string };

/**
 * Sends one queued message in its destination's format: a generic webhook gets Muster's own
 * `{ id, event, data }`, signed at the moment it is sent; a chat platform its own JSON, unsigned
 * (platforms read no signature), from the chat message queued for it.
 */
export async function postWebhook(webhook: Destination, messageId: string, event: string, payload: unknown): Promise<number> {
  const format = webhook.format ?? "generic";
  if (isChatFormat(format)) {
    return postJson(webhook.url, JSON.stringify(chatBody(format, payload as ChatMessage)), { "Muster-Delivery": messageId });
  }
  const body = JSON.stringify({ id: messageId, event, data: payload });
  return postJson(webhook.url, body, { [SIGNATURE_HEADER]: signatureHeader(webhook.secret, body, new Date()), "Muster-Delivery": messageId });
}

/** What the delivery log says about an answer that was not a success. */
export function failedAnswerInWords(statusCode: number): string {
  return statusCode >= 300 && statusCode < 400 ? `answered ${statusCode} (redirects are not followed)` : `answered ${statusCode}`;
}
