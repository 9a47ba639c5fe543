"use client";
import { useState } from "react";
import { CreateTokenForm } from "@/app/(app)/settings/components/create-token-form";
import { OneTimeSecretNotice } from "@/app/(app)/settings/components/one-time-secret-notice";
import { TokenRow } from "@/app/(app)/settings/components/token-row";
import { Card } from "@/components/ui/card";

export type TokenSummary = { id: string; name: string; prefix: string; createdAt: string; lastUsedAt: string | null };

/** The user's active tokens; a new one is shown once, right after it is made. */
export function ApiTokens({ initialTokens }: { initialTokens: TokenSummary[] }) {
  const [tokens, setTokens] = useState(initialTokens);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);

  return (
    <div className="space-y-4">
      {created && (
        <OneTimeSecretNotice
          message={`Token “${created.name}” created. Copy it now: it will not be shown again.`}
          secret={created.token}
          copyLabel="Copy token"
          testId="new-token"
          onDismiss={() => setCreated(null)}
        />
      )}
      <CreateTokenForm
        onCreated={({ token, ...summary }) => {
          setTokens((current) => [{ ...summary, lastUsedAt: null }, ...current]);
          setCreated({ name: summary.name, token });
        }}
      />
      <Card>
        {tokens.length === 0 ? (
          <p className="p-5 text-sm text-ink-muted">No active tokens.</p>
        ) : (
          <ul aria-label="Active tokens" className="divide-y divide-line">
            {tokens.map((token) => (
              <TokenRow key={token.id} token={token} onRevoked={() => setTokens((current) => current.filter((t) => t.id !== token.id))} />
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
