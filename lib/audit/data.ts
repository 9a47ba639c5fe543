import "server-only";
import { AUDIT_PAGE_DEFAULT, auditQuerySchema } from "@/lib/audit/schema";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { UserRole } from "@/lib/generated/prisma/enums";
import type { SignedInUser } from "@/lib/users/data";
import { parseInput } from "@/lib/validation";

/** Who did what to users, tokens, webhooks and subscribers is the admins' to read. */
export function canReadAudit(role: UserRole): boolean {
  return role === "admin";
}

/** A page of the audit record, newest first: `limit` events (50 unless said) after `before`, and the id to ask for the next page with. */
export async function listAuditEvents(caller: SignedInUser, query: unknown = {}) {
  if (!canReadAudit(caller.role)) throw new DomainError("forbidden", "Only an admin can read the audit record.");
  const { limit = AUDIT_PAGE_DEFAULT, before } = parseInput(auditQuerySchema, query);
  const rows = await db().auditEvent.findMany({
    orderBy: [{ at: "desc" }, { id: "desc" }],
    ...(before && { cursor: { id: before }, skip: 1 }),
    // One more than asked for says whether there is a next page.
    take: limit + 1,
  });
  const events = rows.slice(0, limit);
  return { events, next: rows.length > limit ? events.at(-1)!.id : null };
}

export type AuditEventRecord = Awaited<ReturnType<typeof listAuditEvents>>["events"][number];
