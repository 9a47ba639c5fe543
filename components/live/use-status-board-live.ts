"use client";
// Keeps the status board current: follows the board's room and, on each signal that something
// changed (or after a dropped connection, when changes may have been missed), fetches it again.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { onLiveSocket } from "./socket-client";
import type { LiveStatus } from "./use-incident-live";

export const STATUS_BOARD_KEY = ["status-board"] as const;

export function useStatusBoardLive(): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>("connecting");

  useEffect(
    () =>
      onLiveSocket((socket) => {
        // A fetch under way is let finish: under a storm of signals, cancelling it each time would
        // leave the board frozen.
        const refresh = () => void queryClient.invalidateQueries({ queryKey: STATUS_BOARD_KEY }, { cancelRefetch: false });
        function join() {
          socket.emit("board:join", (reply) => {
            if (!reply.ok) return setStatus("offline");
            setStatus("live");
            refresh();
          });
        }
        const onDisconnect = () => setStatus("offline");
        socket.on("connect", join);
        socket.on("disconnect", onDisconnect);
        socket.on("board:changed", refresh);
        if (socket.connected) join();
        return () => {
          socket.off("connect", join);
          socket.off("disconnect", onDisconnect);
          socket.off("board:changed", refresh);
          socket.emit("board:leave");
        };
      }),
    [queryClient],
  );

  return status;
}
