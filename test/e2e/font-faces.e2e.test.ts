/**
 * A page's faces are all declared by its first style sheets and never change afterwards: adding a face, or one
 * arriving, makes the browser style and lay out every text of the page again (the italic faces, added when a
 * pre-rendered page was shown, doubled that task). Italic text is slanted from the upright face
 * (src/styles/fonts.ts), so no italic file is fetched and no line rewraps when one would have arrived.
 */
import { describe, expect, it } from 'vitest';
import { BASE_URL, newTestContext, sharedBrowser, viewDrawn } from './browser';

const browser = sharedBrowser();

describe("the app's font faces", () => {
  it('are never added by script, and no italic face is fetched, on pre-rendered and freshly drawn pages', async () => {
    const context = await newTestContext(browser(), { viewport: { width: 412, height: 823 } });
    try {
      await context.addInitScript(() => {
        const added: string[] = [];
        (window as unknown as { __added: string[] }).__added = added;
        const add = Object.getOwnPropertyDescriptor(FontFaceSet.prototype, 'add')!.value as (
          this: FontFaceSet,
          face: FontFace,
        ) => FontFaceSet;
        FontFaceSet.prototype.add = function (this: FontFaceSet, face: FontFace) {
          added.push(`${face.family} ${face.style}`);
          return add.call(this, face);
        };
      });
      const page = await context.newPage();
      const seen: Record<string, unknown> = {};
      for (const path of ['/growth', '/sources', '/embed/regions/agreements', '/ru/regions?theme=dark']) {
        await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
        // The view itself, not only the take-over: one CI run read /ru/regions?theme=dark (rendered afresh) while
        // its loading line still showed, with no italic text yet.
        await viewDrawn(page);
        seen[path] = await page.evaluate(() => {
          const italicText = Array.from(document.body.querySelectorAll('*')).filter(
            (el) =>
              getComputedStyle(el).fontStyle === 'italic' &&
              Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.textContent?.trim()),
          ).length;
          const faces: string[] = [];
          document.fonts.forEach((f) => {
            if (f.style !== 'normal') faces.push(`${f.family} ${f.style}`);
          });
          return {
            added: (window as unknown as { __added: string[] }).__added,
            italicFaces: faces,
            italicFiles: performance
              .getEntriesByType('resource')
              .map((e) => e.name)
              .filter((name) => /italic/.test(name)),
            drawsItalic: italicText > 0,
          };
        });
      }
      for (const path of Object.keys(seen))
        expect(seen[path], path).toEqual({ added: [], italicFaces: [], italicFiles: [], drawsItalic: true });
    } finally {
      await context.close();
    }
  });

  // index.html keeps a pre-rendered page out of layout until the faces it draws with have loaded: laid out in a
  // fallback face, it was laid out again, whole, as each face arrived (three layouts of /sources, 100–230 ms each
  // unthrottled). The Polish titles on /sources need a face beyond the preloaded ones (scripts/prerender/page-faces.ts).
  it('have all loaded before a pre-rendered page is laid out, and none starts loading after', async () => {
    const context = await newTestContext(browser(), { viewport: { width: 412, height: 823 } });
    try {
      await context.addInitScript(() => {
        const log: string[] = [];
        (window as unknown as { __fontLog: string[] }).__fontLog = log;
        document.fonts.addEventListener('loading', () => log.push('loading'));
        let held = false;
        // The root element does not exist yet when this runs: watch the document for its class.
        new MutationObserver(() => {
          if (document.documentElement.classList.contains('fonts-pending')) held = true;
          else if (held && !log.includes('shown')) {
            const laidOut = (document.getElementById('root')?.getClientRects().length ?? 0) > 0;
            log.push('shown', laidOut ? 'laid out' : 'not laid out', `fonts ${document.fonts.status}`);
          }
        }).observe(document, { attributes: true, attributeFilter: ['class'], subtree: true });
      });
      const page = await context.newPage();
      const seen: Record<string, unknown> = {};
      for (const path of ['/sources', '/ru/growth', '/embed/timeline']) {
        await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
        // The view itself, not only the take-over: one CI run read /ru/regions?theme=dark (rendered afresh) while
        // its loading line still showed, with no italic text yet.
        await viewDrawn(page);
        seen[path] = await page.evaluate(() => {
          const log = (window as unknown as { __fontLog: string[] }).__fontLog;
          const unloaded: string[] = [];
          document.fonts.forEach((f) => {
            if (f.status === 'loading') unloaded.push(f.unicodeRange);
          });
          return {
            afterShown: log.slice(log.indexOf('shown')),
            loading: unloaded,
            loads: log.includes('loading'),
          };
        });
      }
      for (const path of Object.keys(seen))
        expect(seen[path], path).toEqual({
          afterShown: ['shown', 'laid out', 'fonts loaded'],
          loading: [],
          loads: true,
        });
    } finally {
      await context.close();
    }
  });
});
