import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { fixtureSnapshot } from '../../../test/fixtures/snapshot-fixture';
import { I18nProvider } from '../../i18n';
import { FeatureMatrix } from './feature-matrix';
import { FigureList } from './figure-list';
import { shapeFeatures } from './framework-series';

// The snapshot loader rejects unknown figure ids, so a view never receives one from a file; this guards
// the components for the day the check is relaxed (a newer snapshot, a partial file): say it, never guess.
describe('figure ids the snapshot lacks', () => {
  const s = fixtureSnapshot();
  const evidence = s.framework.features.find((f) => f.n === 4)?.evidence[0];
  if (evidence) evidence.figures = ['no-such-figure'];
  const features = shapeFeatures(s);
  const four = features[3]!;

  it('are listed as missing in the evidence', () => {
    render(
      <I18nProvider language="en">
        <FigureList
          snapshot={s}
          figures={four.evidence[0]!.figures}
          unresolved={four.evidence[0]!.unresolved}
          labels={new Map()}
          evidenceSources={four.evidence[0]!.sources}
        />
      </I18nProvider>,
    );
    expect(screen.getByText('Figure “no-such-figure” is not in this snapshot')).toBeInTheDocument();
  });

  it('are counted apart on the tile, not as linked figures', () => {
    render(
      <I18nProvider language="ru">
        <MemoryRouter>
          <FeatureMatrix features={features} selected={undefined} />
        </MemoryRouter>
      </I18nProvider>,
    );
    const tile = within(screen.getByRole('list', { name: 'Признаки кратко' })).getAllByRole('link')[3]!;
    expect(tile).toHaveTextContent('0 связанных показателей');
    expect(tile).toHaveTextContent('1 показатель не найден');
    expect(tile).toHaveAttribute('href', '/?feature=4');
  });
});
