import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { routeModuleOf } from '../../scripts/prerender/route-preloads';
import { PRERENDERED_PATHS } from '../../scripts/prerender/routes';

describe('the route chunks a pre-rendered page preloads', () => {
  it('name an existing route module for every pre-rendered page', () => {
    for (const path of PRERENDERED_PATHS) expect(existsSync(routeModuleOf(path)), path).toBe(true);
  });

  it('are the view of a page, of its embed, and the single-chart embed', () => {
    expect(routeModuleOf('/growth')).toBe('src/views/growth/growth-route.tsx');
    expect(routeModuleOf('/embed/growth')).toBe('src/views/growth/growth-route.tsx');
    expect(routeModuleOf('/embed/growth/ratio')).toBe('src/app/embed-chart.tsx');
    expect(routeModuleOf('/')).toBe('src/views/overview/overview-route.tsx');
  });
});
