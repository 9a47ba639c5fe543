import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { SignedInUser } from "@/lib/users/data";

/** Marks all of the caller's notifications read; returns how many were unread. */
export async function markAllRead(user: SignedInUser): Promise<number> {
  const { count } = await db().notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
  return count;
}

/**
 * Writes notifications inside the caller's transaction and returns whom they are for: once that
 * transaction commits, the caller hands these to publishNotifications so each bell updates at once.
 */
export async function createNotifications(tx: Prisma.TransactionClient, rows: Prisma.NotificationCreateManyInput[]): Promise<string[]> {
  if (rows.length === 0) return [];
  await tx.notification.createMany({ data: rows });
  return [...new Set(rows.map((row) => row.userId))];
}
