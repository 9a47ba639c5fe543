/** "5 of 16 done" with a bar: how far the runbooks have got. */
export function ChecklistProgress({ done, total }: { done: number; total: number }) {
  const percent = total === 0 ? 0 : Math.round((done / total) * 100);
  return (
    <div className="flex min-w-0 items-center gap-2.5">
      <span className="text-sm whitespace-nowrap text-ink-muted tabular-nums">
        {done} of {total} done
      </span>
      <span aria-hidden="true" className="h-1.5 w-20 shrink-0 overflow-hidden rounded-full bg-surface-muted">
        <span className={`block h-full rounded-full ${done === total ? "bg-ok" : "bg-accent"}`} style={{ width: `${percent}%` }} />
      </span>
    </div>
  );
}
