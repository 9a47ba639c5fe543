import { CopyButton } from "@/components/ui/copy-button";
import { buttonClasses } from "@/components/ui/button-classes";

/** The one time a token is shown: it is stored only as a hash. */
export function NewTokenNotice({ name, token, onDismiss }: { name: string; token: string; onDismiss: () => void }) {
  return (
    <div role="status" className="space-y-3 rounded-xl border border-ok-line bg-ok-soft p-4">
      <p className="text-sm font-medium text-ink">
        Token “{name}” created. Copy it now: it will not be shown again.
      </p>
      <div className="flex items-center gap-2 rounded-lg bg-surface p-2">
        <code data-testid="new-token" className="min-w-0 flex-1 font-mono text-sm break-all text-ink">
          {token}
        </code>
        <CopyButton text={token} label="Copy token" />
      </div>
      <button type="button" onClick={onDismiss} className={buttonClasses("quiet")}>
        Done
      </button>
    </div>
  );
}
