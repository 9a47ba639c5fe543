// npm run cluster: Muster as two nodes on one PostgreSQL behind nginx, on one machine — how a
// deployment with more than one node behaves, to try and to test. Starts (or uses) the database,
// applies migrations and loads the plan once, starts both nodes with the same NEXTAUTH_SECRET,
// then nginx with deploy/nginx.conf in front of them. A node that stops is started again, as a
// process manager would; meanwhile the other serves its clients.
//
//   PORT=3000            where nginx listens; the nodes take the next two ports
//   MUSTER_HOME=…        state folder (default .muster/cluster): the embedded database, the secret,
//                        nginx's files and cluster.json (the pids, for whoever wants to stop a node)
//   DATABASE_URL=…       use that server instead of the embedded one
//   NGINX_PATH=…         the nginx binary (default /usr/sbin/nginx, else nginx on the PATH)
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

process.env.MUSTER_HOME ??= ".muster/cluster";
const { connectDatabase } = await import("@/lib/database/connect");
const { applyMigrations } = await import("@/lib/database/migrate");
const { seedFirstStart } = await import("@/lib/database/prepare");
const { localSecret, localStateDir } = await import("@/lib/local-state");

/** Debian puts nginx in /usr/sbin, which a user's PATH often leaves out. */
const NGINX = process.env.NGINX_PATH ?? (existsSync("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx");
/** A node that stopped is started again after this pause, so a crash loop cannot spin. */
const RESTART_DELAY_MS = 1_000;

const port = Number(process.env.PORT ?? 3000);
const state = localStateDir();
const origin = process.env.NEXTAUTH_URL ?? `http://localhost:${port}`;
const database = await connectDatabase();
await applyMigrations(database.url);
await seedFirstStart(database.embedded);
const secret = process.env.NEXTAUTH_SECRET ?? localSecret("nextauth");

type Node = { name: string; port: number; child?: ChildProcess };
const nodes: Node[] = [
  { name: "a", port: port + 1 },
  { name: "b", port: port + 2 },
];
let stopping = false;
let nginx: ChildProcess | undefined;

function writeState() {
  const pids = { port, nodes: nodes.map(({ name, port: nodePort, child }) => ({ name, port: nodePort, pid: child?.pid ?? null })), nginx: nginx?.pid ?? null };
  writeFileSync(path.join(state, "cluster.json"), JSON.stringify(pids, null, 2));
}

function startNode(node: Node) {
  const child = spawn(process.execPath, ["--import", "tsx", "--import", "./scripts/node-server-only.mjs", "server.ts"], {
    env: {
      ...process.env,
      NODE_ENV: process.env.NODE_ENV ?? "production",
      PORT: String(node.port),
      HOST: "127.0.0.1",
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: secret,
      NEXTAUTH_URL: origin,
      // nginx is the one hop in front: sign-in counts attempts by the address it saw.
      MUSTER_TRUSTED_PROXIES: "1",
    },
    stdio: ["ignore", "inherit", "inherit"],
  });
  node.child = child;
  writeState();
  child.once("exit", (code, signal) => {
    if (stopping) return;
    console.log(`Node ${node.name} (port ${node.port}) stopped (${signal ?? `exit ${code}`}); starting it again.`);
    setTimeout(() => startNode(node), RESTART_DELAY_MS);
  });
}

function startNginx() {
  const config = readFileSync("deploy/nginx.conf", "utf8")
    .replaceAll("{{state}}", path.join(state, "nginx"))
    .replaceAll("{{port}}", String(port))
    .replaceAll("{{nodeA}}", String(nodes[0].port))
    .replaceAll("{{nodeB}}", String(nodes[1].port));
  mkdirSync(path.join(state, "nginx"), { recursive: true });
  const file = path.join(state, "nginx", "nginx.conf");
  writeFileSync(file, config);
  nginx = spawn(NGINX, ["-c", file, "-p", path.join(state, "nginx"), "-g", "daemon off;"], { stdio: "inherit" });
  nginx.once("error", (error) => {
    console.error(`nginx could not start: ${error.message}. Install it (Debian: apt-get install nginx).`);
    void stop(1);
  });
  nginx.once("exit", (code) => {
    if (!stopping) void stop(code ?? 1);
  });
  writeState();
}

async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  nginx?.kill("SIGQUIT");
  const exits = nodes.map(({ child }) => child && child.exitCode === null && new Promise((resolve) => child.once("exit", resolve)));
  for (const { child } of nodes) child?.kill("SIGTERM");
  await Promise.all(exits);
  await database.stop();
  process.exit(code);
}

process.once("SIGINT", () => void stop());
process.once("SIGTERM", () => void stop());
for (const node of nodes) startNode(node);
startNginx();
console.log(`Muster on ${origin}: nginx in front of nodes on ports ${nodes.map((node) => node.port).join(" and ")}.`);
