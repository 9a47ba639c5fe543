import type { LiveStatus } from "@/components/live/use-incident-live";

/** Whether what is on screen is live: a responder on a phone must know when it is not. */
export function ConnectionStatus({ status }: { status: LiveStatus }) {
  const live = status === "live";
  return (
    <p
      role="status"
      aria-label="Connection"
      className={`inline-flex shrink-0 items-center gap-1.5 rounded-full border px-2.5 py-1 text-xs font-medium ${
        live ? "border-ok-line bg-ok-soft text-ok" : "border-major-line bg-major-soft text-major"
      }`}
    >
      <span aria-hidden="true" className={`size-2 rounded-full ${live ? "bg-ok" : "animate-pulse bg-major"}`} />
      {live ? "Live" : "Reconnecting…"}
    </p>
  );
}
