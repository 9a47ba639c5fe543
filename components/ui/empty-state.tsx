import type { ReactNode } from "react";

/** What a list says when there is nothing in it; small type unless `className` says otherwise. */
export function EmptyState({ children, className = "text-sm" }: { children: ReactNode; className?: string }) {
  return <p className={`rounded-xl border border-dashed border-line-strong px-5 py-6 text-ink-muted ${className}`}>{children}</p>;
}
