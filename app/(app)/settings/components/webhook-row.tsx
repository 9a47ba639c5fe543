"use client";
import { useState } from "react";
import { DeliveryLog } from "@/app/(app)/settings/components/delivery-log";
import { SendTestButton } from "@/app/(app)/settings/components/send-test-button";
import { WEBHOOK_FORMATS } from "@/app/(app)/settings/components/webhook-formats";
import type { WebhookSummary } from "@/app/(app)/settings/components/webhooks";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button-classes";
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
          <SendTestButton webhookId={webhook.id} onSent={() => setLogOpen(true)} />
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
      {logOpen && (
        <div id={logId}>
          <DeliveryLog webhookId={webhook.id} />
        </div>
      )}
    </li>
  );
}
