import { SettingsPage } from "@/app/(app)/settings/settings-page";
import { listTokens } from "@/lib/api-tokens/data";
import { requireUser } from "@/lib/auth/session";
import { getCalendarFeed } from "@/lib/calendar/feed";
import { canManageCommunications } from "@/lib/communications/ability";
import { listTemplates } from "@/lib/communications/data";
import { jsonify } from "@/lib/json";
import { listSubscribers } from "@/lib/subscribers/data";
import { canManageUsers } from "@/lib/users/ability";
import { listManagedUsers } from "@/lib/users/data";
import { presentManagedUser } from "@/lib/users/present";
import { canManageWebhooks } from "@/lib/webhooks/ability";
import { listWebhooks } from "@/lib/webhooks/data";

export default async function Page() {
  const user = await requireUser();
  const communications = canManageCommunications(user.role);
  const [tokens, calendarFeed, users, webhooks, templates, subscribers] = await Promise.all([
    listTokens(user.id),
    getCalendarFeed(user),
    canManageUsers(user.role) ? listManagedUsers(user) : null,
    canManageWebhooks(user.role) ? listWebhooks(user) : null,
    communications ? listTemplates(user) : null,
    communications ? listSubscribers(user) : null,
  ]);
  return (
    <SettingsPage
      user={user}
      tokens={jsonify(tokens)}
      calendarFeedSince={calendarFeed?.createdAt.toISOString() ?? null}
      users={users && users.map(presentManagedUser)}
      webhooks={webhooks && jsonify(webhooks)}
      communications={templates && subscribers && { templates: jsonify(templates), subscribers: jsonify(subscribers) }}
    />
  );
}
