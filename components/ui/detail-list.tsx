import type { ReactNode } from "react";

export type Detail = { label: string; value: ReactNode };

/** Label and value pairs: side by side where there is room, stacked on a phone. */
export function DetailList({ details, labelWidth = "sm:grid-cols-[10rem_minmax(0,1fr)]" }: { details: Detail[]; labelWidth?: string }) {
  return (
    <dl className="divide-y divide-line text-sm">
      {details.map((detail) => (
        <div key={detail.label} className={`grid gap-0.5 py-2.5 first:pt-0 last:pb-0 sm:gap-4 ${labelWidth}`}>
          <dt className="text-ink-muted">{detail.label}</dt>
          <dd className="text-ink">{detail.value}</dd>
        </div>
      ))}
    </dl>
  );
}
