import { CopyButton } from "@/components/ui/copy-button";
import { PathText } from "@/components/ui/path-text";

export function CommandBlock({ command }: { command: string }) {
  return (
    <div className="mt-2.5 flex items-start gap-2 rounded-lg border border-line bg-canvas py-1.5 pr-1.5 pl-3">
      {/* select-all: one tap selects the whole command where the clipboard is not available. */}
      <code className="min-w-0 flex-1 py-1.5 font-mono text-[13px] leading-5 text-ink select-all [overflow-wrap:anywhere]">
        <PathText text={command} />
      </code>
      <CopyButton text={command} />
    </div>
  );
}
