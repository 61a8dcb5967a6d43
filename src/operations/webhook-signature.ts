/**
 * The signature every delivery carries, and its check (what a receiver does;
 * docs/webhooks.md shows the same in a few lines of Node):
 * `Herald-Webhook-Signature: v1=<hex HMAC-SHA256 of "{timestamp}.{body}">`
 * keyed with the endpoint's secret (its UTF-8 bytes). The timestamp is signed
 * too, so an old delivery replayed later fails the receiver's freshness check.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export const SIGNATURE_VERSION = 'v1';

export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `${SIGNATURE_VERSION}=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * True when `header` holds a valid v1 signature of `body` at `timestamp` and the timestamp is within
 * `toleranceSeconds` of `nowSeconds`. A header may list several signatures (during a secret rotation), separated by spaces.
 */
export function verifyWebhookSignature(
  secret: string,
  input: { timestamp: string; body: string; header: string; nowSeconds: number; toleranceSeconds?: number },
): boolean {
  if (!/^\d{1,12}$/.test(input.timestamp)) return false;
  const timestamp = Number(input.timestamp);
  if (Math.abs(input.nowSeconds - timestamp) > (input.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(signWebhook(secret, timestamp, input.body));
  return input.header.split(' ').some((candidate) => {
    const given = Buffer.from(candidate.trim());
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
