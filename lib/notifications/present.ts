// What the notification routes answer: the caller's own notifications and counts.
import { z } from "zod";
import { instant } from "@/lib/present";

export const notificationSchema = z.object({
  id: z.string(),
  kind: z.string(),
  title: z.string(),
  body: z.string(),
  createdAt: instant(),
  readAt: instant().nullable(),
  incidentId: z.string().nullable(),
});
export const notificationListSchema = z.object({ notifications: z.array(notificationSchema), unread: z.int().min(0) });
export const markedReadSchema = z.object({ marked: z.int().min(0) });

export type NotificationListView = z.infer<typeof notificationListSchema>;

export function presentNotifications({ notifications, unread }: NotificationListView): NotificationListView {
  return {
    notifications: notifications.map(({ id, kind, title, body, createdAt, readAt, incidentId }) => ({
      id,
      kind,
      title,
      body,
      createdAt,
      readAt,
      incidentId,
    })),
    unread,
  };
}

export function presentMarkedRead(marked: number): z.infer<typeof markedReadSchema> {
  return { marked };
}
