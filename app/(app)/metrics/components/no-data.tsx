/** A dash where there is nothing to measure, read out as words. */
export function NoData() {
  return (
    <span>
      <span aria-hidden="true" className="text-ink-muted">
        —
      </span>
      <span className="sr-only">no data</span>
    </span>
  );
}
