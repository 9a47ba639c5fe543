"use client";
import { useState } from "react";
import { DeliveryLog } from "@/app/(app)/settings/components/delivery-log";
import type { WebhookSummary } from "@/app/(app)/settings/components/webhooks";
import { Badge } from "@/components/ui/badge";
import { buttonClasses } from "@/components/ui/button-classes";
import { Icon } from "@/components/ui/icon";
import { formatDate } from "@/lib/format";

/** A webhook, and on demand its delivery log: most of the time nobody needs to read it. */
export function WebhookRow({ webhook }: { webhook: WebhookSummary }) {
  const [logOpen, setLogOpen] = useState(false);
  const logId = `delivery-log-${webhook.id}`;
  return (
    <li className="space-y-3 p-4">
      <div className="flex flex-wrap items-start gap-3">
        <div className="min-w-0 flex-1">
          <p className="flex flex-wrap items-center gap-2 font-medium text-ink">
            {webhook.name}
            {!webhook.enabled && <Badge>Disabled</Badge>}
          </p>
          <p className="font-mono text-sm break-all text-ink-muted">{webhook.url}</p>
          <p className="text-sm text-ink-muted">Added {formatDate(new Date(webhook.createdAt))}</p>
        </div>
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
      {logOpen && (
        <div id={logId}>
          <DeliveryLog webhookId={webhook.id} />
        </div>
      )}
    </li>
  );
}
