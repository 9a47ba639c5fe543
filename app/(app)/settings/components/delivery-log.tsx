"use client";
import { useQuery } from "@tanstack/react-query";
import { api } from "@/components/live/api-client";
import { Badge } from "@/components/ui/badge";
import { ErrorText } from "@/components/ui/error-text";
import { formatDateAndTime } from "@/lib/format";
import { MAX_ATTEMPTS } from "@/lib/outbound/backoff";

type Delivery = {
  id: string;
  messageId: string;
  event: string;
  attempt: number;
  statusCode: number | null;
  error: string | null;
  attemptedAt: string;
  nextAttemptAt: string | null;
};

// The first retries come 1 s, 2 s and 4 s apart: an open log keeps up with them without a reload.
const REFRESH_MS = 5_000;

/** To the second, unlike on the incident screens: retries of one delivery share a minute. */
function AttemptTime({ iso }: { iso: string }) {
  return <time dateTime={iso}>{formatDateAndTime(new Date(iso), { seconds: true })}</time>;
}

function isSuccess(statusCode: number | null): boolean {
  return statusCode !== null && statusCode >= 200 && statusCode < 300;
}

function Outcome({ delivery }: { delivery: Delivery }) {
  return (
    <span className="flex flex-wrap items-center gap-1.5">
      {delivery.statusCode !== null && <Badge tone={isSuccess(delivery.statusCode) ? "ok" : "critical"}>{delivery.statusCode}</Badge>}
      {delivery.error && <span className="text-critical [overflow-wrap:anywhere]">{delivery.error}</span>}
    </span>
  );
}

function NextRetry({ delivery }: { delivery: Delivery }) {
  if (delivery.nextAttemptAt) return <AttemptTime iso={delivery.nextAttemptAt} />;
  if (isSuccess(delivery.statusCode)) return <span className="text-ink-muted">Delivered</span>;
  return <span className="text-critical">Given up</span>;
}

/** Every attempt to deliver to one webhook, newest first. */
export function DeliveryLog({ webhookId }: { webhookId: string }) {
  const { data: deliveries, error } = useQuery({
    queryKey: ["webhook-deliveries", webhookId],
    queryFn: () => api<Delivery[]>(`/api/webhooks/${webhookId}/deliveries`),
    refetchInterval: REFRESH_MS,
  });

  if (error) return <ErrorText>{error.message}</ErrorText>;
  if (!deliveries) return <p className="text-sm text-ink-muted">Loading the delivery log…</p>;
  if (deliveries.length === 0) {
    return <p className="text-sm text-ink-muted">Nothing delivered yet: send a test message, or wait for an event it receives.</p>;
  }
  return (
    <div className="overflow-hidden rounded-lg border border-line">
      <table className="stacked-table">
        <thead>
          <tr>
            <th scope="col">Time (UTC)</th>
            <th scope="col">Event</th>
            <th scope="col">Attempt</th>
            <th scope="col">Status code or error</th>
            <th scope="col">Next retry</th>
          </tr>
        </thead>
        <tbody>
          {deliveries.map((delivery) => (
            <tr key={delivery.id}>
              <td data-label="Time (UTC)" data-card-title className="whitespace-nowrap tabular-nums">
                <AttemptTime iso={delivery.attemptedAt} />
              </td>
              <td data-label="Event">
                <code className="font-mono">{delivery.event}</code>
              </td>
              <td data-label="Attempt" className="whitespace-nowrap tabular-nums">
                {delivery.attempt} of {MAX_ATTEMPTS}
              </td>
              <td data-label="Status code or error">
                <Outcome delivery={delivery} />
              </td>
              <td data-label="Next retry" className="whitespace-nowrap tabular-nums">
                <NextRetry delivery={delivery} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
