import type { Metadata } from "next";
import { ActionItemsPage } from "@/app/(app)/action-items/action-items-page";
import { listActionItemOwners, listActionItems } from "@/lib/action-items/data";
import { actionItemFiltersSchema } from "@/lib/action-items/schema";
import { requireUser } from "@/lib/auth/session";
import { jsonify } from "@/lib/json";

export const metadata: Metadata = { title: "Action items" };

type ActionItemsRouteProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ActionItemsRoute({ searchParams }: ActionItemsRouteProps) {
  const filters = actionItemFiltersSchema.parse(await searchParams);
  const renderedAt = new Date();
  const user = await requireUser();
  const [items, owners] = await Promise.all([listActionItems(user, filters, renderedAt), listActionItemOwners(user)]);
  return <ActionItemsPage items={jsonify(items)} owners={owners} filters={filters} now={renderedAt.getTime()} />;
}
