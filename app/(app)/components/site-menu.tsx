"use client";
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState, type KeyboardEvent } from "react";
import { NavLinks } from "@/app/(app)/components/nav-links";
import { SignOutButton } from "@/app/(app)/components/sign-out-button";
import { UserSummary } from "@/app/(app)/components/user-summary";
import { ACTIVE_INCIDENT_COUNT_KEY, fetchActiveIncidentCount } from "@/components/live/incidents-query";
import { fetchNotifications, NOTIFICATIONS_KEY } from "@/components/live/notifications-query";
import { useShellLive } from "@/components/live/use-shell-live";
import { ThemeControl } from "@/components/theme/theme-control";
import type { ThemePreference } from "@/components/theme/theme-preference";
import { buttonClasses } from "@/components/ui/button-classes";
import { Icon } from "@/components/ui/icon";
import type { UserRole } from "@/lib/generated/prisma/enums";

type SiteMenuProps = {
  user: { name: string; role: UserRole };
  theme: ThemePreference;
  /** The unread count at the server's render; kept current by the server's signals. */
  unreadNotifications: number;
  /** Real incidents being worked at the server's render; kept current the same way. */
  activeIncidents: number;
  /** Commanders and admins declare, from any page. */
  canDeclare: boolean;
};

/** A sidebar on wide screens; on a phone, a top bar whose menu button opens the same panel. */
export function SiteMenu({ user, theme, unreadNotifications, activeIncidents, canDeclare }: SiteMenuProps) {
  const [open, setOpen] = useState(false);
  useShellLive();
  const { data: unread = unreadNotifications } = useQuery({
    queryKey: NOTIFICATIONS_KEY,
    queryFn: fetchNotifications,
    select: (view) => view.unread,
  });
  const { data: active } = useQuery({
    queryKey: ACTIVE_INCIDENT_COUNT_KEY,
    queryFn: fetchActiveIncidentCount,
    initialData: activeIncidents,
  });
  const pathname = usePathname();
  const close = () => setOpen(false);

  function closeOnEscape(event: KeyboardEvent) {
    if (event.key === "Escape") close();
  }

  return (
    <header
      onKeyDown={closeOnEscape}
      className="sticky top-0 z-30 border-b border-line bg-surface print:hidden lg:flex lg:h-dvh lg:w-64 lg:shrink-0 lg:flex-col lg:border-r lg:border-b-0"
    >
      <div className="flex h-14 items-center justify-between gap-4 px-4 lg:h-16 lg:px-5">
        <Link
          href="/"
          onClick={close}
          aria-current={pathname === "/" ? "page" : undefined}
          className="flex items-center gap-2 text-lg font-semibold tracking-tight text-ink"
        >
          <span aria-hidden="true" className="grid size-7 place-items-center rounded-md bg-accent text-sm text-accent-ink">
            M
          </span>
          Muster
        </Link>
        <div className="flex items-center gap-2">
          {canDeclare && (
            <Link href="/incidents/new" onClick={close} className={`${buttonClasses("primary")} lg:hidden`}>
              Declare
              <span className="sr-only"> an incident</span>
            </Link>
          )}
        <button
          type="button"
          onClick={() => setOpen(!open)}
          aria-expanded={open}
          aria-controls="site-menu"
          className="-mr-2 inline-flex min-h-11 items-center gap-2 rounded-lg px-3 text-sm font-medium text-ink hover:bg-surface-muted lg:hidden"
        >
          <Icon name={open ? "close" : "menu"} className="size-5" />
          Menu
          {/* On a phone the navigation is folded away: the dot says something is waiting in it. */}
          {unread > 0 && (
            <>
              <span aria-hidden="true" className="size-2 rounded-full bg-critical" />
              <span className="sr-only">({unread} unread notifications)</span>
            </>
          )}
        </button>
        </div>
      </div>
      {canDeclare && (
        <div className="hidden px-3 pb-2 lg:block">
          <Link href="/incidents/new" className={`${buttonClasses("primary")} w-full`}>
            Declare incident
          </Link>
        </div>
      )}
      {open && (
        // Dims the page under the open menu; a tap on it closes the menu (Escape does too).
        <div aria-hidden="true" onClick={close} className="fixed inset-x-0 top-14 bottom-0 bg-black/40 lg:hidden" />
      )}
      <div
        id="site-menu"
        className={`${open ? "flex" : "hidden"} absolute inset-x-0 top-full max-h-[calc(100dvh-3.5rem)] flex-col gap-6 overflow-y-auto border-b border-line bg-surface px-3 pt-2 pb-4 shadow-lg lg:static lg:flex lg:max-h-none lg:min-h-0 lg:flex-1 lg:border-b-0 lg:px-3 lg:shadow-none`}
      >
        <NavLinks onNavigate={close} unreadNotifications={unread} activeIncidents={active} />
        <div className="space-y-4 border-t border-line px-2 pt-4 lg:mt-auto">
          <UserSummary name={user.name} role={user.role} />
          <ThemeControl initial={theme} />
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
