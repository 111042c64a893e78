import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderRoute } from '../../../test/support/render-route';
import { editedSnapshot } from '../../../test/fixtures/snapshots/edited-snapshot';
import { saveOwnSnapshot } from '../../data/own-snapshots';
import type { Snapshot } from '../../data/schema';

const fixture = JSON.parse(readFileSync('test/fixtures/data/mic-2021.json', 'utf8')) as Snapshot;
let ownId = '';

beforeAll(async () => {
  const { meta } = await saveOwnSnapshot(JSON.stringify(editedSnapshot(fixture)), 'edited.json', 'file');
  ownId = meta.id;
});

describe('/compare', () => {
  it('names both snapshots, counts the changes and lists them by view with links to the figure', async () => {
    renderRoute(`/compare?b=${ownId}`);
    const counts = await screen.findByRole('list', { name: 'Changes from a to b' });
    expect(counts).toHaveTextContent('3 changed');
    expect(counts).toHaveTextContent('2 added');
    expect(counts).toHaveTextContent('1 removed');
    expect(screen.getByText(/your snapshot, not published: loaded from edited\.json/)).toBeInTheDocument();
    expect(screen.getByText(/^\(published, compiled/)).toBeInTheDocument();

    const growth = screen.getByRole('region', { name: 'Growth (6)' });
    const row = within(growth).getByRole('row', { name: /Participants \(Moscow\), c\. end of 2019/ });
    expect(row).toHaveTextContent('value');
    expect(row).toHaveTextContent('400');
    expect(row).toHaveTextContent('450');
    expect(within(row).getByRole('link', { name: 'Open in Growth' })).toHaveAttribute(
      'href',
      `/growth?snapshot=${ownId}`,
    );
    expect(within(row).getByRole('link', { name: 'in Sources' })).toHaveAttribute(
      'href',
      `/sources?snapshot=${ownId}#figure-participants-2019-400`,
    );
    const removed = within(growth).getByRole('row', { name: /removed/ });
    expect(within(removed).getByRole('link', { name: 'Open in Growth' })).toHaveAttribute(
      'href',
      '/growth?snapshot=mic-2021',
    );
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeInTheDocument();
  });

  it('offers the catalogue and the snapshots kept in this browser in its picker', async () => {
    renderRoute(`/compare?b=${ownId}`);
    const b = await screen.findByRole('combobox', { name: 'After (b)' });
    expect(await within(b).findByRole('group', { name: 'Kept in this browser' })).toBeInTheDocument();
    expect(within(b).getByRole('group', { name: 'Published snapshots' })).toBeInTheDocument();
    expect(b).toHaveValue(ownId);
    expect(screen.getByRole('combobox', { name: 'Before (a)' })).toHaveValue('mic-2021');
  });

  it('says what is wrong with a missing b, an unknown or malformed id, and a = b', async () => {
    const { unmount } = renderRoute('/compare');
    expect(await screen.findByRole('alert')).toHaveTextContent('/compare needs ?b=<id>');
    unmount();
    const second = renderRoute('/compare?b=own-nothing&a=no-such');
    expect(await screen.findByRole('alert')).toHaveTextContent('There is no snapshot “no-such” (?a=)');
    expect(screen.getByRole('alert')).toHaveTextContent('There is no snapshot “own-nothing” (?b=)');
    second.unmount();
    const third = renderRoute('/compare?b=Bad!');
    expect(await screen.findByRole('alert')).toHaveTextContent('?b=Bad! is not a snapshot id');
    third.unmount();
    renderRoute('/compare?b=mic-2021');
    expect(await screen.findByRole('alert')).toHaveTextContent('a and b are the same snapshot (mic-2021)');
  });

  it('in Russian', async () => {
    renderRoute(`/compare?b=${ownId}&lang=ru`);
    expect(await screen.findByRole('list', { name: 'Изменения от a к b' })).toHaveTextContent('3 изменено');
    expect(screen.getByRole('button', { name: 'Скачать CSV' })).toBeInTheDocument();
  });
});

describe('?compare= on a view', () => {
  it('names the other snapshot in the growth legend', async () => {
    renderRoute(`/growth?compare=${ownId}`);
    expect(await screen.findByText(/\(edited copy\) \(your snapshot\), for comparison/)).toBeInTheDocument();
  });

  it("outlines the other snapshot's bars on /sectors and the sub-cluster sizes, and names them", async () => {
    const sectors = renderRoute(`/sectors?compare=${ownId}`);
    expect(await screen.findAllByText(/\(edited copy\) \(your snapshot\), for comparison/)).toHaveLength(2);
    expect(document.querySelectorAll('[data-ghost] rect').length).toBe(
      fixture.sectors.members.length + fixture.sectors.projects.length,
    );
    sectors.unmount();
    renderRoute(`/subclusters?compare=${ownId}`);
    expect(await screen.findByText(/\(edited copy\) \(your snapshot\), for comparison/)).toBeInTheDocument();
    expect(document.querySelectorAll('[data-ghost] [data-key]').length).toBe(
      fixture.subclusters.items.length,
    );
  });

  it('reports an unknown id with the ignored parameters', async () => {
    renderRoute('/growth?compare=no-such');
    expect(await screen.findByText(/\?compare=no-such/)).toBeInTheDocument();
  });
});
