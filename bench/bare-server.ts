// The bench's ceiling: a bare Node server, in a process of its own as Muster is, that answers every
// request with the same cached bytes. Run by public-status-round.ts; prints the port it listens on.
//   node bench/bare-server.ts <body file> <content type>
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";

const [bodyFile, contentType] = process.argv.slice(2);
const body = readFileSync(bodyFile);
const server = createServer((_request, response) => {
  response.writeHead(200, { "Content-Type": contentType, "Content-Length": String(body.length), "Cache-Control": "public, max-age=10" }).end(body);
});
server.keepAliveTimeout = 65_000;
server.listen(0, "127.0.0.1", () => console.log((server.address() as AddressInfo).port));
