import Link from "next/link";
import type { ReactNode } from "react";
import { Icon } from "@/components/ui/icon";

type Figure = { value: number; label: string };

type PlanSectionCardProps = { href: string; title: string; summary: string; figures: Figure[]; note?: ReactNode };

/** One part of the plan on the overview: what it holds, at a glance, and the way in. */
export function PlanSectionCard({ href, title, summary, figures, note }: PlanSectionCardProps) {
  return (
    <li className="group relative flex flex-col rounded-xl border border-line bg-surface p-5 transition-colors hover:border-line-strong">
      <h2 className="flex items-center justify-between gap-2 text-base font-semibold text-ink">
        <Link href={href} className="after:absolute after:inset-0 after:rounded-xl">
          {title}
        </Link>
        <Icon name="chevron-right" className="size-4 text-ink-muted transition-transform group-hover:translate-x-0.5" />
      </h2>
      <p className="mt-1 text-sm text-ink-muted">{summary}</p>
      <dl className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        {figures.map((figure) => (
          <div key={figure.label} className="flex flex-col-reverse">
            <dt className="text-xs text-ink-muted">{figure.label}</dt>
            <dd className="text-2xl font-semibold text-ink tabular-nums">{figure.value}</dd>
          </div>
        ))}
      </dl>
      {note && <div className="mt-4 text-sm">{note}</div>}
    </li>
  );
}
