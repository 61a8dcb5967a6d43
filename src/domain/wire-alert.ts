/**
 * What an agency's later version means for an article built from an earlier
 * one, and the notice its editors see.
 */
import type { WireItem } from './wire-item.js';

export type WireAlertKind = 'correction' | 'withheld' | 'canceled';

/** An alert raised on an article adopted from a story the agency later killed, withheld or corrected. */
export interface WireAlert {
  id: number;
  articleId: number;
  guid: string;
  version: number;
  kind: WireAlertKind;
  message: string;
  createdAt: string;
  acknowledgedAt: string | null;
}

/** The alert a new version raises for adopted articles, or null when it changes nothing for them. */
export function wireAlertKind(item: Pick<WireItem, 'pubStatus' | 'isCorrection'>): WireAlertKind | null {
  if (item.pubStatus === 'canceled') return 'canceled';
  if (item.pubStatus === 'withheld') return 'withheld';
  if (item.isCorrection) return 'correction';
  return null;
}

const VERB: Record<WireAlertKind, string> = { canceled: 'killed', withheld: 'withheld', correction: 'corrected' };

/** e.g. "AFP killed this story at 14:02 UTC — the article 'X' is published and uses it (version 2)." */
export function describeWireAlert(
  kind: WireAlertKind,
  provider: string,
  at: string,
  article: { headline: string; status: string },
  usedVersion: number | null,
): string {
  const time = new Date(at).toISOString().slice(11, 16);
  const uses = usedVersion === null ? 'uses it' : `uses version ${usedVersion}`;
  return `${provider} ${VERB[kind]} this story at ${time} UTC — the article '${article.headline}' is ${article.status.replace('_', ' ')} and ${uses}.`;
}
