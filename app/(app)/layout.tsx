import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { SiteMenu } from "@/app/(app)/components/site-menu";
import { SkipLinks } from "@/app/(app)/components/skip-links";
import { OfflineSupport } from "@/components/offline/offline-support";
import { THEME_COOKIE, parseThemePreference } from "@/components/theme/theme-preference";
import { requireUser } from "@/lib/auth/session";
import { canDeclareIncident } from "@/lib/incidents/ability";
import { countActiveIncidents } from "@/lib/incidents/data";
import { countUnread } from "@/lib/notifications/data";

// Every page here reads the live database for a signed-in user: none can be prerendered at build.
export const dynamic = "force-dynamic";

export default async function AppLayout({ children }: { children: ReactNode }) {
  const user = await requireUser();
  const [cookieStore, unreadNotifications, activeIncidents] = await Promise.all([cookies(), countUnread(user.id), countActiveIncidents(user)]);
  const theme = parseThemePreference(cookieStore.get(THEME_COOKIE)?.value);
  return (
    <div className="lg:flex">
      <SkipLinks />
      <OfflineSupport />
      <SiteMenu
        user={{ name: user.name, role: user.role }}
        theme={theme}
        unreadNotifications={unreadNotifications}
        activeIncidents={activeIncidents}
        canDeclare={canDeclareIncident(user.role)}
      />
      <main id="main" tabIndex={-1} className="min-w-0 flex-1 focus:outline-none">
        <div className="mx-auto max-w-5xl px-4 pt-6 pb-16 sm:px-6 lg:px-10 lg:pt-10 print:max-w-none print:p-0">{children}</div>
      </main>
    </div>
  );
}
