/** The editor app's routes under `/admin`, matched from the path alone (pure, so it is tested). */
export type Route =
  | { name: 'articles' }
  | { name: 'new-article' }
  | { name: 'article'; id: number }
  | { name: 'live'; id: number }
  | { name: 'images' }
  | { name: 'review' }
  | { name: 'audit' }
  | { name: 'wire' }
  | { name: 'webhooks' }
  | { name: 'front-page'; edition: string | null }
  | { name: 'focus'; edition: string | null }
  | { name: 'sections'; edition: string | null }
  | { name: 'topics' }
  | { name: 'authors' }
  | { name: 'agencies' }
  | { name: 'users' }
  | { name: 'footer'; edition: string | null }
  | { name: 'live-tv'; edition: string | null }
  | { name: 'audio' }
  | { name: 'video' }
  | { name: 'audio-show'; id: number }
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
  const live = /^\/articles\/([1-9][0-9]{0,15})\/live$/.exec(rest);
  if (live) return { name: 'live', id: Number(live[1]) };
  if (rest === '/images') return { name: 'images' };
  if (rest === '/review') return { name: 'review' };
  if (rest === '/audit') return { name: 'audit' };
  if (rest === '/wire') return { name: 'wire' };
  if (rest === '/webhooks') return { name: 'webhooks' };
  const frontPage = /^\/front-page(?:\/([a-z]{2,8}(?:-[a-z0-9]{1,8})?))?$/i.exec(rest);
  if (frontPage) return { name: 'front-page', edition: frontPage[1] ?? null };
  const structure = /^\/structure(?:\/(focus|sections)(?:\/([a-z]{2,8}(?:-[a-z0-9]{1,8})?))?)?$/i.exec(rest);
  if (structure) return { name: structure[1] === 'sections' ? 'sections' : 'focus', edition: structure[2] ?? null };
  if (rest === '/structure/topics') return { name: 'topics' };
  if (rest === '/structure/authors') return { name: 'authors' };
  if (rest === '/structure/agencies') return { name: 'agencies' };
  if (rest === '/users') return { name: 'users' };
  const footer = /^\/footer(?:\/([a-z]{2,8}(?:-[a-z0-9]{1,8})?))?$/i.exec(rest);
  if (footer) return { name: 'footer', edition: footer[1] ?? null };
  const liveTv = /^\/live-tv(?:\/([a-z]{2,8}(?:-[a-z0-9]{1,8})?))?$/i.exec(rest);
  if (liveTv) return { name: 'live-tv', edition: liveTv[1] ?? null };
  if (rest === '/audio') return { name: 'audio' };
  if (rest === '/video') return { name: 'video' };
  const audioShow = /^\/audio\/shows\/([1-9][0-9]{0,15})$/.exec(rest);
  if (audioShow) return { name: 'audio-show', id: Number(audioShow[1]) };
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
    case 'live':
      return `${BASE}/articles/${route.id}/live`;
    case 'images':
      return `${BASE}/images`;
    case 'review':
      return `${BASE}/review`;
    case 'audit':
      return `${BASE}/audit`;
    case 'wire':
      return `${BASE}/wire`;
    case 'webhooks':
      return `${BASE}/webhooks`;
    case 'front-page':
      return route.edition ? `${BASE}/front-page/${route.edition}` : `${BASE}/front-page`;
    case 'focus':
    case 'sections':
      return `${BASE}/structure/${route.name}${route.edition ? `/${route.edition}` : ''}`;
    case 'topics':
    case 'authors':
    case 'agencies':
      return `${BASE}/structure/${route.name}`;
    case 'users':
      return `${BASE}/users`;
    case 'footer':
      return route.edition ? `${BASE}/footer/${route.edition}` : `${BASE}/footer`;
    case 'live-tv':
      return route.edition ? `${BASE}/live-tv/${route.edition}` : `${BASE}/live-tv`;
    case 'audio':
      return `${BASE}/audio`;
    case 'video':
      return `${BASE}/video`;
    case 'audio-show':
      return `${BASE}/audio/shows/${route.id}`;
  }
}
