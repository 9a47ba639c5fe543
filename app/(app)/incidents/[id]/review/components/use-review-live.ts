"use client";
// Keeps the review current while it is open: follows the incident's room and, on each change
// committed to the incident (a note saved, a score, an action item) or one missed while the
// connection was down, fetches the review again. Forms already open keep their drafts.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { reviewKey } from "@/app/(app)/incidents/[id]/review/components/use-review-query";
import { onLiveSocket } from "@/components/live/socket-client";
import { HTTP_STATUS } from "@/lib/errors";
import type { IncidentEvent } from "@/lib/timeline/types";

export function useReviewLive(incidentId: string, lastSeq: number) {
  const queryClient = useQueryClient();

  useEffect(
    () =>
      onLiveSocket((socket) => {
        // A fetch under way is let finish: a burst of changes fetches the review a few times, not once per change.
        const refresh = () => void queryClient.invalidateQueries({ queryKey: reviewKey(incidentId), exact: true }, { cancelRefetch: false });
        let seen = lastSeq;
        const onEvent = (event: IncidentEvent) => {
          if (event.incidentId !== incidentId || event.seq <= seen) return;
          seen = event.seq;
          refresh();
        };
        const join = () =>
          socket.emit("incident:join", { incidentId, afterSeq: seen }, (reply) => {
            // Too far behind to replay: whatever it was, the review is fetched again.
            if (!reply.ok) return void (reply.status === HTTP_STATUS.gone && refresh());
            if (reply.result.length === 0) return;
            seen = Math.max(seen, ...reply.result.map((event) => event.seq));
            refresh();
          });
        socket.on("connect", join);
        socket.on("incident:event", onEvent);
        if (socket.connected) join();
        return () => {
          socket.off("connect", join);
          socket.off("incident:event", onEvent);
          socket.emit("incident:leave", { incidentId });
        };
      }),
    // Where the page started; later seqs are followed inside the effect.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [incidentId, queryClient],
  );
}
