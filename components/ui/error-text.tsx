import type { ReactNode } from "react";
import { Icon } from "@/components/ui/icon";

/** A refusal or an invalid value, said beside the control it concerns; read out when it appears. */
export function ErrorText({ id, children }: { id?: string; children: ReactNode }) {
  return (
    <p id={id} role="alert" className="flex items-start gap-1.5 text-sm text-critical">
      <Icon name="alert" className="mt-0.5 size-4" />
      <span className="min-w-0">{children}</span>
    </p>
  );
}
