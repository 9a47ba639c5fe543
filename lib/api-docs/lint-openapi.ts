// `npm run lint:openapi`: writes the served document to a temporary file and lints it with
// Redocly's recommended rules, offline. Exits non-zero on any error.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openApiDocument } from "@/lib/api-docs/openapi";

const folder = mkdtempSync(path.join(tmpdir(), "muster-openapi-"));
const file = path.join(folder, "openapi.json");
writeFileSync(file, JSON.stringify(openApiDocument(), null, 2));
const redocly = path.resolve(import.meta.dirname, "../../node_modules/.bin/redocly");
const lint = spawnSync(redocly, ["lint", file, "--extends", "recommended", "--format", "stylish"], {
  stdio: "inherit",
  env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
});
rmSync(folder, { recursive: true, force: true });
process.exit(lint.status ?? 1);
