import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syntheticSnapshotJson } from '../../../test/fixtures/snapshot-fixture';
import { server, serveDataFile } from '../../../test/support/msw-server';
import { renderRoute } from '../../../test/support/render-route';
import { expectOneTabStop } from '../../../test/support/roving-focus';
import type { Figure } from '../../data/schema';

const outlineText = readFileSync(
  resolve(import.meta.dirname, '../../../public/data/geo/russia-outline.json'),
  'utf8',
);
const serveOutline = (status = 200) =>
  http.get(
    '*/data/geo/russia-outline.json',
    () =>
      new HttpResponse(status === 200 ? outlineText : 'missing', {
        status,
        headers: { 'Content-Type': 'application/json' },
      }),
  );

/** The first render loads the lazy route chunk and the snapshot; allow it more than the default second. */
const SLOW = { timeout: 8000 };
const tile = (name: RegExp) => screen.findByRole('button', { name }, SLOW);

describe('regions view', { timeout: 20_000 }, () => {
  it('shows the partner figures as worded in the source, with dates and sources', async () => {
    renderRoute('/regions');
    const stats = await screen.findByRole('region', { name: 'Partner figures' }, SLOW);
    expect(within(stats).getByText('more than 6,500')).toBeInTheDocument();
    expect(within(stats).getByText(/as of July 2021/)).toBeInTheDocument();
    expect(within(stats).getByText('73')).toBeInTheDocument();
    expect(within(stats).getByText('May 2020')).toBeInTheDocument();
    expect(within(stats).getByText('70%')).toBeInTheDocument();
    expect(within(stats).getByText(/of partners, the two regions combined/)).toBeInTheDocument();
    expect(within(stats).getAllByText(/Kutsenko & Ismagulova/).length).toBeGreaterThanOrEqual(4);
  });

  it('draws a tile per subject: Moscow Oblast core, Tula named with no count, Moscow home, others not itemised', async () => {
    renderRoute('/regions');
    expect(await tile(/^MOS: Moscow Oblast, Core partner region/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^SPE: Saint Petersburg, Core partner region/ }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: 'TUL: Tula Oblast, Named partner region; Partners: not reported' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^MOW: Moscow, Moscow, the cluster’s home$/ }),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /^SA: Sakha .*, Not itemised/ })).toBeInTheDocument();
    const map = screen.getByRole('group', { name: /Tile map of Russia’s 83 federal subjects/ });
    expect(map.querySelectorAll('[data-category="other"]')).toHaveLength(74);
    expect(screen.getByText(/65 more of the 73 regions, not named in the source/)).toBeInTheDocument();
    expect(
      screen.getByText(/Moscow Oblast and St Petersburg: 70% of partners, the two combined/),
    ).toBeInTheDocument();
  });

  it('shows a tooltip on keyboard focus and moves between tiles with the arrow keys', async () => {
    const { location } = renderRoute('/regions');
    const mos = await tile(/^MOS: Moscow Oblast/);
    expect(mos).toHaveAttribute('tabindex', '0');
    mos.focus();
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('Moscow Oblast');
    expect(tip).toHaveTextContent('Московская область');
    expect(tip).toHaveTextContent('70% of partners together with Saint Petersburg');
    fireEvent.keyDown(mos, { key: 'ArrowRight' });
    await waitFor(() => expect(document.activeElement).not.toBe(mos));
    const next = document.activeElement as Element;
    expect(next.getAttribute('tabindex')).toBe('0');
    fireEvent.keyDown(next, { key: 'Enter' });
    await waitFor(() => expect(location.current.search).toBe(`?region=${next.getAttribute('data-code')}`));
  });

  it('says "not reported" for Tula in its tooltip and details', async () => {
    renderRoute('/regions?region=RU-TUL');
    const details = await screen.findByRole('region', { name: 'Tula Oblast (RU-TUL)' }, SLOW);
    expect(within(details).getByText('not reported')).toBeInTheDocument();
    expect(within(details).getByText('Tula')).toBeInTheDocument();
    const tula = screen.getByRole('button', { name: /^TUL: Tula Oblast/ });
    expect(tula).toHaveAttribute('aria-pressed', 'true');
    await userEvent.hover(tula);
    expect(await screen.findByRole('tooltip')).toHaveTextContent(/Partners\s*not reported/);
    await userEvent.click(within(details).getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByRole('region', { name: 'Tula Oblast (RU-TUL)' })).not.toBeInTheDocument();
  });

  it('names an invalid ?region and falls back to no selection', async () => {
    renderRoute('/regions?region=XX');
    expect(
      await screen.findByText('?region=XX: not recognised; showing the default instead.', {}, SLOW),
    ).toBeInTheDocument();
    await tile(/^MOS: Moscow Oblast/);
    expect(screen.getByText(/Select a tile or marker/)).toBeInTheDocument();
  });

  it('draws Russia’s outline under ?map=geo with a marker for each named region', async () => {
    server.use(serveOutline());
    const { container } = renderRoute('/regions?map=geo');
    await waitFor(() => expect(container.querySelector('path.regions-outline')).not.toBeNull(), SLOW);
    expect(container.querySelector('path.regions-outline')?.getAttribute('d')?.length).toBeGreaterThan(1000);
    expect(screen.getByRole('group', { name: /Map of Russia with markers/ })).toBeInTheDocument();
    expect(container.querySelectorAll('.regions-marker')).toHaveLength(9);
    expect(
      screen.getByRole('button', { name: /^Krasnodar Krai \(KDA\): Named partner region/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('Outline: Natural Earth (public domain).')).toBeInTheDocument();
  });

  it('makes both maps one Tab stop with the arrow keys inside, alike', async () => {
    server.use(serveOutline());
    renderRoute('/regions');
    await tile(/^MOS: Moscow Oblast/);
    await expectOneTabStop(screen.getByRole('group', { name: /^Tile map of Russia/ }), '{ArrowRight}');
    await userEvent.click(screen.getByRole('button', { name: 'Geographic' }));
    const geo = await screen.findByRole('group', { name: /^Map of Russia with markers/ }, SLOW);
    // Both maps start at the same region: the selected one, else the first core region.
    expect(geo.querySelector('[tabindex="0"]')?.getAttribute('data-code')).toBe('RU-MOS');
    await expectOneTabStop(geo, '{ArrowRight}');
  });

  it('explains a failed outline, offers a retry and keeps the tile grid available', async () => {
    server.use(serveOutline(404));
    const { location } = renderRoute('/regions?map=geo');
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent(/outline of Russia could not be loaded \(HTTP 404/);
    expect(within(alert).getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    await userEvent.click(within(alert).getByRole('button', { name: 'Show the tile grid' }));
    expect(await tile(/^MOS: Moscow Oblast/)).toBeInTheDocument();
    expect(location.current.search).toBe('');
  });

  it('filters the services by access with ?access=limited and counts them of 14 listed', async () => {
    const { location } = renderRoute('/regions?access=limited');
    const services = await screen.findByRole('figure', {
      name: 'Platform services open to regional partners',
    });
    expect(within(services).getByRole('status')).toHaveTextContent('5 of 14 services listed');
    expect(within(services).getByText('Patent exchange')).toBeInTheDocument();
    expect(within(services).queryByText('Investment packaging')).not.toBeInTheDocument();
    expect(within(services).getByRole('button', { name: /Limited access \(5\)/ })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await userEvent.click(within(services).getByRole('button', { name: /No access \(2\)/ }));
    expect(location.current.search).toBe('?access=none');
    expect(within(services).getByText('Investment packaging')).toBeInTheDocument();
    await userEvent.click(within(services).getByRole('button', { name: /All \(14\)/ }));
    expect(within(services).getByRole('status')).toHaveTextContent('14 of 14 services listed');
  });

  it('lists the international agreements with the ZGC date and undated ones said so', async () => {
    renderRoute('/regions');
    const list = await screen.findByRole('figure', { name: 'International partners' }, SLOW);
    expect(within(list).getByText('Signed 18 September 2020')).toBeInTheDocument();
    expect(within(list).getAllByText('date not given in the sources')).toHaveLength(2);
    expect(within(list).getByText('Fintech Hub Limited')).toBeInTheDocument();
  });

  it('lists the first 40 services of a level and the first 24 agreements, and every one on asking', async () => {
    server.use(
      serveDataFile(
        'mic-2021.json',
        syntheticSnapshotJson((s) => {
          const service = s.regions.services.find((x) => x.access === 'full')!;
          const agreement = s.regions.agreements[0]!;
          for (let i = 1; i <= 60; i++)
            s.regions.services.push({
              ...service,
              id: `${service.id}-${i}`,
              label: { en: `Service ${i}`, ru: `Сервис ${i}` },
            });
          for (let i = 1; i <= 30; i++)
            s.regions.agreements.push({
              ...agreement,
              id: `${agreement.id}-${i}`,
              partner: { en: `Partner ${i}`, ru: `Партнёр ${i}` },
            });
        }),
      ),
    );
    renderRoute('/regions');
    const full = await screen.findByRole('region', { name: /^Full access/ }, SLOW);
    const fullCount = (column: HTMLElement) => within(column).getAllByRole('listitem').length;
    expect(fullCount(full)).toBe(40);
    const more = within(full).getByRole('button', { name: /^Show all \d+ services: Full access$/ });
    const total = Number(/\d+/.exec(more.textContent ?? '')![0]);
    expect(total).toBeGreaterThan(60);
    await userEvent.click(more);
    expect(fullCount(full)).toBe(total);
    expect(document.activeElement).toBe(within(full).getAllByRole('listitem')[40]);
    await userEvent.click(within(full).getByRole('button', { name: 'Show only the first 40' }));
    expect(fullCount(full)).toBe(40);

    const agreements = screen.getByRole('figure', { name: 'International partners' });
    expect(within(agreements).getAllByRole('listitem')).toHaveLength(24);
    await userEvent.click(within(agreements).getByRole('button', { name: 'Show all 33 agreements' }));
    expect(within(agreements).getAllByRole('listitem')).toHaveLength(33);
  });

  it('draws a choropleth with a sequential legend when a (synthetic) snapshot gives counts per region', async () => {
    server.use(
      serveDataFile(
        'mic-2021.json',
        syntheticSnapshotJson((s) => {
          const figure = (id: string, value: number, kind: 'exact' | 'lowerBound'): Figure => ({
            id,
            value,
            unit: 'organisations',
            qualifier: { kind },
            sources: [{ source: 'seed', locator: 'synthetic' }],
          });
          s.regions.items[0]!.partners = figure('synthetic-partners-mos', 2600, 'exact');
          s.regions.items[1]!.partners = figure('synthetic-partners-spe', 1900, 'lowerBound');
        }),
      ),
    );
    renderRoute('/regions');
    expect(await screen.findByText('Synthetic test data — not real figures', {}, SLOW)).toBeInTheDocument();
    expect(await screen.findByText('Partners per region')).toBeInTheDocument();
    expect(screen.getByText('0–600')).toBeInTheDocument();
    expect(screen.getByText('2,400–3,000')).toBeInTheDocument();
    expect(
      within(screen.getByRole('figure', { name: 'Partner regions by federal subject' })).getByRole('list', {
        name: 'How figures are drawn',
      }),
    ).toHaveTextContent(/lower bound/);
    expect(await tile(/^MOS: Moscow Oblast, Core partner region; Partners: 2,600/)).toBeInTheDocument();
    expect(
      screen.getByRole('button', { name: /^SPE: Saint Petersburg.*Partners: more than 1,900/ }),
    ).toBeInTheDocument();
    expect(screen.getByText('named, count not reported')).toBeInTheDocument();
  });

  it('gives every table a caption, the figures as worded and sources', async () => {
    renderRoute('/regions?tab=table');
    const headline = await screen.findByRole('table', { name: 'Regional partner figures' }, SLOW);
    expect(within(headline).getByText('more than 6,500')).toBeInTheDocument();
    const regions = screen.getByRole('table', { name: 'Russia’s 83 federal subjects by partner category' });
    const tula = within(regions).getByRole('row', { name: /Tula Oblast/ });
    expect(within(tula).getByText('not reported')).toBeInTheDocument();
    expect(within(tula).getByText('Named partner region')).toBeInTheDocument();
    const mos = within(regions).getByRole('row', { name: /^Moscow Oblast/ });
    expect(mos).toHaveTextContent('70% together with Saint Petersburg');
    const services = screen.getByRole('table', {
      name: /Platform services and the access of regional partners \(14/,
    });
    expect(within(services).getAllByRole('row')).toHaveLength(15);
    const agreements = screen.getByRole('table', { name: 'International cooperation agreements' });
    expect(within(agreements).getByText('18 September 2020')).toBeInTheDocument();
    expect(screen.getAllByText(/^Sources?:/).length).toBeGreaterThanOrEqual(4);
  });

  it('speaks Russian under ?lang=ru', async () => {
    renderRoute('/regions?lang=ru');
    expect(await screen.findByText('более 6 500', {}, SLOW)).toBeInTheDocument();
    expect(await tile(/^MOS: Московская область, Основной регион-партнёр/)).toBeInTheDocument();
    expect(screen.getByText(/ещё 65 из 73 регионов, не названных в источнике/)).toBeInTheDocument();
    expect(
      screen.getByRole('figure', { name: 'Сервисы платформы для региональных партнёров' }),
    ).toBeInTheDocument();
  });
});
