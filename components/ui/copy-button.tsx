"use client";
import { useEffect, useRef, useState } from "react";
import { Icon } from "@/components/ui/icon";

const CONFIRMATION_MS = 2_000;

type CopyState = "idle" | "copied" | "failed";

const LABELS: Record<CopyState, string> = { idle: "Copy", copied: "Copied", failed: "Copy failed" };

export function CopyButton({ text, label = "Copy command" }: { text: string; label?: string }) {
  const [state, setState] = useState<CopyState>("idle");
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  useEffect(() => () => clearTimeout(timer.current), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(text);
      setState("copied");
    } catch {
      // The clipboard API exists only on HTTPS and localhost; the text stays selectable by hand.
      setState("failed");
    }
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setState("idle"), CONFIRMATION_MS);
  }

  return (
    <>
      <button
        type="button"
        onClick={copy}
        aria-label={label}
        className="inline-flex min-h-9 shrink-0 items-center gap-1.5 rounded-md border border-line-strong bg-surface px-2.5 text-xs font-medium text-ink hover:bg-surface-muted"
      >
        <Icon name={state === "copied" ? "check" : "copy"} className="size-3.5" />
        {LABELS[state]}
      </button>
      <span role="status" className="sr-only">
        {state === "idle" ? "" : LABELS[state]}
      </span>
    </>
  );
}
