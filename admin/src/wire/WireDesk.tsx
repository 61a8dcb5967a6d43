/**
 * `/admin/wire`: the wire desk. Agency stories newest first (the newest
 * version of each), filtered by agency, language, urgency, subject, time and
 * words; flashes, bulletins and urgents marked in words, not colour alone.
 * New stories arrive live over server-sent events and are inserted at the
 * top with a spoken announcement; a tab lists quarantined files with their
 * reasons; editors adopt a story as a draft and land in the article editor.
 * Open alerts (kills, withholds, corrections of adopted stories) lead the
 * page; each row shows the agency's own times and what kind of item it is.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { QuarantineEntryDto, WireDeskEventData, WireStoryDto } from '../../../src/api/admin/wire-contract.js';
import { DataTable } from '../lib/data-table.js';
import { navigate } from '../lib/router.js';
import { formatDateTime } from '../lib/time.js';
import { useAbortableLoad } from '../lib/use-abortable-load.js';
import { AdoptDialog } from './adopt-dialog.js';
import { QuarantineList } from './quarantine-list.js';
import { notAdoptable, StoryStatus, UrgencyMark, urgencyWord } from './urgency.js';
import { KindMark, storyTitle } from './story-label.js';
import { useWireEvents } from './use-wire-events.js';
import { WireAlertsBanner } from './WireAlertsBanner.js';
import { messageOf, wireApi, type WireFilters } from './wire-api.js';
import { matchesFilters, WireFiltersForm } from './wire-filters.js';
import { WireStoryPanel } from './wire-story-panel.js';
import './wire-desk.css';

export interface WireDeskProps {
  /** Editors and admins adopt; reporters read (the server checks either way). */
  canAdopt?: boolean;
  /** Where to go after adopting; defaults to the editor app's router. */
  onNavigate?: (path: string) => void;
}

type Tab = 'stories' | 'quarantine';

function describeArrival(event: Extract<WireDeskEventData, { type: 'wire.ingested' }>, story: WireStoryDto): string {
  const urgency = urgencyWord(story.urgency);
  const what = story.pubStatus === 'canceled' ? 'Kill' : story.pubStatus === 'withheld' ? 'Withheld' : event.version > 1 ? 'Update' : 'New story';
  return `${urgency ? `${urgency.toUpperCase()}: ` : ''}${what} from ${story.provider}: ${storyTitle(story)}`;
}

export function WireDesk({ canAdopt = true, onNavigate }: WireDeskProps) {
  const [tab, setTab] = useState<Tab>('stories');
  const [filters, setFilters] = useState<WireFilters>({});
  const [stories, setStories] = useState<WireStoryDto[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [quarantine, setQuarantine] = useState<QuarantineEntryDto[] | null>(null);
  const [fresh, setFresh] = useState<Set<string>>(new Set());
  const [providers, setProviders] = useState<string[]>([]);
  const [openGuid, setOpenGuid] = useState<string | null>(null);
  const [adopting, setAdopting] = useState<WireStoryDto | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [flash, setFlash] = useState('');
  const page = filters.page ?? 1;

  const addProviders = (names: string[]) =>
    setProviders((known) => (names.every((n) => known.includes(n)) ? known : [...new Set([...known, ...names])].sort((a, b) => a.localeCompare(b))));
  const remember = (list: WireStoryDto[]) => addProviders(list.map((s) => s.provider));
  // Every agency on the desk, not just those on this page, for the agency filter.
  useEffect(() => {
    wireApi.providers().then((list) => addProviders(list.items), () => {});
  }, []);

  const panel = useRef<HTMLDivElement>(null);
  // A story opened from low in the list is shown above it: bring it into view and to the screen reader's attention.
  useEffect(() => {
    if (!openGuid || !panel.current) return;
    panel.current.scrollIntoView({ block: 'start', behavior: 'smooth' });
    panel.current.querySelector<HTMLElement>('h2')?.focus({ preventScroll: true });
  }, [openGuid]);

  const { loading, error, setError } = useAbortableLoad(filters, (signal) => wireApi.stories(filters, signal), (list) => {
    setStories(list.items);
    setHasMore(list.hasMore);
    remember(list.items);
  }, messageOf);

  const loadQuarantine = useCallback(() => {
    wireApi.quarantine().then((list) => setQuarantine(list.items), (e: unknown) => setError(messageOf(e)));
  }, []);
  useEffect(() => {
    if (tab === 'quarantine' && quarantine === null) loadQuarantine();
  }, [tab, quarantine, loadQuarantine]);

  const arrive = (story: WireStoryDto, event: Extract<WireDeskEventData, { type: 'wire.ingested' }>) => {
    remember([story]);
    if (!matchesFilters(story, filters)) return;
    setStories((list) => [story, ...list.filter((s) => s.guid !== story.guid)]);
    setFresh((set) => new Set(set).add(story.guid));
    const words = describeArrival(event, story);
    if (story.urgency !== null && story.urgency <= 2) setFlash(words);
    else setAnnouncement(words);
  };

  useWireEvents((event) => {
    if (event.type === 'wire.ingested') {
      if (event.story) arrive(event.story, event);
      else wireApi.story(event.guid).then((detail) => arrive(detail.story, event), () => {});
    } else if (event.type === 'wire.quarantined') {
      setAnnouncement(`A wire file was quarantined: ${event.fileName}`);
      if (quarantine !== null) loadQuarantine();
    }
  });

  const go = onNavigate ?? ((path: string) => navigate(path));

  return (
    <section className="page wire-desk" aria-labelledby="wire-desk-title">
      <div className="page__header">
        <h1 id="wire-desk-title">Wire</h1>
      </div>
      <p role="status" aria-live="polite" className="visually-hidden" data-testid="wire-announcement">{announcement}</p>
      <p role="alert" aria-live="assertive" className="visually-hidden">{flash}</p>

      <div role="tablist" aria-label="Wire desk views" className="wire-tabs">
        {(['stories', 'quarantine'] as const).map((t) => (
          <button key={t} type="button" role="tab" id={`wire-tab-${t}`} aria-selected={tab === t} aria-controls={`wire-panel-${t}`}
            className={`button ${tab === t ? 'button--primary' : ''}`} onClick={() => setTab(t)}>
            {t === 'stories' ? 'Stories' : 'Quarantine'}
          </button>
        ))}
      </div>

      <div role="alert" className={error ? 'alert alert--error' : 'alert alert--empty'}>{error}</div>
      <WireAlertsBanner canAcknowledge={canAdopt} focusOnArrival />

      <div role="tabpanel" id="wire-panel-stories" aria-labelledby="wire-tab-stories" hidden={tab !== 'stories'}>
        <WireFiltersForm key={JSON.stringify(filters)} filters={filters} providers={providers} onApply={(next) => { setFresh(new Set()); setFilters(next); }} />
        <p className="muted" aria-live="polite">{loading ? 'Loading the wire…' : `${stories.length}${hasMore ? '+' : ''} stor${stories.length === 1 ? 'y' : 'ies'}`}</p>
        <div ref={panel} className="wire-story-anchor">
          {openGuid && <WireStoryPanel guid={openGuid} onClose={() => setOpenGuid(null)} />}
        </div>
        <DataTable label="Wire stories" className="table wire-list" testId="wire-list" rows={stories} rowKey={(story) => story.guid} busy={loading}
          empty="No wire stories match these filters."
          rowProps={(story) => ({
            className: `wire-row wire-row--u${story.urgency ?? 'x'} ${fresh.has(story.guid) ? 'wire-row--fresh' : ''}`,
            'data-testid': 'wire-row',
          })}
          columns={[
            {
              header: 'Times',
              cell: (story) => (
                <dl className="wire-times">
                  {story.firstCreated && story.firstCreated !== story.versionCreated && (
                    <div><dt>First created</dt> <dd>{formatDateTime(story.firstCreated)}</dd></div>
                  )}
                  {story.versionCreated && <div><dt>This version</dt> <dd>{formatDateTime(story.versionCreated)}</dd></div>}
                  <div className="muted"><dt>Arrived</dt> <dd>{formatDateTime(story.receivedAt)}</dd></div>
                </dl>
              ),
            },
            { header: 'Urgency', cell: (story) => <UrgencyMark urgency={story.urgency} /> },
            { header: 'Agency', cell: (story) => <>{story.provider}{story.language && <span className="muted small"> · {story.language}</span>}</> },
            {
              header: 'Headline',
              cell: (story) => (
                <>
                  {fresh.has(story.guid) && <span className="wire-new">New </span>}
                  <KindMark story={story} />
                  <button type="button" className="wire-headline" onClick={() => setOpenGuid(story.guid)} aria-expanded={openGuid === story.guid}>
                    {storyTitle(story)}
                  </button>{' '}
                  <StoryStatus story={story} />
                </>
              ),
            },
            { header: 'Version', cell: (story) => `v${story.latestVersion}` },
            canAdopt && {
              header: 'Actions',
              hiddenHeader: true,
              cell: (story) => {
                // Killed and withheld stories are not offered for adoption at all; the row says why instead.
                const refusal = notAdoptable(story);
                if (refusal) return <span className="wire-refusal muted" data-testid="wire-not-adoptable">{refusal}</span>;
                return (
                  <button type="button" className="button button--small" aria-label={`Adopt “${storyTitle(story)}”`} onClick={() => setAdopting(story)}>
                    Adopt
                  </button>
                );
              },
            },
          ]}
          pager={
            <nav className="pager" aria-label="Wire pages">
              <button type="button" className="button" disabled={page <= 1} onClick={() => setFilters({ ...filters, page: page - 1 })}>Newer</button>
              <span>Page {page}</span>
              <button type="button" className="button" disabled={!hasMore} onClick={() => setFilters({ ...filters, page: page + 1 })}>Older</button>
            </nav>
          } />
      </div>

      <div role="tabpanel" id="wire-panel-quarantine" aria-labelledby="wire-tab-quarantine" hidden={tab !== 'quarantine'}>
        <QuarantineList entries={quarantine} />
      </div>

      <AdoptDialog story={adopting} onClose={() => setAdopting(null)}
        onAdopted={(id) => { setAdopting(null); go(`/admin/articles/${id}`); }} />
    </section>
  );
}
