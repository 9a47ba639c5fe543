import Link from "next/link";
import type { DrillsShown } from "@/components/live/incidents-query";

const CHOICES: { value: DrillsShown; label: string; href: string }[] = [
  { value: undefined, label: "All", href: "/incidents" },
  { value: "exclude", label: "Real incidents", href: "/incidents?drills=exclude" },
  { value: "only", label: "Drills", href: "/incidents?drills=only" },
];

export function DrillFilter({ current }: { current: DrillsShown }) {
  return (
    <nav aria-label="Filter incidents">
      <ul className="inline-flex rounded-lg border border-line bg-surface p-1 text-sm">
        {CHOICES.map((choice) => {
          const selected = choice.value === current;
          return (
            <li key={choice.label}>
              <Link
                href={choice.href}
                aria-current={selected ? "page" : undefined}
                className={`flex min-h-9 items-center rounded-md px-3 font-medium whitespace-nowrap ${
                  selected ? "bg-accent-soft text-accent" : "text-ink-muted hover:bg-surface-muted hover:text-ink"
                }`}
              >
                {choice.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
