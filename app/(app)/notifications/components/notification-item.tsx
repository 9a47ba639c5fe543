import Link from "next/link";
import { formatDateTime } from "@/components/clock-format";
import type { NotificationView } from "@/components/live/notifications-query";

/** One notification: unread ones carry a dot and a tint; the whole card opens its incident. */
export function NotificationItem({ notification }: { notification: NotificationView }) {
  const unread = notification.readAt === null;
  const title = (
    <>
      {unread && <span className="sr-only">Unread: </span>}
      {notification.title}
    </>
  );
  return (
    <li
      className={`relative flex gap-3 rounded-xl border p-4 transition-colors sm:p-5 ${
        unread ? "border-accent/40 bg-accent-soft" : "border-line bg-surface"
      } ${notification.incidentId ? "hover:border-line-strong" : ""}`}
    >
      <span aria-hidden="true" className={`mt-2 size-2 shrink-0 rounded-full ${unread ? "bg-accent" : "bg-transparent"}`} />
      <div className="min-w-0 flex-1">
        <h2 className={`text-ink [overflow-wrap:anywhere] ${unread ? "font-semibold" : "font-medium"}`}>
          {notification.incidentId ? (
            // The whole card is the link's target; its text stays the notification's title.
            <Link href={`/incidents/${notification.incidentId}`} className="after:absolute after:inset-0 after:rounded-xl hover:underline">
              {title}
            </Link>
          ) : (
            title
          )}
        </h2>
        <p className="mt-1 text-sm text-ink [overflow-wrap:anywhere]">{notification.body}</p>
        <p className="mt-1 text-sm text-ink-muted tabular-nums">
          <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
        </p>
      </div>
    </li>
  );
}
