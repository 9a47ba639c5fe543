import "server-only";
import { db } from "@/lib/db";

/** The caller's notifications, newest first, with how many are unread. */
export async function listNotifications(userId: string) {
  const [notifications, unread] = await Promise.all([
    db().notification.findMany({
      where: { userId },
      orderBy: { createdAt: "desc" },
      take: 50,
      select: { id: true, kind: true, title: true, body: true, createdAt: true, readAt: true, incidentId: true },
    }),
    countUnread(userId),
  ]);
  return { notifications, unread };
}

export function countUnread(userId: string) {
  return db().notification.count({ where: { userId, readAt: null } });
}
