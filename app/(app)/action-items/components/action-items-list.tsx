"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { ActionItemTable } from "@/components/action-item-table";
import type { ActionItemView } from "@/lib/action-items/types";

/** The table, reloaded from the server after a status change so filters and order stay true. */
export function ActionItemsList({ items, now }: { items: ActionItemView[]; now: number }) {
  const router = useRouter();
  const [, startTransition] = useTransition();
  return <ActionItemTable items={items} now={now} onChanged={() => startTransition(() => router.refresh())} />;
}
