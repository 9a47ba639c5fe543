// The fuzz pass's own database, read directly from the test process: the embedded PostgreSQL its
// server runs under FUZZ_MUSTER_HOME, and a fingerprint of every table to compare before and after
// a request.
import path from "node:path";
import pg from "pg";
import { connectToRunningEmbeddedDatabase } from "../../lib/database/embedded";

export const FUZZ_MUSTER_HOME = ".muster/e2e-fuzz";

/** Per table of the public schema: its row count and an md5 over its rows in a fixed order. */
export type Fingerprint = Record<string, string>;

export function connectToFuzzDatabase(): Promise<pg.Client> {
  return connectToRunningEmbeddedDatabase(path.resolve(FUZZ_MUSTER_HOME));
}

/** One query over every table, so the fingerprint is one snapshot rather than a table at a time. */
export async function fingerprintQuery(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ name: string }>(
    "select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name",
  );
  return rows
    // Every table has a primary key, so no two rows share their text: ordered by it, the md5 is the
    // same whatever order the rows are read in.
    .map(
      ({ name }) =>
        `select ${client.escapeLiteral(name)} as name, count(*) || ':' || coalesce(md5(string_agg(t::text, '' order by t::text)), '') as print from ${client.escapeIdentifier(name)} t`,
    )
    .join(" union all ");
}

export async function fingerprint(client: pg.Client, query: string): Promise<Fingerprint> {
  const { rows } = await client.query<{ name: string; print: string }>(query);
  return Object.fromEntries(rows.map(({ name, print }) => [name, print]));
}

/** The tables whose prints differ, as "Table: before → after". */
export function differences(before: Fingerprint, after: Fingerprint): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((name) => before[name] !== after[name])
    .map((name) => `${name}: ${before[name]} → ${after[name]}`);
}
