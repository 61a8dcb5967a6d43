/**
 * `/admin/front-page/:edition` (editors and admins): what leads the edition
 * home. The top story, up to four ordered leads and each section block's lead
 * are pinned from the newest published articles (the article picker) or left
 * automatic (newest first); each pin can end at a set time. "Live now" shows
 * what the public home shows at this moment. Saving replaces the whole layout.
 */
import { EditionPicker } from '../lib/edition-picker.js';
import { useEffect, useRef, useState } from 'react';
import type { ArticleListItem } from '../../../src/api/admin/contract.js';
import type { FrontPageResponse, LiveArticle } from '../../../src/api/admin/front-page-contract.js';
import { ArticlePickerDialog } from '../articles/article-picker-dialog.js';
import { errorMessage } from '../api/client.js';
import { ErrorAlert, StatusLine } from '../lib/alerts.js';
import { navigate } from '../lib/router.js';
import { formatClock } from '../lib/time.js';
import { useTitle } from '../lib/use-title.js';
import { useReference } from '../session/reference-context.js';
import { frontPageApi } from './front-page-api.js';
import { bodyFrom, draftFrom, moveLead, pinnedIds, type FrontPageDraft, type SlotDraft } from './front-page-draft.js';
import { PinSlot } from './pin-slot.js';
import './front-page.css';

type Picking = { kind: 'top' } | { kind: 'lead' } | { kind: 'section'; sectionId: number; name: string };

export function FrontPagePage({ editionCode }: { editionCode: string | null }) {
  const reference = useReference();
  const code = editionCode ?? reference.editions[0]?.code ?? '';
  const edition = reference.editions.find((e) => e.code === code);
  useTitle(`Front page${edition ? ` · ${edition.name}` : ''}`);
  const [data, setData] = useState<FrontPageResponse | null>(null);
  const [draft, setDraft] = useState<FrontPageDraft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [picking, setPicking] = useState<Picking | null>(null);
  const moveButtons = useRef(new Map<string, HTMLButtonElement>());
  const [focusAfterMove, setFocusAfterMove] = useState<{ articleId: number; by: -1 | 1 } | null>(null);

  useEffect(() => {
    if (!code) return;
    const controller = new AbortController();
    setData(null);
    setError(null);
    frontPageApi.get(code, controller.signal).then(
      (r) => {
        setData(r);
        setDraft(draftFrom(r));
        setDirty(false);
      },
      (e: unknown) => (e as Error).name !== 'AbortError' && setError(errorMessage(e)),
    );
    return () => controller.abort();
  }, [code]);

  // Keep the keyboard on the moved lead: focus its same button (or the other one once it reached an end).
  useEffect(() => {
    if (!focusAfterMove) return;
    const { articleId, by } = focusAfterMove;
    const same = moveButtons.current.get(`${articleId}:${by}`);
    const other = moveButtons.current.get(`${articleId}:${-by}`);
    (same && !same.disabled ? same : other)?.focus();
    setFocusAfterMove(null);
  }, [focusAfterMove]);

  if (!code) return <p>You work in no edition, so there is no front page to curate.</p>;

  const change = (next: FrontPageDraft) => {
    setDraft(next);
    setDirty(true);
    setStatus('');
  };
  const pick = (a: ArticleListItem) => {
    if (!draft || !picking) return;
    const chosen: SlotDraft = { articleId: a.id, headline: a.headline, expiresAt: null };
    if (picking.kind === 'top') change({ ...draft, topStory: chosen });
    else if (picking.kind === 'lead') change({ ...draft, leads: [...draft.leads, chosen] });
    else change({ ...draft, sectionLeads: { ...draft.sectionLeads, [picking.sectionId]: chosen } });
    setPicking(null);
  };
  const save = async () => {
    if (!draft) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await frontPageApi.save(code, bodyFrom(draft));
      setData(saved);
      setDraft(draftFrom(saved));
      setDirty(false);
      setStatus(`Saved at ${formatClock(new Date())}. The home page shows it now.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  const alreadyPinned = draft ? pinnedIds(draft) : new Set<number>();
  const maxLeads = data?.maxLeads ?? 4;

  return (
    <section className="page front-page">
      <div className="page__header">
        <h1>Front page</h1>
        <EditionPicker id="front-page-edition" editions={reference.editions} value={code} onPick={(edition) => navigate(`/admin/front-page/${edition}`)} />
      </div>
      <p className="hint">
        Pin what leads the <a href={`/${code}/`} target="_blank" rel="noreferrer">{edition?.name ?? code} home page</a>; everything not pinned fills in
        newest first. A pin with an end time turns automatic again at that time (the public page follows within a minute). Unpublished or embargoed
        articles are never shown, even when pinned.
      </p>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      {!draft || !data ? (
        !error && <p aria-busy="true">Loading…</p>
      ) : (
        <div className="front-page__layout">
          <div className="front-page__edit">
            <fieldset className="front-page__group" data-testid="top-story-slot">
              <legend>Top story</legend>
              {draft.topStory ? (
                <PinSlot slot={draft.topStory} onExpiry={(expiresAt) => change({ ...draft, topStory: { ...draft.topStory!, expiresAt } })} testId="top-story-pin">
                  <button type="button" className="button button--small" onClick={() => setPicking({ kind: 'top' })}>
                    Replace…
                  </button>
                  <button type="button" className="button button--small" onClick={() => change({ ...draft, topStory: null })}>
                    Make automatic
                  </button>
                </PinSlot>
              ) : (
                <div className="row">
                  <span className="muted">Automatic: the newest article.</span>
                  <button type="button" className="button button--small" onClick={() => setPicking({ kind: 'top' })} data-testid="pin-top-story">
                    Pin a top story…
                  </button>
                </div>
              )}
            </fieldset>

            <fieldset className="front-page__group" data-testid="leads-slot">
              <legend>
                Leads <span className="muted small">(shown under the top story, in this order; at most {maxLeads})</span>
              </legend>
              {draft.leads.length === 0 && <p className="muted">None pinned: the latest list follows the top story.</p>}
              <ol className="front-page__leads">
                {draft.leads.map((lead, index) => (
                  <li key={lead.articleId}>
                    <PinSlot
                      slot={lead}
                      testId={`lead-${index}`}
                      onExpiry={(expiresAt) => change({ ...draft, leads: draft.leads.map((l, i) => (i === index ? { ...l, expiresAt } : l)) })}
                    >
                      {([-1, 1] as const).map((by) => (
                        <button
                          key={by}
                          type="button"
                          className="button button--small"
                          ref={(el) => {
                            const key = `${lead.articleId}:${by}`;
                            if (el) moveButtons.current.set(key, el);
                            else moveButtons.current.delete(key);
                          }}
                          disabled={by === -1 ? index === 0 : index === draft.leads.length - 1}
                          aria-label={`Move “${lead.headline}” ${by === -1 ? 'up' : 'down'}`}
                          onClick={() => {
                            change({ ...draft, leads: moveLead(draft.leads, index, by) });
                            setFocusAfterMove({ articleId: lead.articleId, by });
                          }}
                        >
                          {by === -1 ? '↑ Up' : '↓ Down'}
                        </button>
                      ))}
                      <button
                        type="button"
                        className="button button--small"
                        aria-label={`Remove “${lead.headline}” from the leads`}
                        onClick={() => change({ ...draft, leads: draft.leads.filter((_, i) => i !== index) })}
                      >
                        Remove
                      </button>
                    </PinSlot>
                  </li>
                ))}
              </ol>
              <button
                type="button"
                className="button button--small"
                disabled={draft.leads.length >= maxLeads}
                onClick={() => setPicking({ kind: 'lead' })}
                data-testid="add-lead"
              >
                Add a lead…
              </button>
            </fieldset>

            <fieldset className="front-page__group" data-testid="section-slots">
              <legend>Section blocks</legend>
              {data.sections.length === 0 && <p className="muted">This edition has no sections.</p>}
              <ul className="front-page__sections">
                {data.sections.map((section) => {
                  const pinned = draft.sectionLeads[section.id] ?? null;
                  const setLead = (value: SlotDraft | null) => change({ ...draft, sectionLeads: { ...draft.sectionLeads, [section.id]: value } });
                  return (
                    <li key={section.id} data-testid={`section-${section.id}`}>
                      <h3 className="front-page__section-name">{section.name}</h3>
                      {pinned ? (
                        <PinSlot slot={pinned} onExpiry={(expiresAt) => setLead({ ...pinned, expiresAt })}>
                          <button type="button" className="button button--small" onClick={() => setPicking({ kind: 'section', sectionId: section.id, name: section.name })}>
                            Replace…
                          </button>
                          <button type="button" className="button button--small" onClick={() => setLead(null)} aria-label={`Make the ${section.name} lead automatic`}>
                            Make automatic
                          </button>
                        </PinSlot>
                      ) : (
                        <div className="row">
                          <span className="muted">Automatic</span>
                          <button
                            type="button"
                            className="button button--small"
                            onClick={() => setPicking({ kind: 'section', sectionId: section.id, name: section.name })}
                            aria-label={`Pin a lead for ${section.name}`}
                          >
                            Pin a lead…
                          </button>
                        </div>
                      )}
                    </li>
                  );
                })}
              </ul>
            </fieldset>

            <div className="front-page__save row">
              <button type="button" className="button button--primary" onClick={() => void save()} disabled={busy || !dirty} data-testid="save-front-page">
                {busy ? 'Saving…' : 'Save front page'}
              </button>
              {dirty && <span className="muted small">Unsaved changes</span>}
              <StatusLine testId="front-page-status">{status}</StatusLine>
            </div>
          </div>
          <LiveNow data={data} />
        </div>
      )}
      <ArticlePickerDialog
        open={picking !== null}
        title={
          picking?.kind === 'top' ? 'Pin the top story' : picking?.kind === 'lead' ? 'Add a lead' : picking ? `Pin the ${picking.name} lead` : 'Pick an article'
        }
        actionLabel="Pin"
        // Only published articles of this edition can be pinned; a section's lead may come from its subsections, so no section filter.
        filters={{ edition: code, status: 'published' }}
        onClose={() => setPicking(null)}
        onPick={(a) => (alreadyPinned.has(a.id) ? setError(`“${a.headline}” is already pinned; an article shows once on the home page.`) : pick(a))}
      />
    </section>
  );
}

function LiveLine({ article, pinned, empty }: { article: LiveArticle | null; pinned: boolean; empty: string }) {
  if (!article) return <span className="muted">{empty}</span>;
  return (
    <>
      <span>{article.headline}</span> <span className="muted small">({pinned ? 'pinned' : 'automatic'})</span>
    </>
  );
}

/** What the public home shows right now, as the server resolved it at the last load or save. */
function LiveNow({ data }: { data: FrontPageResponse }) {
  const { live } = data;
  return (
    <aside className="front-page__live" aria-labelledby="live-now-heading" data-testid="live-now">
      <h2 id="live-now-heading">Live now</h2>
      <dl>
        <dt>Top story</dt>
        <dd data-testid="live-top-story">
          <LiveLine article={live.topStory} pinned={live.topPinned} empty="Nothing published yet" />
        </dd>
        {live.leads.length > 0 && (
          <>
            <dt>Leads</dt>
            <dd>
              <ol>
                {live.leads.map((a) => (
                  <li key={a.id}>{a.headline}</li>
                ))}
              </ol>
            </dd>
          </>
        )}
        <dt>Then, newest first</dt>
        <dd>
          <ol>
            {live.latest.slice(0, 3).map((a) => (
              <li key={a.id}>{a.headline}</li>
            ))}
          </ol>
        </dd>
        {live.sections.map((block) => (
          <div key={block.sectionId}>
            <dt>{data.sections.find((s) => s.id === block.sectionId)?.name ?? `Section ${block.sectionId}`}</dt>
            <dd>
              <LiveLine article={block.lead} pinned={block.leadPinned} empty="Block not shown: no article left below the ones above" />
            </dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
