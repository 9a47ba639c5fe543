// What shows while a signed-in screen loads: the page's outline, calm, with words for screen readers.
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-6">
      <span className="sr-only">Loading…</span>
      <div aria-hidden="true" className="animate-pulse space-y-6 motion-reduce:animate-none">
        <div className="space-y-3">
          <div className="h-3 w-32 rounded bg-surface-muted" />
          <div className="h-7 w-2/3 max-w-md rounded bg-surface-muted" />
          <div className="h-4 w-1/2 max-w-sm rounded bg-surface-muted" />
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {[0, 1, 2, 3].map((card) => (
            <div key={card} className="h-32 rounded-xl border border-line bg-surface" />
          ))}
        </div>
      </div>
    </div>
  );
}
