// Webhooks go out, not in: a webhook may not aim at Muster itself or at the network behind it.
// Checked when a webhook is added (a 400 in words) and again on every delivery after DNS
// resolution; the delivery then connects to the very address that was checked, so a name that
// resolves elsewhere a second later (DNS rebinding) cannot swap it.
import { lookup } from "node:dns/promises";
import { BlockList, isIP } from "node:net";
import { networkInterfaces } from "node:os";
import { readEnv } from "@/lib/env";

/** Why a target is refused, in the words the admin and the delivery log show. */
export class RefusedTarget extends Error {
  constructor(message: string) {
    super(message);
    this.name = "RefusedTarget";
  }
}

// The ranges no webhook may reach (IANA special-purpose registries, RFC 6890): unspecified,
// loopback, private (RFC 1918), CGNAT (RFC 6598), link-local, multicast, reserved, and their IPv6
// counterparts (unique-local RFC 4193, link-local, multicast). IPv4-mapped IPv6 is unwrapped first.
const INTERNAL = new BlockList();
for (const [network, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) INTERNAL.addSubnet(network, prefix, "ipv4");
for (const [network, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["64:ff9b::", 96],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) INTERNAL.addSubnet(network, prefix, "ipv6");

const MAPPED_IPV4 = /^::ffff:(?:(\d+\.\d+\.\d+\.\d+)|([0-9a-f]{1,4}):([0-9a-f]{1,4}))$/i;

/** An address as its own family: `::ffff:127.0.0.1` and `::ffff:7f00:1` are 127.0.0.1. */
function unwrapMapped(address: string): string {
  const mapped = MAPPED_IPV4.exec(address);
  if (!mapped) return address;
  if (mapped[1]) return mapped[1];
  const high = parseInt(mapped[2], 16);
  const low = parseInt(mapped[3], 16);
  return [high >> 8, high & 255, low >> 8, low & 255].join(".");
}

function family(address: string): "ipv4" | "ipv6" {
  return isIP(address) === 6 ? "ipv6" : "ipv4";
}

type AllowList = { hosts: Set<string>; networks: BlockList };

/** MUSTER_WEBHOOK_ALLOWED_HOSTS: host names, addresses or CIDRs an admin trusts (an on-premises receiver). */
function allowList(): AllowList {
  const hosts = new Set<string>();
  const networks = new BlockList();
  for (const entry of readEnv().MUSTER_WEBHOOK_ALLOWED_HOSTS ?? []) {
    const [network, prefix] = entry.split("/");
    const address = unwrapMapped(network);
    if (isIP(address)) networks.addSubnet(address, prefix ? Number(prefix) : isIP(address) === 6 ? 128 : 32, family(address));
    else hosts.add(entry.toLowerCase());
  }
  return { hosts, networks };
}

function ownAddresses(): Set<string> {
  const addresses = new Set<string>();
  for (const list of Object.values(networkInterfaces())) for (const entry of list ?? []) addresses.add(unwrapMapped(entry.address));
  return addresses;
}

function ownHostname(): string | null {
  const url = process.env.NEXTAUTH_URL;
  if (!url) return null;
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return null;
  }
}

/** URL.hostname keeps IPv6 literals in brackets. */
function bareHost(hostname: string): string {
  return hostname.replace(/^\[(.*)\]$/, "$1").toLowerCase();
}

function refusalFor(address: string, allowed: AllowList): string | null {
  const plain = unwrapMapped(address);
  if (allowed.networks.check(plain, family(plain))) return null;
  if (INTERNAL.check(plain, family(plain))) return "the target resolves to a private address";
  if (ownAddresses().has(plain)) return "the target is Muster's own address";
  return null;
}

/**
 * The one address a delivery to this host may connect to: resolved now, every answer checked.
 * Throws RefusedTarget when any answer is internal (a name with one public and one private answer
 * is refused: which one a connection gets is not ours to choose).
 */
export async function checkedAddress(hostname: string): Promise<{ address: string; family: 4 | 6 }> {
  const host = bareHost(hostname);
  const allowed = allowList();
  const literal = isIP(host);
  if (!allowed.hosts.has(host) && host === ownHostname()) throw new RefusedTarget("the target is Muster's own address");
  let answers: { address: string; family: number }[];
  if (literal) answers = [{ address: host, family: literal }];
  else {
    try {
      answers = await lookup(host, { all: true, verbatim: true });
    } catch {
      throw new RefusedTarget(`the target's name (${host}) does not resolve`);
    }
  }
  if (!allowed.hosts.has(host)) {
    for (const answer of answers) {
      const refusal = refusalFor(answer.address, allowed);
      if (refusal) throw new RefusedTarget(refusal);
    }
  }
  const [first] = answers;
  return { address: first.address, family: first.family === 6 ? 6 : 4 };
}
