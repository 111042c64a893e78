import { describe, expect, it } from 'vitest';
import { appModuleTag, deferAppStart } from '../../scripts/deferred-start.mjs';

const BUILT = `<head><script type="module" crossorigin src="/assets/index-A.js"></script>
<link rel="modulepreload" crossorigin href="/assets/react-dom-B.js">
<link rel="modulepreload" crossorigin href="/assets/shell-C.js">
<link rel="stylesheet" crossorigin href="/assets/shell-D.css"></head>`;

describe('deferred start of the built pages', () => {
  it('leaves no script or module preload that would be fetched before the first paint', () => {
    const html = deferAppStart(BUILT);
    expect(html).not.toMatch(/<script type="module"|modulepreload/);
    expect(html).toContain('<meta name="app-entry" content="/assets/index-A.js" />');
    expect(html).toContain('<meta name="app-module" content="/assets/react-dom-B.js" />');
    expect(html).toContain('<meta name="app-module" content="/assets/shell-C.js" />');
  });

  it('keeps the style sheets, which the first paint needs', () => {
    expect(deferAppStart(BUILT)).toContain('<link rel="stylesheet" crossorigin href="/assets/shell-D.css">');
  });

  it('refuses a page without exactly one entry script rather than ship one that never starts', () => {
    expect(() => deferAppStart('<head></head>')).toThrow(/expected one entry script, found 0/);
  });

  it('has the starter create the data worker beside the entry, told where the data files are', () => {
    const html = deferAppStart(BUILT, ['/mic/assets/data.worker-F.js'], '/mic/');
    expect(html).toContain(
      '<meta name="app-worker" content="/mic/assets/data.worker-F.js" data-base="/mic/" />',
    );
    expect(html.indexOf('data.worker-F.js')).toBeLessThan(html.indexOf('react-dom-B.js'));
    expect(html).not.toContain('<meta name="app-module" content="/mic/assets/data.worker-F.js"');
  });

  it('names an extra module the same way', () => {
    expect(appModuleTag('/assets/ru-E.js')).toBe('<meta name="app-module" content="/assets/ru-E.js" />');
  });
});
