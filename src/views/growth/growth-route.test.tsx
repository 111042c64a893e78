import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { syntheticSnapshotJson } from '../../../test/fixtures/snapshot-fixture';
import { serveDataFile, server } from '../../../test/support/msw-server';
import { renderRoute } from '../../../test/support/render-route';
import { expectOneTabStop } from '../../../test/support/roving-focus';

// The first render loads the lazy route and the snapshot; give it more than the default second.
const slow = { timeout: 5000 };
const chart = () => screen.findByRole('group', { name: /Line chart/ }, slow);
const seriesLegend = () => screen.getByRole('list', { name: 'Series and their definitions' });

describe('growth view', () => {
  it('shows the three series with their definitions, and the presentation’s figure', async () => {
    renderRoute('/growth');
    expect(await screen.findByRole('heading', { level: 1, name: 'Growth' }, slow)).toBeInTheDocument();
    await chart();
    expect(
      screen.getByRole('heading', { name: 'Organisations in the Moscow Innovation Cluster, 2019–2026' }),
    ).toBeInTheDocument();
    const legend = seriesLegend();
    expect(within(legend).getByText('Participants (Moscow)')).toBeInTheDocument();
    expect(within(legend).getByText('Regional partners')).toBeInTheDocument();
    expect(within(legend).getByText('Total registered')).toBeInTheDocument();
    expect(legend).toHaveTextContent(/Regional partners are not counted/);
    expect(legend).toHaveTextContent(/which has been possible since 1 May 2020/);
    expect(screen.getAllByText('the presentation’s figure')).toHaveLength(2);
    const seed = screen.getByRole('img', { name: /Participants \(Moscow\): 15,800 organisations/ });
    expect(seed).toHaveAccessibleName(/c\. 2021 \(year\).*The presentation’s figure.*Kutsenko & Ismagulova/);
    expect(screen.getByText(/The counts come from different sources/)).toBeInTheDocument();
    expect(screen.getByRole('list', { name: 'How figures are drawn' })).toHaveTextContent(/lower bound/);
  });

  it('is one Tab stop: the arrow keys move between points, COVID-19 periods and events', async () => {
    renderRoute('/growth');
    await expectOneTabStop(await chart(), '{ArrowRight}');
    // The tooltip follows focus as the arrows move.
    const focused = document.activeElement as Element;
    expect(await screen.findByRole('tooltip')).toBeInTheDocument();
    expect(focused.getAttribute('tabindex')).toBe('0');
  });

  it('shows a point’s tooltip on keyboard focus, with value, dated precision and source', async () => {
    renderRoute('/growth');
    await chart();
    const point = screen.getByRole('img', { name: /Participants \(Moscow\): more than 13,000/ });
    fireEvent.focus(point);
    // Floating UI comes with the first tooltip, so the first one shows a moment later.
    const tip = await screen.findByRole('tooltip');
    expect(tip).toHaveTextContent('more than 13,000 organisations');
    expect(tip).toHaveTextContent('(day)');
    expect(tip).toHaveTextContent('lower bound');
    expect(tip).toHaveTextContent('soared almost 20-fold, to more than 13,000');
    fireEvent.keyDown(point, { key: 'Escape' });
    expect(screen.queryByRole('tooltip')).not.toBeInTheDocument();
    const may = screen.getByRole('img', { name: /Participants \(Moscow\): 2,000 organisations/ });
    fireEvent.mouseEnter(may);
    expect(screen.getByRole('tooltip')).toHaveTextContent('May 2020 (month)');
  });

  it('draws cluster events as links to the timeline, and COVID-19 measures as periods', async () => {
    const { location } = renderRoute('/growth?lang=en');
    await chart();
    const event = screen.getByRole('link', { name: /The first sub-cluster is created; June 2020 \(month\)/ });
    fireEvent.focus(event);
    expect(await screen.findByRole('tooltip')).toHaveTextContent('Select to open the stress-test timeline');
    expect(screen.getAllByRole('img', { name: /COVID-19 measures in force: .*Self-isolation/ })).toHaveLength(
      1,
    );
    await userEvent.click(event);
    expect(location.current.pathname).toBe('/timeline');
    expect(location.current.search).toBe('?lang=en');
  });

  it('hides the overlay with ?events=off', async () => {
    renderRoute('/growth?events=off');
    await chart();
    expect(screen.queryByRole('link', { name: /sub-cluster is created/ })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'COVID-19 measures & events' })).toHaveAttribute(
      'aria-pressed',
      'false',
    );
  });

  it('switches to a log scale from the URL and back with the buttons', async () => {
    const { location } = renderRoute('/growth?scale=log');
    await chart();
    expect(screen.getByRole('button', { name: 'Log' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('group', { name: /Line chart, log scale/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Linear' }));
    expect(location.current.search).toBe('');
    expect(screen.getByRole('button', { name: 'Linear' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('falls back to linear with a notice for ?scale=foo', async () => {
    renderRoute('/growth?scale=foo');
    await chart();
    expect(screen.getByText(/\?scale=foo: not recognised/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Linear' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('shows only partners with ?series=partners, and toggles series into the URL', async () => {
    const { location } = renderRoute('/growth?series=partners');
    await chart();
    const legend = seriesLegend();
    expect(within(legend).getAllByRole('listitem')).toHaveLength(1);
    expect(legend).toHaveTextContent('Regional partners');
    expect(screen.queryByRole('img', { name: /^Participants/ })).not.toBeInTheDocument();
    expect(screen.getAllByRole('img', { name: /^Regional partners:/ })).toHaveLength(4);
    await userEvent.click(screen.getByRole('button', { name: /Total registered/ }));
    expect(location.current.search).toBe('?series=partners%2Ctotal');
  });

  it('narrows the date window with the COVID-19 preset', async () => {
    const { location } = renderRoute('/growth');
    await chart();
    await userEvent.click(screen.getByRole('button', { name: 'COVID-19 period (2020–2021)' }));
    expect(location.current.search).toBe('?range=2020-01-01..2021-12-31');
    expect(
      screen.getByRole('heading', { name: 'Organisations in the Moscow Innovation Cluster, 2020–2021' }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img', { name: /Total registered: more than 40,000/ })).not.toBeInTheDocument();
  });

  it('states the reported multiples and derives one from an explicit basis', async () => {
    renderRoute('/growth');
    const panel = await screen.findByRole('figure', { name: 'The “20-fold” growth' }, slow);
    expect(panel).toHaveTextContent('×20');
    expect(panel).toHaveTextContent('period not stated');
    expect(panel).toHaveTextContent('about ×20');
    const derived = within(panel).getByRole('region', { name: 'Derived by the dashboard' });
    expect(derived).toHaveTextContent('×18.6');
    expect(derived).toHaveTextContent('13,000 ÷ 700 = ×18.6');
    expect(derived).toHaveTextContent('Formula: to ÷ from');
    expect(derived).toHaveTextContent(
      'Participants (Moscow): from more than 700 (26 January 2020) to more than 13,000 (1 December 2020)',
    );
    expect(derived).toHaveTextContent(/Both ends are lower bounds .* indicative only/);
  });

  it('lets the researcher pick the basis and keeps it in the URL; a mixed basis falls back', async () => {
    const { location } = renderRoute('/growth?from=participants-2020-01-26&to=total-2021-03-17');
    const panel = await screen.findByRole('figure', { name: 'The “20-fold” growth' }, slow);
    expect(within(panel).getByRole('status')).toHaveTextContent(
      '?from=participants-2020-01-26, ?to=total-2021-03-17: not recognised',
    );
    expect(panel).toHaveTextContent('×18.6');
    await userEvent.selectOptions(
      within(panel).getByRole('combobox', { name: 'From' }),
      'partners-2020-12-01',
    );
    expect(location.current.search).toBe('?from=partners-2020-12-01&to=partners-2021-07');
    expect(panel).toHaveTextContent('6,500 ÷ 5,900 = ×1.1');
    expect(panel).toHaveTextContent(/The end is a lower bound/);
  });

  it('lists every point and the multiples in sortable tables', async () => {
    renderRoute('/growth?tab=table');
    const points = await screen.findByRole('table', { name: /Member growth: 23 reported points/ }, slow);
    const row = within(points).getByRole('row', { name: /^Participants \(Moscow\)\s*more than 13,000/ });
    expect(row).toHaveTextContent('Participants (Moscow)');
    expect(row).toHaveTextContent('lower bound');
    expect(row).toHaveTextContent('1 December 2020');
    expect(row).toHaveTextContent('Moscow Seasons');
    const multiples = screen.getByRole('table', { name: /Growth multiples/ });
    expect(within(multiples).getByRole('row', { name: /Stated: The presentation/ })).toHaveTextContent('20');
    const derived = within(multiples).getByRole('row', { name: /Derived by the dashboard/ });
    expect(derived).toHaveTextContent('18.6');
    expect(derived).toHaveTextContent('Formula: 13,000 ÷ 700');
    expect(screen.getByText('Series definitions')).toBeInTheDocument();
    await userEvent.click(within(points).getByRole('button', { name: /Organisations \(as worded\)/ }));
    expect(within(points).getAllByRole('row')[1]).toHaveTextContent('400');
  });

  it('names an unusable basis on the table tab too', async () => {
    renderRoute('/growth?tab=table&from=nowhere');
    await screen.findByRole('table', { name: /Growth multiples/ }, slow);
    expect(
      screen.getByText('?from=nowhere: not recognised; showing the default instead.'),
    ).toBeInTheDocument();
  });

  it('speaks Russian, with Russian number formats', async () => {
    renderRoute('/growth?lang=ru&tab=table');
    expect(await screen.findByRole('heading', { level: 1, name: 'Рост' }, slow)).toBeInTheDocument();
    const points = await screen.findByRole('table', { name: /Рост числа участников/ }, slow);
    expect(
      within(points).getByRole('row', { name: /^Участники \(Москва\)\s*более 13\s000/ }),
    ).toHaveTextContent('нижняя граница');
  });

  it('defines a hatch pattern for each colour with a derived point, and only those', async () => {
    renderRoute('/growth');
    await chart();
    // The shipped data has no derived point: no pattern, a few hundred bytes less in each pre-rendered page.
    expect(document.querySelectorAll('#growth-chart .growth-chart pattern')).toHaveLength(0);
  });

  it('hatches a derived point with a pattern the chart defines', async () => {
    server.use(
      serveDataFile(
        'mic-2021.json',
        syntheticSnapshotJson((s) => {
          const [participants, partners, total] = s.growth.series;
          const a = participants!.points.at(-1)!;
          const b = partners!.points.at(-1)!;
          const point = total!.points.at(-1)!;
          point.value = a.value + b.value;
          point.qualifier = {
            kind: 'derived',
            op: 'sum',
            inputs: [a.id, b.id],
            formula: { en: 'participants + partners', ru: 'участники + партнёры' },
          };
        }),
      ),
    );
    renderRoute('/growth');
    await chart();
    const hatched = [...document.querySelectorAll('#growth-chart [data-figure-kind="derived"]')];
    expect(hatched.length).toBeGreaterThan(0);
    // One for the total's colour in the plot (the legend's swatch has its own).
    expect(document.querySelectorAll('#growth-chart .growth-chart pattern')).toHaveLength(1);
    for (const mark of hatched) {
      const id = /^url\(#(.+)\)$/.exec(mark.getAttribute('fill') ?? '')?.[1];
      expect(id && document.getElementById(id)?.tagName.toLowerCase()).toBe('pattern');
    }
  });

  it('shows a synthetic-data banner and an empty note when a window holds no point', async () => {
    server.use(
      serveDataFile(
        'mic-2021.json',
        syntheticSnapshotJson(() => {}),
      ),
    );
    renderRoute('/growth?range=2022-01-01..2022-12-31&series=participants');
    expect(
      await screen.findByText('No reported figure falls within this period.', {}, slow),
    ).toBeInTheDocument();
    expect(screen.getByText(/Synthetic test data/)).toBeInTheDocument();
  });
});
