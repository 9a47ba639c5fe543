import "server-only";
// Messages to the world outside Muster (webhooks, e-mail), kept in an outbox: written in the
// transaction that caused them, sent after commit by the scheduler, retried with backoff, each
// attempt logged. A message is claimed with a lease, so a node that dies mid-send leaves it to be
// sent again (receivers tell repeats apart by the Muster-Delivery header).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { MAX_ATTEMPTS, retryDelayMs } from "@/lib/outbound/backoff";
import { sendEmail, smtpConfigured } from "@/lib/outbound/email";
import { failedAnswerInWords, postWebhook } from "@/lib/outbound/webhook";
import type { ChatMessage } from "@/lib/chat/types";
import type { Tx } from "@/lib/timeline/mutations";
import { receives } from "@/lib/webhooks/events";

const BATCH_SIZE = 20;
const LEASE_MS = 60_000;

export type EmailNotice = { to: string; subject: string; text: string };

/** Queues each e-mail when SMTP is configured; without it they are not even written. */
export async function enqueueEmails(tx: Tx, event: string, emails: () => EmailNotice[] | Promise<EmailNotice[]>, now: Date) {
  if (!smtpConfigured()) return;
  await tx.outboundMessage.createMany({
    data: (await emails()).map((email) => ({
      channel: "email",
      recipient: email.to,
      event,
      payload: email as unknown as Prisma.InputJsonValue,
      nextAttemptAt: now,
    })),
  });
}

/**
 * Queues a notice for every enabled webhook that receives `event` and, when SMTP is configured,
 * each e-mail. A generic webhook is queued `payload`; a chat destination the chat message (none
 * given: the notice is not for chat).
 */
export async function enqueueNotices(
  tx: Tx,
  event: string,
  payload: Record<string, unknown>,
  emails: () => EmailNotice[],
  now: Date,
  chat?: ChatMessage,
) {
  const webhooks = await tx.webhook.findMany({ where: { enabled: true }, select: { id: true, format: true, events: true } });
  const data = webhooks.flatMap((webhook) => {
    if (!receives(webhook.events, event)) return [];
    const body = webhook.format === "generic" ? payload : chat;
    return body ? [{ channel: "webhook", webhookId: webhook.id, event, payload: body as Prisma.InputJsonValue, nextAttemptAt: now }] : [];
  });
  await tx.outboundMessage.createMany({ data });
  await enqueueEmails(tx, event, emails, now);
}

type Claimed = { id: string; channel: string; webhookId: string | null; recipient: string | null; event: string; payload: unknown; attempts: number };

async function claimDue(now: Date): Promise<Claimed[]> {
  return db().$transaction(async (tx) => {
    const due = await tx.$queryRaw<Claimed[]>`
      SELECT id, channel, "webhookId", recipient, event, payload, attempts FROM "OutboundMessage"
      WHERE "deliveredAt" IS NULL AND "abandonedAt" IS NULL
        AND "nextAttemptAt" <= ${now.toISOString()}::timestamptz AT TIME ZONE 'UTC'
      ORDER BY "nextAttemptAt" LIMIT ${BATCH_SIZE}
      FOR UPDATE SKIP LOCKED`;
    if (due.length > 0) {
      await tx.outboundMessage.updateMany({
        where: { id: { in: due.map((message) => message.id) } },
        data: { nextAttemptAt: new Date(now.getTime() + LEASE_MS) },
      });
    }
    return due;
  });
}

async function attempt(message: Claimed): Promise<{ ok: boolean; statusCode?: number; error?: string }> {
  try {
    if (message.channel === "email") {
      await sendEmail(message.payload as EmailNotice);
      return { ok: true };
    }
    const webhook = await db().webhook.findUniqueOrThrow({ where: { id: message.webhookId! } });
    const statusCode = await postWebhook(webhook, message.id, message.event, message.payload);
    const ok = statusCode >= 200 && statusCode < 300;
    return { ok, statusCode, error: ok ? undefined : failedAnswerInWords(statusCode) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

/** Sends what is due; a failure is retried after 1 s, 2 s, 4 s … and given up after MAX_ATTEMPTS. */
export async function deliverDueMessages(now: Date): Promise<number> {
  const due = await claimDue(now);
  for (const message of due) {
    const outcome = await attempt(message);
    const attempts = message.attempts + 1;
    const nextAttemptAt = outcome.ok || attempts >= MAX_ATTEMPTS ? null : new Date(now.getTime() + retryDelayMs(attempts));
    await db().$transaction([
      db().outboundMessage.update({
        where: { id: message.id },
        data: {
          attempts,
          ...(outcome.ok ? { deliveredAt: now } : nextAttemptAt ? { nextAttemptAt } : { abandonedAt: now }),
        },
      }),
      ...(message.webhookId
        ? [
            db().webhookDelivery.create({
              data: {
                webhookId: message.webhookId,
                messageId: message.id,
                event: message.event,
                attempt: attempts,
                statusCode: outcome.statusCode,
                error: outcome.error,
                attemptedAt: now,
                nextAttemptAt,
              },
            }),
          ]
        : []),
    ]);
  }
  return due.length;
}
