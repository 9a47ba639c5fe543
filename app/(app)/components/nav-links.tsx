"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Badge } from "@/components/ui/badge";

const NAV_ITEMS = [
  { href: "/status", label: "Status board" },
  { href: "/incidents", label: "Incidents" },
  { href: "/action-items", label: "Action items" },
  { href: "/notifications", label: "Notifications" },
  { href: "/metrics", label: "Metrics" },
  { href: "/evidence", label: "Evidence" },
  { href: "/services", label: "Services" },
  { href: "/scenarios", label: "Scenarios" },
  { href: "/contacts", label: "Contacts" },
  { href: "/runbooks", label: "Runbooks" },
  { href: "/drills", label: "Drills" },
  { href: "/backups", label: "Backups & testing" },
  { href: "/readiness", label: "Readiness" },
  { href: "/plan", label: "Plan" },
  { href: "/settings", label: "Settings" },
] as const;

function isCurrent(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}

type NavLinksProps = {
  onNavigate: () => void;
  unreadNotifications: number;
  /** Real incidents being worked now; drills are not counted. */
  activeIncidents: number;
};

export function NavLinks({ onNavigate, unreadNotifications, activeIncidents }: NavLinksProps) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main">
      <ul className="space-y-0.5">
        {NAV_ITEMS.map((item) => {
          const current = isCurrent(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                onClick={onNavigate}
                aria-current={current ? "page" : undefined}
                className={`flex min-h-11 items-center justify-between gap-2 rounded-lg px-3 text-sm font-medium transition-colors ${
                  current ? "bg-accent-soft text-accent" : "text-ink-muted hover:bg-surface-muted hover:text-ink"
                }`}
              >
                {item.label}
                {item.href === "/incidents" && activeIncidents > 0 && (
                  <Badge tone="critical">
                    <span className="tabular-nums">{activeIncidents}</span>
                    <span className="sr-only">active</span>
                  </Badge>
                )}
                {item.href === "/notifications" && unreadNotifications > 0 && (
                  <Badge tone="critical">
                    <span className="tabular-nums">{unreadNotifications}</span>
                    <span className="sr-only">unread</span>
                  </Badge>
                )}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
