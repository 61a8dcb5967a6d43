/**
 * Where webhooks may go. Without HERALD_WEBHOOK_ALLOW_PRIVATE a target must
 * be https and its host must resolve only to public addresses (not loopback,
 * private, link-local — cloud metadata lives there — or unique-local), so an
 * admin's form cannot make the server call into its own network. The same
 * rule is applied at registration (here) and on every connection (the sender
 * passes `isAllowedAddress` as the socket's lookup check).
 */
import { lookup } from 'node:dns/promises';
import net from 'node:net';
import type { WebhookConfig } from '../config/webhook-config.js';
import { HeraldError } from '../domain/errors.js';
import { isPrivateAddress } from '../ingest/sources/private-address.js';
import type { WebhookTargetCheck } from '../operations/webhook-ports.js';

export type WebhookTargetPolicy = Pick<WebhookConfig['webhooks'], 'allowPrivate' | 'allowedRanges'>;

/** Resolves a host name to its addresses (injectable so tests can pretend a name points inwards). */
export type ResolveHost = (host: string) => Promise<string[]>;

export const resolveWithDns: ResolveHost = async (host) => (await lookup(host, { all: true, verbatim: true })).map((a) => a.address);

const unmapped = (address: string) => /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address)?.[1] ?? address;

export function addressGuard(policy: WebhookTargetPolicy): (address: string) => boolean {
  const allowed = new net.BlockList();
  for (const [address, prefix] of policy.allowedRanges) allowed.addSubnet(address, prefix, net.isIP(address) === 4 ? 'ipv4' : 'ipv6');
  return (candidate) => {
    if (policy.allowPrivate) return true;
    const address = unmapped(candidate);
    if (!isPrivateAddress(address)) return true;
    return allowed.check(address, net.isIP(address) === 4 ? 'ipv4' : 'ipv6');
  };
}

const refused = (message: string) => new HeraldError('HERALD_VALIDATION', message);
const HINT = 'webhooks go only to public addresses unless HERALD_WEBHOOK_ALLOW_PRIVATE allows it';

/** The URL, parsed, when its scheme and form are acceptable (no address check yet). */
export function parseWebhookUrl(href: string, policy: WebhookTargetPolicy): URL {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    throw refused(`"${href.slice(0, 200)}" is not a web address; a webhook needs a full https:// URL.`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && policy.allowPrivate))
    throw refused(`A webhook URL must start with https:// (not ${url.protocol}//); the signature protects the content, not its confidentiality.`);
  if (url.username || url.password) throw refused('A webhook URL must not carry a user name or password; the signature authenticates Herald.');
  if (url.hash) throw refused('A webhook URL must not have a #fragment.');
  return url;
}

export const hostOf = (url: URL) => url.hostname.replace(/^\[|\]$/g, '').toLowerCase();

export function createTargetCheck(policy: WebhookTargetPolicy, resolve: ResolveHost = resolveWithDns): WebhookTargetCheck {
  const isAllowed = addressGuard(policy);
  return async (href) => {
    const url = parseWebhookUrl(href, policy);
    const host = hostOf(url);
    if (policy.allowPrivate) return;
    let addresses: string[];
    if (net.isIP(host)) addresses = [host];
    else {
      try {
        addresses = await resolve(host);
      } catch (error) {
        throw new HeraldError('HERALD_VALIDATION', `The host ${host} could not be resolved; check the webhook URL.`, { cause: error });
      }
      if (addresses.length === 0) throw refused(`The host ${host} has no address; check the webhook URL.`);
    }
    const inner = addresses.find((a) => !isAllowed(a));
    if (inner !== undefined)
      throw refused(net.isIP(host) ? `${host} is an internal address; ${HINT}.` : `The host ${host} resolves to an internal address (${inner}); ${HINT}.`);
  };
}
