"use client";
import { useState } from "react";
import { CreateWebhookForm } from "@/app/(app)/settings/components/create-webhook-form";
import { OneTimeSecretNotice } from "@/app/(app)/settings/components/one-time-secret-notice";
import { WebhookRow } from "@/app/(app)/settings/components/webhook-row";
import { Card } from "@/components/ui/card";

export type WebhookSummary = { id: string; name: string; url: string; enabled: boolean; createdAt: string };

/** The plan's webhooks; a new one's signing secret is shown once, right after it is added. */
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
          setCreated({ name: webhook.name, secret });
        }}
      />
      <Card>
        {webhooks.length === 0 ? (
          <p className="p-5 text-sm text-ink-muted">No webhooks yet.</p>
        ) : (
          <ul aria-label="Webhooks" className="divide-y divide-line">
            {webhooks.map((webhook) => (
              <WebhookRow key={webhook.id} webhook={webhook} />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
