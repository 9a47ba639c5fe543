// What shows while a signed-in screen loads: the page's outline, calm, with words for screen readers.
// Each screen's folder names it as its loading.tsx; the home page has none, so management's move from
// it to the status board stays a plain redirect rather than one streamed after a skeleton. Neither
// have the war room and the status board, the screens opened on a phone in a hurry: content streamed
// in behind an outline is shown only once the browser has a free frame, after the page's script has
// run, where without one it paints with the first HTML.
export function ScreenLoading() {
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
