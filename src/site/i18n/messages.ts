/**
 * Every interface string of the public site. Each edition language has one
 * message file implementing this interface, so a missing string is a compile
 * error; test/site/i18n checks the runtime registry too. Placeholders are
 * written `{name}` and filled by `formatMessage`. Month and weekday names are
 * not here: they come from Intl in the edition's locale.
 */
export interface Messages {
  skipToContent: string;
  skipToMainMenu: string;
  skipToLanguages: string;
  mainMenu: string;
  otherLanguages: string;
  home: string;
  inFocus: string;
  topStory: string;
  latest: string;
  /** Heading of a section block on the home page: "More from {section}" is not used; this labels the link. */
  allArticlesIn: string;
  breadcrumb: string;
  published: string;
  updated: string;
  /** Label before an image credit: "Image:". */
  imageCredit: string;
  shortLink: string;
  shortLinkHint: string;
  relatedTopics: string;
  readAlso: string;
  /** Heading of the list under an article: "More from {section}". */
  moreFromSection: string;
  /** Heading of the edition's most-read list (last 24 hours). */
  mostRead: string;
  authors: string;
  topic: string;
  pagination: string;
  previousPage: string;
  nextPage: string;
  /** "Page {page} of {pages}" */
  pageOf: string;
  noArticles: string;
  /** Visible link to a section's or topic's RSS feed. */
  rssFeed: string;
  /** Channel description of a feed without one of its own: "The latest articles from {site}". */
  feedDescription: string;
  notFoundTitle: string;
  notFoundText: string;
  /** 410 page of an article the newsroom took down after publishing it. */
  goneTitle: string;
  goneText: string;
  searchHint: string;
  /** Reader search (src/site/views/search-page.tsx): the header box's label and button, the page's title. */
  searchLabel: string;
  /** "Results for “{query}”" */
  searchResultsFor: string;
  /** "{count} articles found"; searchResultCountMore when the count stopped at its cap. */
  searchResultCount: string;
  searchResultCountMore: string;
  /** "No articles match “{query}”." */
  searchNoResults: string;
  searchSuggestions: string;
  searchPrompt: string;
  /** The search queue is full (HTTP 503); the same search a moment later will work. */
  searchBusy: string;
  searchSection: string;
  searchAllSections: string;
  searchFrom: string;
  searchTo: string;
  badRequestTitle: string;
  badRequestText: string;
  serverErrorTitle: string;
  serverErrorText: string;
  /** Before the request id on error pages, so a reader can quote it when reporting the problem. */
  errorReference: string;
  backToHome: string;
  footerAbout: string;
  footerCopyright: string;
  videoPlaceholder: string;
  audioPlaceholder: string;
  quoteBy: string;
  /** Label of a correction notice on an article: "Correction". */
  correctionLabel: string;
  /** Label of an update notice on an article: "Update". */
  updateLabel: string;
  /** Heading of the notices list (for screen readers). */
  noticesHeading: string;
  /** Banner on the newsroom's private preview of an unpublished article. */
  previewBanner: string;
  /** Kicker above an author's name on their author page: "Profile". */
  authorProfile: string;
  /** "Articles by {name}" on an author page. */
  articlesBy: string;
  /** The summary of the disclosure holding the main menu on small screens. */
  menu: string;
  /** Header entries to the edition's live TV, audio and video pages, and the accessible name of their list. */
  mediaNav: string;
  headerLiveTv: string;
  headerLatestAudio: string;
  headerLatestVideos: string;
  /** The live-TV page (src/site/views/live-tv-page.tsx); `liveTvDescription` takes {siteTitle}. */
  liveTvDescription: string;
  liveTvOnNow: string;
  liveTvUpNext: string;
  liveTvSchedule: string;
  liveTvNoStream: string;
  liveTvNothingOn: string;
  liveTvNoSchedule: string;
  /** Shown inside the player for browsers that cannot play it, with a link to the playlist. */
  liveTvCannotPlay: string;
  liveTvOpenStream: string;
  /** Accessible name of the footer's imprint/privacy/contact links. */
  footerLinks: string;
  /** Heading of the footer's links to the other editions' home pages. */
  otherLanguageSites: string;
  /** Heading of the share links under an article. */
  shareArticle: string;
  /** Visible label of the e-mail share link; `shareByEmail` is its accessible name and must contain it. */
  shareEmail: string;
  shareByEmail: string;
  /** Accessible name of a network share link: "Share on {network} (opens in a new window)". */
  shareOn: string;
  /** Live coverage (src/site/views/live-coverage.tsx): the badge while coverage is open. */
  liveBadge: string;
  liveEnded: string;
  liveKeyPoints: string;
  liveLatestUpdates: string;
  livePinned: string;
  liveOlderUpdates: string;
  liveNewerUpdates: string;
  /** The "N new updates" button, one form per plural category (Intl.PluralRules), `#` the number: `one=# new update|other=# new updates`. */
  liveNewUpdates: string;
}

export type MessageKey = keyof Messages;

export function formatMessage(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in values ? String(values[key]) : whole,
  );
}
