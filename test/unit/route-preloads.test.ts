import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { routeModulesOf, routePreloads } from '../../scripts/prerender/route-preloads';
import { PRERENDERED_PATHS } from '../../scripts/prerender/routes';

describe('the route chunks a pre-rendered page preloads', () => {
  it('name an existing route module for every pre-rendered page', () => {
    for (const path of PRERENDERED_PATHS)
      for (const module of routeModulesOf(path)) expect(existsSync(module), path).toBe(true);
  });

  it("are the view of a page, of its embed, the single-chart embed with its view, and the deck's first slide", () => {
    expect(routeModulesOf('/growth')).toEqual(['src/views/growth/growth-route.tsx']);
    expect(routeModulesOf('/embed/growth')).toEqual(['src/views/growth/growth-route.tsx']);
    expect(routeModulesOf('/embed/regions/map')).toEqual([
      'src/app/embed-chart.tsx',
      'src/views/regions/regions-route.tsx',
    ]);
    expect(routeModulesOf('/')).toEqual(['src/views/overview/overview-route.tsx']);
    expect(routeModulesOf('/present')).toEqual([
      'src/present/present-route.tsx',
      'src/views/growth/growth-route.tsx',
    ]);
  });
});

describe('the tags a pre-rendered page gets for its route', () => {
  const manifest = {
    'index.html': {
      file: 'assets/index-A.js',
      isEntry: true,
      imports: ['_shell.js'],
      dynamicImports: ['src/app/start.tsx'],
      css: ['assets/index-A.css'],
    },
    '_shell.js': { file: 'assets/shell-B.js', css: ['assets/shell-B.css'] },
    'src/app/start.tsx': { file: 'assets/start-E.js', imports: ['_shell.js', '_react-client.js'] },
    '_react-client.js': { file: 'assets/react-client-F.js' },
    'src/views/growth/growth-route.tsx': {
      file: 'assets/growth-route-C.js',
      imports: ['_shell.js', '_kit.js'],
      css: ['assets/growth-route-C.css'],
    },
    '_kit.js': { file: 'assets/kit-D.js', css: ['assets/kit-D.css'] },
  };

  it("link the view's style sheets and preload its chunks and the app's start, none of the entry's", () => {
    const out = mkdtempSync(join(tmpdir(), 'route-'));
    mkdirSync(join(out, '.vite'));
    writeFileSync(join(out, '.vite/manifest.json'), JSON.stringify(manifest));
    const tags = routePreloads(out, '/mic/')('/growth');
    expect(tags.filter((t) => t.startsWith('<link'))).toEqual([
      '<link rel="stylesheet" crossorigin href="/mic/assets/growth-route-C.css">',
      '<link rel="stylesheet" crossorigin href="/mic/assets/kit-D.css">',
    ]);
    expect(tags.filter((t) => t.startsWith('<meta')).join('\n')).toMatch(
      /start-E\.js[\s\S]*react-client-F\.js[\s\S]*growth-route-C\.js[\s\S]*kit-D\.js/,
    );
    expect(tags.join('\n')).not.toMatch(/shell-B|index-A/);
  });
});
