/** The editor app: the sign-in gate, then the page for the current `/admin/*` address. */
import { ArticleListPage } from './articles/article-list-page.js';
import { AuditPage } from './audit/audit-page.js';
import { ArticleEditorPage } from './editor/article-editor-page.js';
import { Shell } from './layout/shell.js';
import { Link, useLocation } from './lib/router.js';
import { matchRoute } from './lib/routes.js';
import { useTitle } from './lib/use-title.js';
import { MediaLibraryPage } from './media/media-library-page.js';
import { ReviewPage } from './review/review-page.js';
import { ReferenceProvider } from './session/reference-context.js';
import { SessionProvider, useSession, useUser } from './session/session-context.js';
import { SignInPage } from './session/sign-in-page.js';
import { navigate } from './lib/router.js';
import { WireDesk } from './wire/index.js';
import { WebhooksPage } from './webhooks/webhooks-page.js';
import { FrontPagePage } from './front-page/front-page-page.js';
import { FooterPage } from './footer/footer-page.js';
import { LiveTvPage } from './live-tv/live-tv-page.js';
import { ShowPage } from './audio/show-page.js';
import { ShowsPage } from './audio/shows-page.js';
import { VideosPage } from './video/videos-page.js';
import { LiveCoveragePage } from './live/live-coverage-page.js';
import { StructurePage } from './structure/structure-page.js';
import { UsersPage } from './users/users-page.js';

function NotFound() {
  useTitle('Page not found');
  return (
    <section className="page">
      <h1>Page not found</h1>
      <p>
        There is no editor page at this address. <Link to="/admin/">Go to the article list</Link>.
      </p>
    </section>
  );
}

function Page() {
  const { pathname, state } = useLocation();
  const user = useUser();
  const route = matchRoute(pathname);
  // A new article keeps its editor (focus, cursor, undo) when its first save gives it an address.
  const editorKey = state?.editorKey ?? (route.name === 'article' ? `article-${route.id}` : `new-${state?.navId ?? 0}`);
  switch (route.name) {
    case 'articles':
      return <ArticleListPage />;
    case 'new-article':
      return <ArticleEditorPage key={editorKey} editorKey={editorKey} articleId={null} />;
    case 'article':
      return <ArticleEditorPage key={editorKey} editorKey={editorKey} articleId={route.id} />;
    case 'live':
      return <LiveCoveragePage key={route.id} articleId={route.id} />;
    case 'images':
      return <MediaLibraryPage />;
    case 'review':
      return <ReviewPage />;
    case 'audit':
      return user.role === 'admin' ? <AuditPage /> : <NotFound />;
    case 'wire':
      return <WireDesk canAdopt={user.role !== 'reporter'} onNavigate={(path) => navigate(path)} />;
    case 'webhooks':
      return user.role === 'admin' ? <WebhooksPage /> : <NotFound />;
    case 'front-page':
      return user.role === 'reporter' ? <NotFound /> : <FrontPagePage key={route.edition ?? ''} editionCode={route.edition} />;
    case 'focus':
    case 'sections':
    case 'topics':
    case 'authors':
    case 'agencies':
      return user.role === 'reporter' ? <NotFound /> : <StructurePage route={route} />;
    case 'users':
      return user.role === 'admin' ? <UsersPage /> : <NotFound />;
    case 'footer':
      return user.role === 'admin' ? <FooterPage key={route.edition ?? ''} editionCode={route.edition} /> : <NotFound />;
    case 'live-tv':
      return user.role === 'reporter' ? <NotFound /> : <LiveTvPage key={route.edition ?? ''} editionCode={route.edition} />;
    case 'video':
      return <VideosPage />;
    case 'audio':
      return user.role === 'reporter' ? <NotFound /> : <ShowsPage />;
    case 'audio-show':
      return user.role === 'reporter' ? <NotFound /> : <ShowPage key={route.id} showId={route.id} />;
    case 'not-found':
      return <NotFound />;
  }
}

function Gate() {
  const { state } = useSession();
  if (state.status === 'loading')
    return (
      <main id="main" className="page-loading" aria-busy="true">
        <p>Loading…</p>
      </main>
    );
  if (state.status === 'signed-out') return <SignInPage notice={state.notice} />;
  return (
    <ReferenceProvider>
      <Shell>
        <Page />
      </Shell>
    </ReferenceProvider>
  );
}

export function App() {
  return (
    <SessionProvider>
      <Gate />
    </SessionProvider>
  );
}
