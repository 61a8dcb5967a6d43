/**
 * Urgency and status marks for wire stories: always a word (FLASH, BULLETIN,
 * URGENT; KILLED, WITHHELD, CORRECTION), with a shape and border besides the
 * colour, so nothing depends on colour alone.
 */
import type { WireStoryDto } from '../../../src/api/admin/wire-contract.js';

export const URGENCY_WORDS: Record<number, string> = { 1: 'Flash', 2: 'Bulletin', 3: 'Urgent' };

export function urgencyWord(urgency: number | null): string | null {
  return urgency === null ? null : (URGENCY_WORDS[urgency] ?? null);
}

export function UrgencyMark({ urgency }: { urgency: number | null }) {
  const word = urgencyWord(urgency);
  if (!word) return <span className="wire-urgency" title={urgency === null ? 'No urgency given' : `Urgency ${urgency}`}>{urgency ?? '–'}</span>;
  return (
    <span className={`wire-urgency wire-urgency--${word.toLowerCase()}`} title={`Urgency ${urgency}`}>
      <span aria-hidden="true">{urgency === 1 ? '⚡ ' : '▲ '}</span>
      {word.toUpperCase()}
    </span>
  );
}

export function StoryStatus({ story }: { story: Pick<WireStoryDto, 'pubStatus' | 'isCorrection'> }) {
  if (story.pubStatus === 'canceled') return <span className="wire-status wire-status--killed">KILLED</span>;
  if (story.pubStatus === 'withheld') return <span className="wire-status wire-status--withheld">WITHHELD</span>;
  if (story.isCorrection) return <span className="wire-status wire-status--correction">CORRECTION</span>;
  return null;
}

/** Why a story cannot be adopted, or null when it can. */
export function notAdoptable(story: Pick<WireStoryDto, 'pubStatus' | 'provider'>): string | null {
  if (story.pubStatus === 'canceled') return `${story.provider} killed this story; it cannot be adopted.`;
  if (story.pubStatus === 'withheld') return `${story.provider} withheld this story; it cannot be adopted until it is released.`;
  return null;
}
