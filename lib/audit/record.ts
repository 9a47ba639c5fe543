import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Tx } from "@/lib/timeline/mutations";
import type { SignedInUser } from "@/lib/users/data";

/** The admin writes outside the plan's items that the audit record keeps, the plan's reviews held and the backup verifications recorded. */
export type AuditItemKind = "user" | "token" | "webhook" | "template" | "subscriber" | "plan-review" | "plan-approval" | "plan-bundle" | "backup-verification";

export type AuditValues = Record<string, Prisma.InputJsonValue | null>;

export type AuditEventInput = {
  /** What was done, as `<kind>.<verb>`: "user.created", "token.revoked". */
  action: `${AuditItemKind}.${string}`;
  itemKind: AuditItemKind;
  itemKey: string;
  /** What a reader calls the item (its name or e-mail) at the time. */
  label: string;
  /** Null for an item created; never a secret (no password, token or signing key). */
  before: AuditValues | null;
  /** Null for an item removed. */
  after: AuditValues | null;
};

/** Records one admin write in the caller's transaction, so the record and the write commit together. */
export function recordAuditEvent(tx: Tx, actor: SignedInUser, event: AuditEventInput) {
  return tx.auditEvent.create({
    data: { ...event, before: event.before ?? undefined, after: event.after ?? undefined, actorId: actor.id, actorName: actor.name },
  });
}
