"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "@/components/live/api-client";

/** Queues a test message to one destination; its delivery log, refreshed, shows how it went. */
export function useSendTest(webhookId: string, onSent: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => api<{ messageId: string }>(`/api/webhooks/${webhookId}/test`, { method: "POST" }),
    onSuccess: () => {
      onSent();
      void queryClient.invalidateQueries({ queryKey: ["webhook-deliveries", webhookId] });
    },
  });
}
