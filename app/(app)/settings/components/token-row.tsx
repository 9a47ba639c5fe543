"use client";
import { useMutation } from "@tanstack/react-query";
import type { TokenSummary } from "@/app/(app)/settings/components/api-tokens";
import { api } from "@/components/live/api-client";
import { buttonClasses } from "@/components/ui/button-classes";
import { ErrorText } from "@/components/ui/error-text";
import { formatDate } from "@/lib/format";

export function TokenRow({ token, onRevoked }: { token: TokenSummary; onRevoked: () => void }) {
  const revoke = useMutation({
    mutationFn: () => api<null>(`/api/tokens/${token.id}`, { method: "DELETE" }),
    onSuccess: onRevoked,
  });
  return (
    <li className="flex flex-wrap items-center gap-3 p-4">
      <div className="min-w-0 flex-1">
        <p className="font-medium text-ink">{token.name}</p>
        <p className="text-sm text-ink-muted">
          <code className="font-mono">{token.prefix}…</code> · created {formatDate(new Date(token.createdAt))}
        </p>
      </div>
      <button
        type="button"
        onClick={() => revoke.mutate()}
        disabled={revoke.isPending}
        className={buttonClasses("secondary")}
        aria-label={`Revoke ${token.name}`}
      >
        Revoke
      </button>
      {revoke.error && <ErrorText>{revoke.error.message}</ErrorText>}
    </li>
  );
}
