"use client";
import { useState } from "react";
import { DeliveryLog } from "@/app/(app)/settings/components/delivery-log";
import { useSendTest } from "@/app/(app)/settings/components/use-send-test";
import { WEBHOOK_FORMATS } from "@/app/(app)/settings/components/webhook-formats";
import type { WebhookSummary } from "@/app/(app)/settings/components/webhooks";
import { refusalInWords } from "@/components/forms/form-words";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { Icon } from "@/components/ui/icon";
import { formatDate } from "@/lib/format";
import { NOTICE_EVENTS } from "@/lib/webhooks/events";

function receivedInWords(events: string[]): string {
  if (events.length === 0) return "Every event";
  return events.map((event) => NOTICE_EVENTS[event as keyof typeof NOTICE_EVENTS] ?? event).join(" · ");
}

/** A destination, what it receives, a test message on demand, and its delivery log when asked for. */
export function WebhookRow({ webhook }: { webhook: WebhookSummary }) {
  const [logOpen, setLogOpen] = useState(false);
  const logId = `delivery-log-${webhook.id}`;
  const test = useSendTest(webhook.id, () => setLogOpen(true));
  return (
    <li className="space-y-3 p-4" aria-label={webhook.name}>
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1 space-y-0.5">
          <p className="flex flex-wrap items-center gap-2 font-medium text-ink">
            {webhook.name}
            <Badge tone={webhook.format === "generic" ? "neutral" : "accent"}>{webhook.format === "generic" ? "Webhook" : WEBHOOK_FORMATS[webhook.format].label}</Badge>
            {!webhook.enabled && <Badge>Disabled</Badge>}
          </p>
          <p className="font-mono text-sm break-all text-ink-muted">{webhook.url}</p>
          <p className="text-sm text-ink">Receives: {receivedInWords(webhook.events)}</p>
          <p className="text-sm text-ink-muted">Added {formatDate(new Date(webhook.createdAt))}</p>
        </div>
        <div className="flex flex-wrap gap-2">
          <button type="button" onClick={() => test.mutate()} disabled={test.isPending} className={buttonClasses("secondary")}>
            {test.isPending ? "Sending…" : "Send test message"}
          </button>
          <button
            type="button"
            onClick={() => setLogOpen(!logOpen)}
            aria-expanded={logOpen}
            aria-controls={logId}
            className={buttonClasses("secondary")}
          >
            <Icon name="chevron-right" className={`size-4 transition-transform ${logOpen ? "rotate-90" : ""}`} />
            Delivery log
          </button>
        </div>
      </div>
      {test.isSuccess && (
        <p role="status" className="text-sm text-ink-muted">
          Test message queued: the delivery log shows it within a few seconds.
        </p>
      )}
      {test.error && <ErrorText>{refusalInWords(test.error)}</ErrorText>}
      {logOpen && (
        <div id={logId}>
          <DeliveryLog webhookId={webhook.id} />
        </div>
      )}
    </li>
  );
}
