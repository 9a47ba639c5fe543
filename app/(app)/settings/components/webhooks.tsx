"use client";
import { useState } from "react";
import { CreateWebhookForm } from "@/app/(app)/settings/components/create-webhook-form";
import { OneTimeSecretNotice } from "@/app/(app)/settings/components/one-time-secret-notice";
import { WebhookRow } from "@/app/(app)/settings/components/webhook-row";
import { Card } from "@/components/ui/card";
import type { WebhookFormat } from "@/lib/generated/prisma/enums";

export type WebhookSummary = { id: string; name: string; url: string; enabled: boolean; format: WebhookFormat; events: string[]; createdAt: string };

/** The plan's webhooks and chat destinations; a new webhook's signing secret is shown once, right after it is added. */
export function Webhooks({ initialWebhooks }: { initialWebhooks: WebhookSummary[] }) {
  const [webhooks, setWebhooks] = useState(initialWebhooks);
  const [created, setCreated] = useState<{ name: string; secret: string } | null>(null);

  return (
    <div className="space-y-4">
      {created && (
        <OneTimeSecretNotice
          message={`Webhook “${created.name}” added. Copy its signing secret into the receiver now: it will not be shown again.`}
          secret={created.secret}
          copyLabel="Copy signing secret"
          testId="new-webhook-secret"
          onDismiss={() => setCreated(null)}
        />
      )}
      <CreateWebhookForm
        onCreated={({ secret, ...webhook }) => {
          setWebhooks((current) => [...current, webhook]);
          // Chat platforms read no signature: their secret is of no use to anyone.
          if (webhook.format === "generic") setCreated({ name: webhook.name, secret });
        }}
      />
      <Card>
        {webhooks.length === 0 ? (
          <p className="p-5 text-sm text-ink-muted">No webhooks or chat destinations yet.</p>
        ) : (
          <ul aria-label="Webhooks and chat destinations" className="divide-y divide-line">
            {webhooks.map((webhook) => (
              <WebhookRow key={webhook.id} webhook={webhook} />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
