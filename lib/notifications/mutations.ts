import "server-only";
import { db } from "@/lib/db";
import type { SignedInUser } from "@/lib/users/data";

/** Marks all of the caller's notifications read; returns how many were unread. */
export async function markAllRead(user: SignedInUser): Promise<number> {
  const { count } = await db().notification.updateMany({ where: { userId: user.id, readAt: null }, data: { readAt: new Date() } });
  return count;
}
