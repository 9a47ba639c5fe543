// The caller's notifications as one query, shared by the shell's unread badge and the
// notifications page, so reading them on the page clears the badge at once. The server tells the
// shell when a new one arrives (useShellLive); nothing asks on a timer.
import { api } from "@/components/live/api-client";
import type { Jsonify } from "@/lib/json";
import type { listNotifications } from "@/lib/notifications/data";

export type NotificationsView = Jsonify<Awaited<ReturnType<typeof listNotifications>>>;
export type NotificationView = NotificationsView["notifications"][number];

export const NOTIFICATIONS_KEY = ["notifications"] as const;

export function fetchNotifications(): Promise<NotificationsView> {
  return api<NotificationsView>("/api/notifications");
}
