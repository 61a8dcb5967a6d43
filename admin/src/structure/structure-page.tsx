/**
 * `/admin/structure/*`: the edition's structure. Editors order "In focus" and
 * the sections of their editions; admins also create and change sections,
 * topics, authors and agencies. One load of GET /api/admin/structure feeds
 * every tab; each save reloads it, so the screens show what the server kept.
 */
import { EditionPicker } from '../lib/edition-picker.js';
import { useCallback, useEffect, useState } from 'react';
import type { StructureData } from '../../../src/api/admin/contract.js';
import { errorMessage } from '../api/client.js';
import { ErrorAlert } from '../lib/alerts.js';
import { Link, navigate } from '../lib/router.js';
import { routePath, type Route } from '../lib/routes.js';
import { useTitle } from '../lib/use-title.js';
import { useUser } from '../session/session-context.js';
import { AgenciesScreen } from './agencies-screen.js';
import { AuthorsScreen } from './authors-screen.js';
import { FocusScreen } from './focus-screen.js';
import { SectionsScreen } from './sections-screen.js';
import { structureApi } from './structure-api.js';
import { TopicsScreen } from './topics-screen.js';
import './structure.css';

export type StructureRoute = Extract<Route, { name: 'focus' | 'sections' | 'topics' | 'authors' | 'agencies' }>;

const TABS: { name: StructureRoute['name']; label: string; adminOnly: boolean }[] = [
  { name: 'focus', label: 'In focus', adminOnly: false },
  { name: 'sections', label: 'Sections', adminOnly: false },
  { name: 'topics', label: 'Topics', adminOnly: true },
  { name: 'authors', label: 'Authors', adminOnly: true },
  { name: 'agencies', label: 'Agencies', adminOnly: true },
];

/** What every structure screen gets: the loaded data and a way to reload it after a save. */
export interface ScreenProps {
  data: StructureData;
  reload: () => Promise<void>;
  isAdmin: boolean;
}

export function StructurePage({ route }: { route: StructureRoute }) {
  const user = useUser();
  const isAdmin = user.role === 'admin';
  const tab = TABS.find((t) => t.name === route.name)!;
  useTitle(`Structure · ${tab.label}`);
  const [data, setData] = useState<StructureData | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    try {
      setData(await structureApi.load());
    } catch (e) {
      setError(errorMessage(e));
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  const editionRoute = route.name === 'focus' || route.name === 'sections' ? route : null;
  const editionCode = editionRoute ? (editionRoute.edition ?? data?.editions[0]?.code ?? null) : null;
  const shownTabs = TABS.filter((t) => isAdmin || !t.adminOnly);

  return (
    <section className="page structure">
      <div className="page__header">
        <h1>Structure</h1>
        {editionRoute && data && (
          <EditionPicker id="structure-edition" editions={data.editions} value={editionCode ?? ''}
            onPick={(edition) => navigate(routePath({ name: editionRoute.name, edition }))} />
        )}
      </div>
      <nav aria-label="Structure" className="structure__tabs">
        <ul>
          {shownTabs.map((t) => {
            const to = routePath(t.name === 'focus' || t.name === 'sections' ? { name: t.name, edition: editionCode } : { name: t.name });
            return (
              <li key={t.name}>
                <Link to={to} className={t.name === route.name ? 'structure__tab structure__tab--active' : 'structure__tab'} aria-current={t.name === route.name ? 'page' : undefined}>
                  {t.label}
                </Link>
              </li>
            );
          })}
        </ul>
      </nav>
      <ErrorAlert message={error} onDismiss={() => setError(null)} />
      {!data ? (
        !error && <p aria-busy="true">Loading…</p>
      ) : tab.adminOnly && !isAdmin ? (
        <p>Only admins change {tab.label.toLowerCase()}.</p>
      ) : (
        <Screen route={route} editionCode={editionCode} data={data} reload={reload} isAdmin={isAdmin} />
      )}
    </section>
  );
}

function Screen({ route, editionCode, ...props }: ScreenProps & { route: StructureRoute; editionCode: string | null }) {
  if ((route.name === 'focus' || route.name === 'sections') && !editionCode) return <p>You work in no edition, so there is nothing to order.</p>;
  switch (route.name) {
    case 'focus':
      return <FocusScreen key={editionCode} editionCode={editionCode!} {...props} />;
    case 'sections':
      return <SectionsScreen key={editionCode} editionCode={editionCode!} {...props} />;
    case 'topics':
      return <TopicsScreen {...props} />;
    case 'authors':
      return <AuthorsScreen {...props} />;
    case 'agencies':
      return <AgenciesScreen {...props} />;
  }
}
