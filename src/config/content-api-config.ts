/**
 * Content API settings (/api/v1/), validated at start-up:
 *
 * - `HERALD_API_ANON_RATE_PER_MINUTE` (default 60): requests a minute an
 *   anonymous caller (per IP address) may make; `0` refuses anonymous access,
 *   so every request needs a key. Anonymous access is on by default because
 *   everything the API serves is already public on the site.
 * - `HERALD_API_KEY_RATE_PER_MINUTE` (default 1200): requests a minute per API key.
 * - `HERALD_API_CORS_ORIGINS` (default none): comma-separated origins
 *   (`https://app.example.org`) whose browser pages may call the API, or `*`
 *   for any. Unset sends no CORS headers, so browsers on other sites cannot read it.
 */
import { HeraldError } from '../domain/errors.js';

export interface ContentApiConfig {
  contentApi: {
    anonymousPerMinute: number;
    keyPerMinute: number;
    /** Allowed origins, `['*']` for any, empty for none. */
    corsOrigins: string[];
  };
}

const fail = (variable: string, problem: string) => new HeraldError('HERALD_CONFIG', `Invalid configuration: ${variable}: ${problem}`);

function rate(env: NodeJS.ProcessEnv, variable: string, fallback: number): number {
  const raw = (env[variable] ?? '').trim();
  if (raw === '') return fallback;
  if (!/^\d{1,7}$/.test(raw)) throw fail(variable, `"${raw}" is not a whole number of requests a minute (0 to 1000000)`);
  return Number(raw);
}

function origin(entry: string): string {
  let url: URL;
  try {
    url = new URL(entry);
  } catch {
    throw fail('HERALD_API_CORS_ORIGINS', `"${entry}" is not an origin such as https://app.example.org`);
  }
  if ((url.protocol !== 'https:' && url.protocol !== 'http:') || url.origin !== entry.replace(/\/$/, ''))
    throw fail('HERALD_API_CORS_ORIGINS', `"${entry}" is not an origin (scheme, host and port only), e.g. https://app.example.org`);
  return url.origin;
}

export function loadContentApiConfig(env: NodeJS.ProcessEnv): ContentApiConfig {
  const entries = (env.HERALD_API_CORS_ORIGINS ?? '').split(',').map((e) => e.trim()).filter(Boolean);
  const corsOrigins = entries.includes('*') ? ['*'] : entries.map(origin);
  return {
    contentApi: {
      anonymousPerMinute: rate(env, 'HERALD_API_ANON_RATE_PER_MINUTE', 60),
      keyPerMinute: Math.max(1, rate(env, 'HERALD_API_KEY_RATE_PER_MINUTE', 1200)),
      corsOrigins,
    },
  };
}
