import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { scaleSnapshot } from '../../../scripts/scale-snapshot.mjs';
import { fixtureSnapshot } from '../../../test/fixtures/snapshot-fixture';
import { server, serveOnlySnapshot } from '../../../test/support/msw-server';
import { renderRoute } from '../../../test/support/render-route';
import { FIRST_KEY_ENTRIES } from './size-scatter-chart';
import { FIRST_FIELDS } from './field-count-grid';

// A synthetic snapshot 10× the fixture (marked synthetic): 100 sub-clusters, past the key's first entries, and
// a largest group of priority fields past the fields drawn at first. The shipped data has 10 sub-clusters, all
// in the key, and at most 7 fields a group, all drawn.
const snapshot = scaleSnapshot(fixtureSnapshot(), 10);
const points = snapshot.subclusters.items.length;
const fields = snapshot.subclusters.priorityFields.length;
const slow = { timeout: 15_000 };

beforeEach(() => {
  server.use(...serveOnlySnapshot(snapshot));
});

describe("the scatter's key at 10× the data", { timeout: 40_000 }, () => {
  it('lists the first entries, then every one on request with focus on the first revealed', async () => {
    expect(points).toBeGreaterThan(FIRST_KEY_ENTRIES);
    renderRoute('/subclusters?chart=scatter');
    const key = await screen.findByRole('list', { name: 'Key to the numbered points' }, slow);
    expect(within(key).getAllByRole('listitem')).toHaveLength(FIRST_KEY_ENTRIES);
    await userEvent.click(screen.getByRole('button', { name: `Show the key to all ${points} points` }));
    const entries = within(key).getAllByRole('listitem');
    expect(entries).toHaveLength(points);
    expect(entries[FIRST_KEY_ENTRIES]).toHaveFocus();
    await userEvent.click(
      screen.getByRole('button', { name: `Show only the first ${FIRST_KEY_ENTRIES} in the key` }),
    );
    expect(within(key).getAllByRole('listitem')).toHaveLength(FIRST_KEY_ENTRIES);
  });
});

describe('the priority-field grid at 10× the data', { timeout: 40_000 }, () => {
  it('draws the first fields of each group, then every one on request with focus on the first revealed', async () => {
    renderRoute('/subclusters');
    const grid = await screen.findByRole('grid', { name: /Priority fields by the number/ }, slow);
    const groups = within(grid).getAllByRole('row');
    const heads = groups.map((g) => within(g).getAllByRole('gridcell').length);
    expect(Math.max(...heads)).toBe(FIRST_FIELDS);
    expect(within(grid).getAllByRole('gridcell').length).toBeLessThan(fields);

    await userEvent.click(screen.getByRole('button', { name: `Show all ${fields} fields` }));
    const cells = within(grid).getAllByRole('gridcell');
    expect(cells).toHaveLength(fields);
    const longest = within(grid)
      .getAllByRole('row')
      .find((g) => within(g).getAllByRole('gridcell').length > FIRST_FIELDS);
    expect(within(longest as HTMLElement).getAllByRole('gridcell')[FIRST_FIELDS]).toHaveFocus();

    await userEvent.click(
      screen.getByRole('button', { name: `Show only the first ${FIRST_FIELDS} of each group` }),
    );
    expect(within(grid).getAllByRole('gridcell').length).toBeLessThan(fields);
  });
});
