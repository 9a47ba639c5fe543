import "server-only";
import { randomBytes } from "node:crypto";
import { recordAuditEvent, type AuditValues } from "@/lib/audit/record";
import type { ChatMessage } from "@/lib/chat/types";
import { appUrl } from "@/lib/app-url";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { SignedInUser } from "@/lib/users/data";
import { parseId, parseInput } from "@/lib/validation";
import { canManageWebhooks } from "@/lib/webhooks/ability";
import { TEST_EVENT } from "@/lib/webhooks/events";
import { createWebhookSchema, PICK_EVENTS, updateWebhookSchema } from "@/lib/webhooks/schema";
import { checkedAddress, RefusedTarget } from "@/lib/webhooks/target";

function requireAdmin(user: SignedInUser, what: string) {
  if (!canManageWebhooks(user.role)) throw new DomainError("forbidden", `Only a plan admin can ${what}.`);
}

/** Refuses, in words, an address inside Muster's network (checked again at every delivery). */
async function requireOutside(url: string) {
  try {
    await checkedAddress(new URL(url).hostname);
  } catch (error) {
    if (!(error instanceof RefusedTarget)) throw error;
    throw new DomainError("invalid", `url must be a receiver outside Muster's network: ${error.message}`, "url");
  }
}

type Recorded = { name: string; url: string; enabled: boolean; format: string; events: string[] };

/** What the audit record keeps of a webhook: never its signing secret. */
const recorded = ({ name, url, enabled, format, events }: Recorded): AuditValues => ({ name, url, enabled, format, events });

/** Adds a webhook or chat destination; a webhook's signing secret is in this answer, for the receiver to verify with. */
export async function createWebhook(user: SignedInUser, input: unknown) {
  requireAdmin(user, "add webhooks");
  const { name, url, format = "generic", events = [] } = parseInput(createWebhookSchema, input);
  await requireOutside(url);
  return db().$transaction(async (tx) => {
    const webhook = await tx.webhook.create({ data: { name, url, format, events: [...new Set(events)], secret: `whsec_${randomBytes(24).toString("base64url")}` } });
    await recordAuditEvent(tx, user, { action: "webhook.created", itemKind: "webhook", itemKey: webhook.id, label: name, before: null, after: recorded(webhook) });
    return webhook;
  });
}

function webhookNotFound(webhookId: string) {
  return new DomainError("not_found", `No webhook or chat destination has the id ${webhookId}.`);
}

/** Renames, re-aims, pauses or resumes a destination, or changes what it receives. */
export async function updateWebhook(user: SignedInUser, webhookId: string, input: unknown) {
  requireAdmin(user, "change webhooks");
  const id = parseId(webhookId, "webhookId", "a webhook's id");
  const edit = parseInput(updateWebhookSchema, input);
  if (edit.url !== undefined) await requireOutside(edit.url);
  return db().$transaction(async (tx) => {
    const [current] = await tx.$queryRaw<Recorded[]>`
      SELECT name, url, enabled, format::text AS format, events FROM "Webhook" WHERE id = ${id} FOR UPDATE`;
    if (!current) throw webhookNotFound(webhookId);
    const events = edit.events === undefined ? current.events : [...new Set(edit.events)];
    if (current.format !== "generic" && events.length === 0) throw new DomainError("invalid", `events ${PICK_EVENTS}`, "events");
    const next = { name: edit.name ?? current.name, url: edit.url ?? current.url, enabled: edit.enabled ?? current.enabled, events };
    if (JSON.stringify(recorded({ ...next, format: current.format })) === JSON.stringify(recorded(current))) {
      throw new DomainError("conflict", "Nothing changed: the destination is already as given.");
    }
    const webhook = await tx.webhook.update({ where: { id }, data: next });
    await recordAuditEvent(tx, user, { action: "webhook.updated", itemKind: "webhook", itemKey: id, label: webhook.name, before: recorded(current), after: recorded(webhook) });
    return webhook;
  });
}

/** Removes a destination with its queue and its delivery log. */
export async function deleteWebhook(user: SignedInUser, webhookId: string) {
  requireAdmin(user, "remove webhooks");
  const id = parseId(webhookId, "webhookId", "a webhook's id");
  await db().$transaction(async (tx) => {
    const [removed] = await tx.webhook.findMany({ where: { id } });
    if (!removed) throw webhookNotFound(webhookId);
    await tx.webhook.delete({ where: { id } });
    await recordAuditEvent(tx, user, { action: "webhook.removed", itemKind: "webhook", itemKey: id, label: removed.name, before: recorded(removed), after: null });
  });
}

/** What a test message says: that the destination works, and what real notices carry. */
function testMessage(user: SignedInUser, now: Date): ChatMessage {
  return {
    event: TEST_EVENT,
    headline: "Test message from Muster",
    text: `${user.name} sent this from Settings. Notices here name the incident, its severity and state, each service's time to its RTO breach, and link to the war room and its conference bridge.`,
    incident: null,
    link: { url: appUrl("/settings#webhooks").toString(), label: "Open Muster's settings" },
    bridgeUrl: null,
    at: now.toISOString(),
  };
}

/** Queues a test message to one destination, through the outbox: its delivery log shows how it went. */
export async function sendTestMessage(user: SignedInUser, webhookId: string) {
  requireAdmin(user, "send test messages");
  const id = parseId(webhookId, "webhookId", "a webhook's id");
  const now = new Date();
  return db().$transaction(async (tx) => {
    const [webhook] = await tx.webhook.findMany({ where: { id } });
    if (!webhook) throw webhookNotFound(webhookId);
    const chat = testMessage(user, now);
    const payload = webhook.format === "generic" ? { message: chat.headline, sentBy: user.name, at: chat.at } : chat;
    const message = await tx.outboundMessage.create({ data: { channel: "webhook", webhookId: id, event: TEST_EVENT, payload, nextAttemptAt: now } });
    await recordAuditEvent(tx, user, { action: "webhook.tested", itemKind: "webhook", itemKey: id, label: webhook.name, before: null, after: { messageId: message.id } });
    return { messageId: message.id, queuedAt: now };
  });
}
