// Small helpers the seeders share: positions from list order, ids looked up by natural key.
import type { Prisma } from "@/lib/generated/prisma/client";

export type Tx = Prisma.TransactionClient;

export type IdsByKey = Map<string, string>;

export function withPositions<T extends object>(rows: readonly T[]): (T & { position: number })[] {
  return rows.map((row, index) => ({ ...row, position: index + 1 }));
}

export function idsByKey(rows: { id: string; key: string }[]): IdsByKey {
  return new Map(rows.map((row) => [row.key, row.id]));
}

export function idOf(ids: IdsByKey, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`The seed data refers to "${key}", which is not seeded`);
  return id;
}
