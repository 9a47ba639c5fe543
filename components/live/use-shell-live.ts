"use client";
// Keeps what the signed-in shell shows everywhere current: the incident list's queries (the list
// page, the navigation's count) and the caller's notifications, on the server's signals. After a
// dropped connection signals may have been missed, so both are fetched again.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { INCIDENTS_KEY } from "@/components/live/incidents-query";
import { NOTIFICATIONS_KEY } from "@/components/live/notifications-query";
import { onLiveSocket } from "@/components/live/socket-client";

export function useShellLive() {
  const queryClient = useQueryClient();

  useEffect(
    () =>
      onLiveSocket((socket) => {
        // A fetch under way is let finish: under a storm of signals, cancelling it each time would
        // leave the list frozen.
        const refreshIncidents = () => void queryClient.invalidateQueries({ queryKey: INCIDENTS_KEY }, { cancelRefetch: false });
        const refreshNotifications = () => void queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }, { cancelRefetch: false });
        let wasConnected = socket.connected;
        function onConnect() {
          if (wasConnected) {
            refreshIncidents();
            refreshNotifications();
          }
          wasConnected = true;
        }
        socket.on("connect", onConnect);
        socket.on("incidents:changed", refreshIncidents);
        socket.on("notifications:changed", refreshNotifications);
        return () => {
          socket.off("connect", onConnect);
          socket.off("incidents:changed", refreshIncidents);
          socket.off("notifications:changed", refreshNotifications);
        };
      }),
    [queryClient],
  );
}
