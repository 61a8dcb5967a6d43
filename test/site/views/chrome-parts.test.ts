/**
 * The header, "In focus" bar and footer are rendered once per edition
 * directory and variant, and a curation change (which reloads the directory)
 * shows up on the next page rendered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { h } from '../../../src/site/html-jsx.js';
import { KeptChromePart } from '../../../src/site/views/chrome-parts.js';
import type { PageChromeModel } from '../../../src/site/view-models.js';
import { updateSection } from '../../../src/operations/curate-edition.js';
import { actingAs } from '../../helpers/operation-context.js';
import { startTestApp, type RunningApp } from '../../helpers/test-app.js';
import { testStoreKinds } from '../../helpers/test-stores.js';

describe('kept chrome parts', () => {
  const messages = {};
  const chromeFor = (scope: object) => ({ messages, chromeCacheScope: scope }) as unknown as PageChromeModel;
  const page = (chrome: PageChromeModel, label: string, counter: { renders: number }) =>
    h('body', null,
      h(KeptChromePart, { chrome, variant: 'header', render: () => (counter.renders++, h('header', { title: label }, label)) }),
      h('main', null, 'content <b>'),
    );

  it('renders a part once per scope and variant, escapes it, and again for a new scope', () => {
    const counter = { renders: 0 };
    const scope = {};
    const first = page(chromeFor(scope), 'A & "B"', counter).html;
    const second = page(chromeFor(scope), 'ignored, kept', counter).html;
    expect(first).toBe('<body><header title="A &amp; &quot;B&quot;">A &amp; &quot;B&quot;</header><main>content &lt;b></main></body>');
    expect(second).toBe(first);
    expect(counter.renders).toBe(1);
    const reloaded = page(chromeFor({}), 'C', counter).html;
    expect(reloaded).toContain('<header title="C">C</header>');
    expect(counter.renders).toBe(2);
  });
});

for (const kind of testStoreKinds) {
  describe(`kept chrome and curation: ${kind.name}`, () => {
    let running: RunningApp;
    beforeAll(async () => {
      running = await startTestApp(kind, { env: { HERALD_PAGE_CACHE: 'false' } });
    }, 60_000);
    afterAll(async () => running?.stop());

    it('shows a renamed section in the header of the next page', async () => {
      const store = running.handle.store;
      const section = (await store.listSections('en')).find((s) => s.parentId === null);
      expect(section).toBeDefined();
      const home = await (await running.get('/en/')).text();
      const articlePath = home.match(/href="(\/en\/[^"]+\/a-\d+)"/)?.[1] as string;
      expect(await (await running.get(articlePath)).text()).toContain(`>${section?.name}<`);

      const actor = await actingAs(store, 'admin', ['en']);
      await updateSection(running.app.operations, section?.id as number, 'en', { name: 'Renamed Desk' }, actor);
      // The directory reloads on the curation.changed event; wait for the condition, not for a time.
      let html = '';
      for (let attempt = 0; attempt < 200 && !html.includes('>Renamed Desk<'); attempt++) {
        await new Promise((resolve) => setImmediate(resolve));
        html = await (await running.get(articlePath)).text();
      }
      const header = html.slice(html.indexOf('<header'), html.indexOf('</header>'));
      expect(header).toContain('>Renamed Desk<');
      expect(html).not.toContain(`>${section?.name}<`);
    });
  });
}
