"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

const NAV_ITEMS = [
  { href: "/incidents", label: "Incidents" },
  { href: "/services", label: "Services" },
  { href: "/scenarios", label: "Scenarios" },
  { href: "/contacts", label: "Contacts" },
  { href: "/runbooks", label: "Runbooks" },
  { href: "/backups", label: "Backups & testing" },
  { href: "/plan", label: "Plan" },
  { href: "/settings", label: "Settings" },
] as const;

function isCurrent(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}

export function NavLinks({ onNavigate }: { onNavigate: () => void }) {
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
                className={`flex min-h-11 items-center rounded-lg px-3 text-sm font-medium transition-colors ${
                  current ? "bg-accent-soft text-accent" : "text-ink-muted hover:bg-surface-muted hover:text-ink"
                }`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
