/**
 * Addresses an agency feed must never make the server fetch from: loopback,
 * private, link-local (cloud metadata lives there), carrier-grade NAT and
 * unique-local ranges. Checked on the resolved addresses, so a public-looking
 * name that resolves inwards is refused too.
 */
import { lookup } from 'node:dns/promises';
import net from 'node:net';

const blocked = new net.BlockList();
for (const [network, prefix] of [['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12], ['192.168.0.0', 16]] as const)
  blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [['::', 128], ['::1', 128], ['fc00::', 7], ['fe80::', 10]] as const) blocked.addSubnet(network, prefix, 'ipv6');

export function isPrivateAddress(candidate: string): boolean {
  // An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is judged as the IPv4 address it carries.
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(candidate);
  const address = mapped ? (mapped[1] as string) : candidate;
  const family = net.isIP(address);
  if (family === 0) return false;
  return blocked.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Throws when `host` is, or resolves to, an internal address. */
export async function assertPublicHost(host: string): Promise<void> {
  const addresses = net.isIP(host) ? [host] : (await lookup(host, { all: true })).map((a) => a.address);
  const inner = addresses.find(isPrivateAddress);
  if (inner) throw new Error(`the host ${host} is an internal address (${inner}); list it in HERALD_WIRE_PICTURE_HOSTS to allow it`);
}
