"use client";
// Keeps the status board current: follows the board's room and applies each pushed change to the
// board held. Changes for another version than the one held (some were missed, or a dropped
// connection lost them) fetch the board once instead.
import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { applyBoardUpdate, type BoardUpdate } from "@/lib/status-board/changes";
import type { StatusBoardView } from "@/lib/status-board/types";
import { onLiveSocket } from "./socket-client";
import type { LiveStatus } from "./use-incident-live";

export const STATUS_BOARD_KEY = ["status-board"] as const;

export function useStatusBoardLive(): LiveStatus {
  const queryClient = useQueryClient();
  const [status, setStatus] = useState<LiveStatus>("connecting");

  useEffect(
    () =>
      onLiveSocket((socket) => {
        // A fetch under way is let finish: under a storm of changes, cancelling it each time would
        // leave the board frozen.
        const refresh = () => void queryClient.invalidateQueries({ queryKey: STATUS_BOARD_KEY }, { cancelRefetch: false });
        function onUpdate(update: BoardUpdate) {
          const next = applyBoardUpdate(queryClient.getQueryData<StatusBoardView>(STATUS_BOARD_KEY), update);
          if (next) queryClient.setQueryData(STATUS_BOARD_KEY, next);
          else refresh();
        }
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
        socket.on("board:update", onUpdate);
        if (socket.connected) join();
        return () => {
          socket.off("connect", join);
          socket.off("disconnect", onDisconnect);
          socket.off("board:update", onUpdate);
          socket.emit("board:leave");
        };
      }),
    [queryClient],
  );

  return status;
}
