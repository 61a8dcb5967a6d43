/**
 * Adopting a wire story: choose the edition and section, create the draft,
 * then open it. Pictures that could not be imported are listed first, so the
 * editor knows what to add by hand.
 */
import { useEffect, useState, type FormEvent } from 'react';
import type { ReferenceData } from '../../../src/api/admin/contract.js';
import type { WireStoryDto } from '../../../src/api/admin/wire-contract.js';
import { Dialog } from '../lib/dialog.js';
import { storyTitle } from './story-label.js';
import { messageOf, wireApi } from './wire-api.js';

export function AdoptDialog({ story, onClose, onAdopted }: {
  story: WireStoryDto | null;
  onClose: () => void;
  /** Called with the new article's id once the editor may go there. */
  onAdopted: (articleId: number) => void;
}) {
  const [reference, setReference] = useState<ReferenceData | null>(null);
  const [edition, setEdition] = useState('');
  const [section, setSection] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<{ id: number; warnings: string[] } | null>(null);

  useEffect(() => {
    if (!story || reference) return;
    wireApi.reference().then((data) => {
      setReference(data);
      const preferred = data.editions.find((e) => story.language && e.lang === story.language.slice(0, 2)) ?? data.editions[0];
      setEdition(preferred?.code ?? '');
    }, (e: unknown) => setError(messageOf(e)));
  }, [story, reference]);

  useEffect(() => {
    if (!story) {
      setDone(null);
      setError(null);
      setBusy(false);
    }
  }, [story]);

  const sections = reference?.sections.filter((s) => s.editionCode === edition) ?? [];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!story || !edition || !section) return;
    setBusy(true);
    setError(null);
    try {
      const article = await wireApi.adopt(story.guid, { editionCode: edition, sectionId: Number(section) });
      if (article.warnings.length === 0) onAdopted(article.id);
      else setDone({ id: article.id, warnings: article.warnings });
    } catch (e) {
      setError(messageOf(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Dialog open={story !== null} title="Adopt wire story" onClose={onClose} testId="wire-adopt-dialog">
      {story && !done && (
        <form onSubmit={submit}>
          <p><strong>{storyTitle(story)}</strong> <span className="muted small">({story.provider}, version {story.latestVersion})</span></p>
          <div className="field">
            <label htmlFor="adopt-edition">Edition</label>
            <select id="adopt-edition" required value={edition} onChange={(e) => { setEdition(e.target.value); setSection(''); }}>
              {(reference?.editions ?? []).map((e) => (
                <option key={e.code} value={e.code}>{e.name}</option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="adopt-section">Section</label>
            <select id="adopt-section" required value={section} onChange={(e) => setSection(e.target.value)}>
              <option value="">Choose a section</option>
              {sections.map((s) => (
                <option key={s.id} value={s.id}>{s.name}</option>
              ))}
            </select>
          </div>
          <div role="alert" className={error ? 'alert alert--error' : 'alert alert--empty'}>{error}</div>
          <div className="filters__actions">
            <button type="submit" className="button button--primary" disabled={busy || !section}>{busy ? 'Creating the draft…' : 'Create draft'}</button>
            <button type="button" className="button" onClick={onClose}>Cancel</button>
          </div>
        </form>
      )}
      {done && (
        <div>
          <p>The draft was created, but not everything could be carried over:</p>
          <ul>
            {done.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
          <button type="button" className="button button--primary" onClick={() => onAdopted(done.id)}>Open the draft</button>
        </div>
      )}
    </Dialog>
  );
}
