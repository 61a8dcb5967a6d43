/** The frame around every signed-in page: skip link, navigation, who is signed in, sign out. */
import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from '../lib/router.js';
import { ROLE_LABELS, useSession, useUser } from '../session/session-context.js';

function NavLink({ to, children, active }: { to: string; children: ReactNode; active: boolean }) {
  return (
    <Link to={to} className={active ? 'nav__link nav__link--active' : 'nav__link'} aria-current={active ? 'page' : undefined}>
      {children}
    </Link>
  );
}

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

  const section = pathname.startsWith('/admin/images')
    ? 'images'
    : pathname.startsWith('/admin/audit')
      ? 'audit'
      : pathname.startsWith('/admin/wire')
        ? 'wire'
        : pathname.startsWith('/admin/webhooks')
          ? 'webhooks'
          : pathname.startsWith('/admin/front-page')
            ? 'front-page'
            : 'articles';
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="topbar">
        <Link to="/admin/" className="topbar__brand">
          Herald
        </Link>
        <nav aria-label="Editor" className="nav">
          <NavLink to="/admin/" active={section === 'articles'}>
            Articles
          </NavLink>
          <NavLink to="/admin/wire" active={section === 'wire'}>
            Wire desk
          </NavLink>
          <NavLink to="/admin/images" active={section === 'images'}>
            Media library
          </NavLink>
          {user.role !== 'reporter' && (
            <NavLink to="/admin/front-page" active={section === 'front-page'}>
              Front page
            </NavLink>
          )}
          {user.role === 'admin' && (
            <NavLink to="/admin/audit" active={section === 'audit'}>
              Audit log
            </NavLink>
          )}
          {user.role === 'admin' && (
            <NavLink to="/admin/webhooks" active={section === 'webhooks'}>
              Webhooks
            </NavLink>
          )}
        </nav>
        <div className="topbar__user" data-testid="current-user">
          <span className="topbar__name">{user.name}</span>
          <span className={`role role--${user.role}`} data-testid="current-role">
            {ROLE_LABELS[user.role]}
          </span>
          <button type="button" className="button button--quiet" onClick={() => void signOut()} data-testid="sign-out">
            Sign out
          </button>
        </div>
      </header>
      <main id="main" ref={main} className="main">
        {children}
      </main>
    </>
  );
}
