import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { scaleSnapshot } from '../../../scripts/scale-snapshot.mjs';
import { fixtureSnapshot } from '../../../test/fixtures/snapshot-fixture';
import { server, serveOnlySnapshot } from '../../../test/support/msw-server';
import { renderRoute } from '../../../test/support/render-route';
import { FIRST_KEY_ENTRIES } from './size-scatter-chart';

// A synthetic snapshot 10× the fixture (marked synthetic): 100 sub-clusters, past the key's first entries.
// The shipped data has 10, all in the key.
const snapshot = scaleSnapshot(fixtureSnapshot(), 10);
const total = snapshot.subclusters.items.length;
const slow = { timeout: 15_000 };

beforeEach(() => {
  server.use(...serveOnlySnapshot(snapshot));
});

describe("the scatter's key at 10× the data", { timeout: 40_000 }, () => {
  it('lists the first entries, then every one on request with focus on the first revealed', async () => {
    expect(total).toBeGreaterThan(FIRST_KEY_ENTRIES);
    renderRoute('/subclusters?chart=scatter');
    const key = await screen.findByRole('list', { name: 'Key to the numbered points' }, slow);
    expect(within(key).getAllByRole('listitem')).toHaveLength(FIRST_KEY_ENTRIES);
    await userEvent.click(screen.getByRole('button', { name: `Show the key to all ${total} points` }));
    const entries = within(key).getAllByRole('listitem');
    expect(entries).toHaveLength(total);
    expect(entries[FIRST_KEY_ENTRIES]).toHaveFocus();
    await userEvent.click(
      screen.getByRole('button', { name: `Show only the first ${FIRST_KEY_ENTRIES} in the key` }),
    );
    expect(within(key).getAllByRole('listitem')).toHaveLength(FIRST_KEY_ENTRIES);
  });
});
