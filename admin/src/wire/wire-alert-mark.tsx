/** The article list's mark on an article whose agency story was killed, withheld or corrected and not yet acknowledged. */
import type { ArticleListItem } from '../../../src/api/admin/contract.js';
import { useOpenWireAlerts } from './use-open-alerts.js';
import './wire-desk.css';

const MARK_WORDS: Record<ArticleListItem['openWireAlerts'][number], string> = {
  canceled: 'Wire story killed',
  withheld: 'Wire story withheld',
  correction: 'Wire correction',
};

/** The kinds to mark: the live shared alerts once loaded (so an acknowledgement clears the mark), the list's own before. */
export function useWireAlertKinds(): (item: Pick<ArticleListItem, 'id' | 'openWireAlerts'>) => ArticleListItem['openWireAlerts'] {
  const { alerts } = useOpenWireAlerts();
  return (item) => (alerts ? [...new Set(alerts.filter((a) => a.articleId === item.id).map((a) => a.kind))] : item.openWireAlerts);
}

export function WireAlertMarks({ kinds }: { kinds: ArticleListItem['openWireAlerts'] }) {
  return (
    <>
      {kinds.map((kind) => (
        <span key={kind} className={`wire-mark wire-mark--${kind}`} data-testid="wire-alert-mark" data-kind={kind}>
          <span aria-hidden="true">⚠ </span>
          {MARK_WORDS[kind]}
        </span>
      ))}
    </>
  );
}
