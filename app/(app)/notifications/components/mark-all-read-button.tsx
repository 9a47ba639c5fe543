"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { NOTIFICATIONS_KEY } from "@/components/live/notifications-query";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";

export function MarkAllReadButton({ unread }: { unread: number }) {
  const queryClient = useQueryClient();
  const markAllRead = useMutation({
    mutationFn: () => api<{ marked: number }>("/api/notifications/read", { method: "POST" }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: NOTIFICATIONS_KEY }),
  });
  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={() => markAllRead.mutate()}
        disabled={unread === 0 || markAllRead.isPending}
        className={buttonClasses("secondary")}
      >
        Mark all read
      </button>
      {markAllRead.error && <ErrorText>{markAllRead.error.message}</ErrorText>}
    </div>
  );
}
