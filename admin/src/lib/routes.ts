/** The editor app's routes under `/admin`, matched from the path alone (pure, so it is tested). */
export type Route =
  | { name: 'articles' }
  | { name: 'new-article' }
  | { name: 'article'; id: number }
  | { name: 'images' }
  | { name: 'audit' }
  | { name: 'wire' }
  | { name: 'webhooks' }
  | { name: 'front-page'; edition: string | null }
  | { name: 'not-found'; path: string };

export const BASE = '/admin';

export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  const rest = path === BASE ? '' : path.startsWith(`${BASE}/`) ? path.slice(BASE.length) : null;
  if (rest === null) return { name: 'not-found', path: pathname };
  if (rest === '' || rest === '/articles') return { name: 'articles' };
  if (rest === '/articles/new') return { name: 'new-article' };
  const article = /^\/articles\/([1-9][0-9]{0,15})$/.exec(rest);
  if (article) return { name: 'article', id: Number(article[1]) };
  if (rest === '/images') return { name: 'images' };
  if (rest === '/audit') return { name: 'audit' };
  if (rest === '/wire') return { name: 'wire' };
  if (rest === '/webhooks') return { name: 'webhooks' };
  const frontPage = /^\/front-page(?:\/([a-z]{2,8}(?:-[a-z0-9]{1,8})?))?$/i.exec(rest);
  if (frontPage) return { name: 'front-page', edition: frontPage[1] ?? null };
  return { name: 'not-found', path: pathname };
}

export function routePath(route: Exclude<Route, { name: 'not-found' }>): string {
  switch (route.name) {
    case 'articles':
      return `${BASE}/`;
    case 'new-article':
      return `${BASE}/articles/new`;
    case 'article':
      return `${BASE}/articles/${route.id}`;
    case 'images':
      return `${BASE}/images`;
    case 'audit':
      return `${BASE}/audit`;
    case 'wire':
      return `${BASE}/wire`;
    case 'webhooks':
      return `${BASE}/webhooks`;
    case 'front-page':
      return route.edition ? `${BASE}/front-page/${route.edition}` : `${BASE}/front-page`;
  }
}
