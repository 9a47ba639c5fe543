"use client";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { refusalInWords } from "@/components/forms/form-words";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";

/** Queues a test message to one destination; the delivery log, opened beside it, shows how it went. */
export function SendTestButton({ webhookId, onSent }: { webhookId: string; onSent: () => void }) {
  const queryClient = useQueryClient();
  const send = useMutation({
    mutationFn: () => api<{ messageId: string }>(`/api/webhooks/${webhookId}/test`, { method: "POST" }),
    onSuccess: () => {
      onSent();
      void queryClient.invalidateQueries({ queryKey: ["webhook-deliveries", webhookId] });
    },
  });
  return (
    <>
      <button type="button" onClick={() => send.mutate()} disabled={send.isPending} className={buttonClasses("secondary")}>
        {send.isPending ? "Sending…" : "Send test message"}
      </button>
      {send.isSuccess && (
        <p role="status" className="basis-full text-sm text-ink-muted">
          Test message queued: the delivery log shows it within a few seconds.
        </p>
      )}
      {send.error && <ErrorText>{refusalInWords(send.error)}</ErrorText>}
    </>
  );
}
