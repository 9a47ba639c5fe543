// Test helpers over every table of the schema: their names, all their rows, and emptying them.
import { db } from "@/lib/db";

export async function tableNames(): Promise<string[]> {
  // information_schema's names are of a type the pg adapter cannot read: cast to text.
  const rows = await db().$queryRawUnsafe<{ name: string }[]>(
    `SELECT table_name::text AS name FROM information_schema.tables
     WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
     ORDER BY 1`,
  );
  return rows.map((row) => row.name);
}

/** Every row of every table, as JSON text in a stable order. */
export async function snapshot(): Promise<Record<string, string[]>> {
  const tables: Record<string, string[]> = {};
  for (const name of await tableNames()) {
    const rows = await db().$queryRawUnsafe<{ row: string }[]>(`SELECT to_jsonb(t)::text AS row FROM "${name}" t ORDER BY 1`);
    tables[name] = rows.map((row) => row.row);
  }
  return tables;
}

/** A database as a first start finds it: migrated, with nothing loaded. */
export async function emptyDatabase() {
  const tables = (await tableNames()).map((name) => `"${name}"`).join(", ");
  await db().$executeRawUnsafe(`TRUNCATE ${tables} CASCADE`);
}
