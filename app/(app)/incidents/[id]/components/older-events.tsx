"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { api } from "@/components/live/api-client";
import { timelineKey, withEvents } from "@/components/live/incident-cache";
import type { IncidentEvent } from "@/lib/timeline/types";

type OlderEventsProps = {
  incidentId: string;
  /** The first event the timeline lists: the page before it is the one to load. */
  beforeSeq: number;
  /** Once the reader has asked for older events, scrolling to the end of the list loads the next page. */
  onScroll: boolean;
  onLoad: () => void;
};

/** Loads the page of events before the oldest one held, by a press or, once asked, by scrolling to it. */
export function OlderEvents({ incidentId, beforeSeq, onScroll, onLoad }: OlderEventsProps) {
  const queryClient = useQueryClient();
  const button = useRef<HTMLButtonElement>(null);
  const load = useMutation({
    mutationFn: (before: number) => api<IncidentEvent[]>(`/api/incidents/${incidentId}/events?beforeSeq=${before}`),
    onSuccess: (page) => queryClient.setQueryData<IncidentEvent[]>(timelineKey(incidentId), (known = []) => withEvents(known, page)),
  });
  const { mutate, isPending: loading, isError: failed } = load;
  const loadPage = () => {
    onLoad();
    if (!loading) mutate(beforeSeq);
  };

  useEffect(() => {
    const target = button.current;
    if (!onScroll || !target || loading || failed) return;
    // Only scrolling brings the next page: the button must first be out of view. Just after a
    // page arrives it can still be in view for a frame, before the new entries push it down, and
    // loading then would pull page after page with nobody scrolling.
    let outOfView = false;
    const observer = new IntersectionObserver((entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) outOfView = true;
        else if (outOfView) mutate(beforeSeq);
      }
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [onScroll, loading, failed, mutate, beforeSeq]);

  return (
    <div className="mt-1">
      <button
        ref={button}
        type="button"
        onClick={loadPage}
        aria-busy={loading}
        className="min-h-10 w-full rounded-lg text-sm font-medium text-accent hover:bg-surface-muted"
      >
        {loading ? "Loading older events…" : "Show older events"}
      </button>
      {failed && (
        <p role="alert" className="py-1 text-center text-sm text-critical">
          The older events could not be loaded. Try again.
        </p>
      )}
    </div>
  );
}
