import type { ReactNode } from "react";
import { buttonClasses } from "@/components/ui/button-classes";
import { CopyButton } from "@/components/ui/copy-button";

type OneTimeSecretNoticeProps = {
  /** What was made, and why to copy the secret now. */
  message: ReactNode;
  secret: string;
  copyLabel: string;
  testId: string;
  onDismiss: () => void;
};

/** The one time a secret (an API token, a webhook's signing key) is shown: it is not kept in clear. */
export function OneTimeSecretNotice({ message, secret, copyLabel, testId, onDismiss }: OneTimeSecretNoticeProps) {
  return (
    <div role="status" className="space-y-3 rounded-xl border border-ok-line bg-ok-soft p-4">
      <p className="text-sm font-medium text-ink">{message}</p>
      <div className="flex items-center gap-2 rounded-lg bg-surface p-2">
        <code data-testid={testId} className="min-w-0 flex-1 font-mono text-sm break-all text-ink">
          {secret}
        </code>
        <CopyButton text={secret} label={copyLabel} />
      </div>
      <button type="button" onClick={onDismiss} className={buttonClasses("quiet")}>
        Done
      </button>
    </div>
  );
}
