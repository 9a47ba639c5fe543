"use client";
import { useEffect, useId, useRef, useState } from "react";
import { refusalInWords } from "@/components/forms/form-words";
import { useIncidentWrite } from "@/app/(app)/incidents/[id]/components/use-incident-write";
import { api } from "@/components/live/api-client";
import { Icon } from "@/components/ui/icon";

type PinMenuProps = { incidentId: string; seq: number; pinned: boolean; summary: string };

/**
 * A small menu on an entry whose one action pins the event (the war room and the review show it
 * first) or takes the pin off: out of the way until wanted. Escape or a click elsewhere closes it.
 */
export function PinMenu({ incidentId, seq, pinned, summary }: PinMenuProps) {
  const [open, setOpen] = useState(false);
  const menuId = useId();
  const root = useRef<HTMLDivElement>(null);
  const toggle = useRef<HTMLButtonElement>(null);
  const pin = useIncidentWrite(incidentId, (next: boolean) => api(`/api/incidents/${incidentId}/pins`, { body: { seq, pinned: next } }));
  const action = pinned ? "Unpin" : "Pin to the top";

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener("pointerdown", closeOutside);
    return () => document.removeEventListener("pointerdown", closeOutside);
  }, [open]);

  return (
    <div
      ref={root}
      className="relative -my-1 shrink-0"
      onKeyDown={(event) => {
        if (event.key !== "Escape" || !open) return;
        event.stopPropagation();
        setOpen(false);
        toggle.current?.focus();
      }}
    >
      <button
        ref={toggle}
        type="button"
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        aria-controls={menuId}
        aria-label={`Actions for: ${summary}`}
        className="grid size-8 place-items-center rounded-md text-ink-muted hover:bg-surface-muted hover:text-ink"
      >
        <Icon name="more" className="size-5" />
      </button>
      {open && (
        <div id={menuId} className="absolute top-full right-0 z-10 mt-1 w-44 rounded-lg border border-line bg-surface p-1 shadow-lg">
          <button
            type="button"
            autoFocus
            disabled={pin.isPending}
            onClick={() => pin.mutate(!pinned, { onSuccess: () => setOpen(false) })}
            className="flex min-h-10 w-full items-center rounded-md px-3 text-left text-sm font-medium text-ink hover:bg-surface-muted disabled:opacity-60"
          >
            {action}
          </button>
          {pin.error && (
            <p role="alert" className="px-3 pb-2 text-xs text-critical">
              {refusalInWords(pin.error)}
            </p>
          )}
        </div>
      )}
    </div>
  );
}
