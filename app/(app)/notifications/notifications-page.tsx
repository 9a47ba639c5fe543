"use client";
import { useQuery } from "@tanstack/react-query";
import { MarkAllReadButton } from "@/app/(app)/notifications/components/mark-all-read-button";
import { NotificationItem } from "@/app/(app)/notifications/components/notification-item";
import { fetchNotifications, NOTIFICATIONS_KEY, type NotificationsView } from "@/components/live/notifications-query";
import { PageHeader } from "@/components/ui/page-header";
import { EmptyState } from "@/components/ui/empty-state";

export function NotificationsPage({ initial }: { initial: NotificationsView }) {
  const { data } = useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: fetchNotifications,
    initialData: initial,
  });
  return (
    <>
      <PageHeader
        title="Notifications"
        description="Escalations that brought you in, newest first; times in UTC."
        actions={data.notifications.length > 0 && <MarkAllReadButton unread={data.unread} />}
      />
      {data.notifications.length ? (
        <ul aria-label="Notifications" className="grid gap-3">
          {data.notifications.map((notification) => (
            <NotificationItem key={notification.id} notification={notification} />
          ))}
        </ul>
      ) : (
        <EmptyState>
          Nothing here yet. When an escalation brings you in, you are told here.
        </EmptyState>
      )}
    </>
  );
}
