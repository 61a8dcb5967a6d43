/** The frame around every signed-in page: skip link, navigation, who is signed in, sign out. */
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from '../lib/router.js';
import { useReviewCount } from '../review/use-review-count.js';
import { ROLE_LABELS, useSession, useUser } from '../session/session-context.js';
import { WireAlertCount, WireAlertsBanner } from '../wire/WireAlertsBanner.js';
import type { Role } from '../../../src/api/admin/contract.js';

function NavLink({ to, children, active }: { to: string; children: ReactNode; active: boolean }) {
  return (
    <Link to={to} className={active ? 'nav__link nav__link--active' : 'nav__link'} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

type NavId = 'articles' | 'review' | 'wire' | 'images' | 'front-page' | 'structure' | 'live-tv' | 'audio' | 'video' | 'users' | 'footer' | 'audit' | 'webhooks';

/** The newsroom's sections, in menu order, with the least role that sees each (the operations enforce the rest). */
const NAV: { id: NavId; to: string; prefix: string | null; label: string; minRole: Role }[] = [
  { id: 'articles', to: '/admin/', prefix: null, label: 'Articles', minRole: 'reporter' },
  { id: 'review', to: '/admin/review', prefix: '/admin/review', label: 'Review', minRole: 'editor' },
  { id: 'wire', to: '/admin/wire', prefix: '/admin/wire', label: 'Wire desk', minRole: 'reporter' },
  { id: 'images', to: '/admin/images', prefix: '/admin/images', label: 'Media library', minRole: 'reporter' },
  { id: 'front-page', to: '/admin/front-page', prefix: '/admin/front-page', label: 'Front page', minRole: 'editor' },
  { id: 'structure', to: '/admin/structure', prefix: '/admin/structure', label: 'Structure', minRole: 'editor' },
  { id: 'live-tv', to: '/admin/live-tv', prefix: '/admin/live-tv', label: 'Live TV', minRole: 'editor' },
  { id: 'audio', to: '/admin/audio', prefix: '/admin/audio', label: 'Audio', minRole: 'editor' },
  { id: 'video', to: '/admin/video', prefix: '/admin/video', label: 'Video', minRole: 'reporter' },
  { id: 'users', to: '/admin/users', prefix: '/admin/users', label: 'Users', minRole: 'admin' },
  { id: 'footer', to: '/admin/footer', prefix: '/admin/footer', label: 'Footer', minRole: 'admin' },
  { id: 'audit', to: '/admin/audit', prefix: '/admin/audit', label: 'Audit log', minRole: 'admin' },
  { id: 'webhooks', to: '/admin/webhooks', prefix: '/admin/webhooks', label: 'Webhooks', minRole: 'admin' },
];
const RANK: Record<Role, number> = { reporter: 0, editor: 1, admin: 2 };

export function Shell({ children }: { children: ReactNode }) {
  const user = useUser();
  const { signOut } = useSession();
  const { pathname, state } = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After navigating, move focus to the new page's heading so screen readers announce it.
  useEffect(() => {
    if (first.current || state?.quiet) {
      first.current = false;
      return;
    }
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [pathname, state?.navId]);

  const reviewCount = useReviewCount(user.role !== 'reporter', pathname);
  const section = NAV.find((entry) => entry.prefix && pathname.startsWith(entry.prefix))?.id ?? 'articles';
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/admin/" className="topbar__brand">
          Herald
        </Link>
        <div className="topbar__user" data-testid="current-user">
          <span className="topbar__name">{user.name}</span>
          <span className={`role role--${user.role}`} data-testid="current-role">
            {ROLE_LABELS[user.role]}
          </span>
          <button type="button" className="button button--quiet" onClick={() => void signOut()} data-testid="sign-out">
            Sign out
          </button>
        </div>
        <nav aria-label="Editor" className="nav">
          {NAV.filter((entry) => RANK[user.role] >= RANK[entry.minRole]).map((entry) => (
            <NavLink key={entry.id} to={entry.to} active={section === entry.id}>
              {entry.label}
              {entry.id === 'review' && reviewCount !== null && (
                <>
                  {' '}
                  <span className="nav__count" data-testid="review-count">
                    {reviewCount}<span className="visually-hidden"> waiting</span>
                  </span>
                </>
              )}
              {entry.id === 'wire' && (
                <>
                  {' '}
                  <WireAlertCount />
                </>
              )}
            </NavLink>
          ))}
        </nav>
      </header>
      <main id="main" ref={main} className="main">
        {/* A kill of a published story comes before any page the editor lands on (the desk lists every alert itself). */}
        {section !== 'wire' && (
          <WireAlertsBanner urgentOnly focusOnArrival canAcknowledge={user.role !== 'reporter'}
            excludeArticleId={Number(/^\/admin\/articles\/(\d+)/.exec(pathname)?.[1] ?? NaN)} />
        )}
        {children}
      </main>
    </>
  );
}
