/**
 * 404, 410 (an article taken down after publication), 400 and 500 pages with the full site chrome, so a lost reader can
 * navigate on. The text is fixed per status from the message file: nothing
 * from the request or the error (path, stack, message) is ever shown, except
 * the request id, which the HTTP layer writes into an empty slot
 * (ERROR_REFERENCE_SLOT, filled in src/http/request-id.ts) so a reader can
 * quote it and the page itself stays the same for every request.
 */
import { h } from '../html-jsx.js';
import type { Messages } from '../i18n/messages.js';
import type { ErrorPageModel } from '../view-models.js';
import { editionHomePath } from '../paths.js';
import { formatNumber } from './format-number.js';
import { Layout } from './layout.js';
import { renderDocument } from './render-document.js';

/** Exactly what the view renders for the empty request id; the HTTP layer replaces it. */
export const ERROR_REFERENCE_SLOT = '<code class="error__reference-id" dir="ltr"></code>';

function errorTexts(status: ErrorPageModel['status'], messages: Messages): { title: string; text: string } {
  switch (status) {
    case 404:
      return { title: messages.notFoundTitle, text: messages.notFoundText };
    case 410:
      return { title: messages.goneTitle, text: messages.goneText };
    case 400:
      return { title: messages.badRequestTitle, text: messages.badRequestText };
    case 500:
      return { title: messages.serverErrorTitle, text: messages.serverErrorText };
  }
}

export function ErrorPage({ model }: { model: ErrorPageModel }) {
  const { chrome, status } = model;
  const { messages, edition } = chrome;
  const { title, text } = errorTexts(status, messages);
  return (
    <Layout chrome={chrome} noIndex mainClass="page--error">
      <div class="error">
        <p class="error__status" aria-hidden="true">
          {formatNumber(edition, status)}
        </p>
        <h1>{title}</h1>
        <p class="error__text">{text}</p>
        <p class="error__text">{messages.searchHint}</p>
        <p class="error__text error__reference">
          {messages.errorReference} <code class="error__reference-id" dir="ltr"></code>
        </p>
        <p>
          <a class="button" href={editionHomePath(edition.code)}>
            {messages.backToHome}
          </a>
        </p>
      </div>
    </Layout>
  );
}

export function renderErrorPage(model: ErrorPageModel): string {
  return renderDocument(<ErrorPage model={model} />);
}
