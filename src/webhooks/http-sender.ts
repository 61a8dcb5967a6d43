/**
 * Sends one webhook POST with node:http(s). The target is checked again at
 * delivery: the socket's name lookup refuses internal addresses (so a name
 * that pointed outwards at registration and inwards now — DNS rebinding —
 * is refused at the moment of connecting), an address written in the URL is
 * checked before connecting, redirects are not followed, the whole exchange
 * has a deadline, and only the first KB of the answer is read.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import type { WebhookSender } from '../operations/webhook-ports.js';
import { addressGuard, hostOf, parseWebhookUrl, type WebhookTargetPolicy } from './webhook-targets.js';

export interface HttpSenderOptions {
  policy: WebhookTargetPolicy;
  timeoutMs?: number;
  /** Bytes of the answer kept (for the admin's list); the rest is not read. */
  maxResponseBytes?: number;
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

export function createHttpSender(options: HttpSenderOptions): WebhookSender {
  const isAllowed = addressGuard(options.policy);
  const timeoutMs = options.timeoutMs ?? 10_000;
  const maxBytes = options.maxResponseBytes ?? 1024;

  // Used by the socket for every connection, so the address checked is the address connected to.
  const guardedLookup = (hostname: string, lookupOptions: { all?: boolean }, callback: LookupCallback) => {
    dnsLookup(hostname, { all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, []);
      const inner = addresses.find((a) => !isAllowed(a.address));
      if (inner || addresses.length === 0)
        return callback(Object.assign(new Error(`the host ${hostname} resolves to an internal address (${inner?.address ?? 'none'}); refused`), { code: 'EHERALDREFUSED' }), []);
      if (lookupOptions.all) return callback(null, addresses);
      const first = addresses[0] as LookupAddress;
      return callback(null, first.address, first.family);
    });
  };

  return (request) =>
    new Promise((resolve, reject) => {
      const url = parseWebhookUrl(request.url, options.policy);
      const host = hostOf(url);
      if (net.isIP(host) && !isAllowed(host)) return reject(new Error(`${host} is an internal address; refused`));
      const client = url.protocol === 'https:' ? https : http;
      const body = Buffer.from(request.body, 'utf8');
      const req = client.request(url, {
        method: 'POST',
        headers: { ...request.headers, 'content-length': String(body.byteLength) },
        lookup: guardedLookup as unknown as net.LookupFunction,
        agent: false,
        ...(request.signal ? { signal: request.signal } : {}),
      });
      const deadline = setTimeout(() => req.destroy(new Error(`no answer within ${Math.round(timeoutMs / 1000)} s`)), timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(deadline);
        reject(new Error((error as NodeJS.ErrnoException).code === 'ABORT_ERR' ? 'the dispatcher stopped' : error.message));
      };
      req.on('error', fail);
      req.on('response', (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        const finish = () => {
          clearTimeout(deadline);
          resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks).subarray(0, maxBytes).toString('utf8') });
        };
        response.on('data', (chunk: Buffer) => {
          if (size >= maxBytes) return;
          chunks.push(chunk);
          size += chunk.byteLength;
          // Enough for the admin's list: stop reading, and close the connection rather than drain an endless answer.
          if (size >= maxBytes) {
            finish();
            response.destroy();
          }
        });
        response.on('end', finish);
        response.on('error', (error) => (size >= maxBytes ? undefined : fail(error)));
      });
      req.end(body);
    });
}
