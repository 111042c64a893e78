import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n';
import { fixtureSnapshot } from '../../test/fixtures/snapshot-fixture';
import { FOOTNOTE_LIMIT, SourceFootnote } from './source-footnote';

const snapshot = fixtureSnapshot();
const passages = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ source: 'seed', locator: `passage ${i}` }));

describe('a chart footnote stays short however many passages the chart cites', () => {
  it('shows every passage up to the limit, as the shipped charts do', () => {
    const { container } = render(
      <I18nProvider language="en">
        <SourceFootnote snapshot={snapshot} citations={passages(FOOTNOTE_LIMIT)} />
      </I18nProvider>,
    );
    expect(container.querySelectorAll('.citation')).toHaveLength(FOOTNOTE_LIMIT);
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('past the limit shows the first ones and a button for all of them', async () => {
    const { container } = render(
      <I18nProvider language="ru">
        <SourceFootnote snapshot={snapshot} citations={passages(1234)} />
      </I18nProvider>,
    );
    expect(container.querySelectorAll('.citation')).toHaveLength(FOOTNOTE_LIMIT);
    await userEvent.click(screen.getByRole('button', { name: /^Показать все 1\s234 цитируемых фрагмента$/ }));
    expect(container.querySelectorAll('.citation')).toHaveLength(1234);
  });
});
