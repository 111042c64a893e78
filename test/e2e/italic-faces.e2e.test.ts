/**
 * The italic faces join a page in one step (styles/italic-faces.ts): fetched as data while the app takes the
 * page over, then added together in the task that shows what the page held back, so the browser lays the page
 * out for them once, with the showing, instead of once for a style sheet and once per face. A page that declares
 * them in its HTML (/sources, italic at its first paint) keeps its own and gets none added.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BASE_URL, newTestContext, sharedBrowser, appReady } from './browser';

const browser = sharedBrowser();

interface Added {
  family: string;
  style: string;
  status: string;
  /** The page was still holding its parts back when the face was added… */
  pendingAtAdd: boolean;
  /** …and had shown them by the end of that task. */
  pendingAfterTask: boolean;
}

async function open(path: string): Promise<Page> {
  const context = await newTestContext(browser(), { viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const added: Added[] = [];
    (window as unknown as { __added: Added[] }).__added = added;
    const add = Object.getOwnPropertyDescriptor(FontFaceSet.prototype, 'add')!.value as (
      this: FontFaceSet,
      face: FontFace,
    ) => FontFaceSet;
    FontFaceSet.prototype.add = function (this: FontFaceSet, face: FontFace) {
      const pending = () => document.documentElement.classList.contains('app-pending');
      const entry = {
        family: face.family,
        style: face.style,
        status: face.status,
        pendingAtAdd: pending(),
        pendingAfterTask: true,
      };
      added.push(entry);
      setTimeout(() => (entry.pendingAfterTask = pending()));
      return add.call(this, face);
    };
    // Whether the app showed the page (it marks data-app="ready" in the same task) or index.html's 4 s
    // fallback did, as it may on a loaded machine: then the faces are added after it, by design.
    const shown = new MutationObserver(() => {
      if (!document.documentElement || document.documentElement.classList.contains('app-pending')) return;
      (window as unknown as { __byFallback: boolean }).__byFallback =
        document.documentElement.dataset.app !== 'ready';
      shown.disconnect();
    });
    // Attached to the document: the root element does not exist yet when this runs.
    shown.observe(document, { attributes: true, attributeFilter: ['class'], subtree: true });
  });
  const page = await context.newPage();
  // A load the fallback showed says nothing about the app's showing: load again (at most three times).
  for (let attempt = 0; ; attempt++) {
    await page.goto(`${BASE_URL}${path}`, { waitUntil: 'networkidle' });
    await appReady(page);
    const byFallback = await page.evaluate(
      () => (window as unknown as { __byFallback?: boolean }).__byFallback,
    );
    if (!byFallback || attempt === 2) return page;
  }
}

/** What the page ended with: the faces added by script, the status of each italic face it has, its sheet. */
const state = (page: Page) =>
  page.evaluate(async () => {
    await new Promise((r) => setTimeout(r, 50));
    const italic: string[] = [];
    document.fonts.forEach((f) => {
      if (f.style === 'italic') italic.push(f.status);
    });
    return {
      added: (window as unknown as { __added: Added[] }).__added,
      italic,
      sheet: document.querySelectorAll('link[href*="fonts-italic"]').length,
    };
  });

describe('the italic faces', () => {
  it('are added to a pre-rendered page together, loaded, in the task that shows it', async () => {
    const page = await open('/growth');
    const { added, italic, sheet } = await state(page);
    expect(sheet).toBe(0);
    // The whole faces (7) and the cut-down ones (3), as fonts-italic.css declares them.
    expect(added).toHaveLength(10);
    for (const face of added) {
      expect(face.family.replace(/"/g, '')).toBe('Inter Variable');
      expect(face.style).toBe('italic');
      expect(face.pendingAtAdd).toBe(true);
      expect(face.pendingAfterTask).toBe(false);
    }
    // The cut-down Latin and Cyrillic faces arrive loaded (from their bytes); the others load only if drawn.
    expect(added.filter((f) => f.status === 'loaded')).toHaveLength(2);
    expect(italic.filter((s) => s === 'loaded')).toHaveLength(2);
    await page.context().close();
  });

  it('are added on a page the app renders afresh, and loaded before it draws', async () => {
    const page = await open('/ru/timeline?lang=ru');
    const { added, italic } = await state(page);
    expect(added).toHaveLength(10);
    expect(added.filter((f) => f.status === 'loaded')).toHaveLength(2);
    expect(italic.filter((s) => s === 'loaded')).toHaveLength(2);
    await page.context().close();
  });

  it('are not added again where the page declares them itself', async () => {
    const page = await open('/sources');
    const { added, italic, sheet } = await state(page);
    expect(sheet).toBe(1);
    expect(added).toEqual([]);
    expect(italic).toHaveLength(10);
    // Its citations draw Polish letters too: the cut-down Latin Extended face loads as well.
    expect(italic.filter((s) => s === 'loaded').length).toBeGreaterThanOrEqual(2);
    await page.context().close();
  });
});
