import type { Metadata } from "next";
import { NotificationsPage } from "@/app/(app)/notifications/notifications-page";
import { requireUser } from "@/lib/auth/session";
import { jsonify } from "@/lib/json";
import { listNotifications } from "@/lib/notifications/data";

export const metadata: Metadata = { title: "Notifications" };

export default async function NotificationsRoute() {
  const user = await requireUser();
  return <NotificationsPage initial={jsonify(await listNotifications(user.id))} />;
}
