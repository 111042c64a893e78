import { useCallback } from 'react';
import { useRegionsText } from './regions.text';
import type { SubjectRow } from './regions-series';

const DISTRICTS = [
  'central',
  'northwestern',
  'southern',
  'north-caucasian',
  'volga',
  'ural',
  'siberian',
  'far-eastern',
] as const;

/** The federal district of a subject's row, in the interface language. */
export function useDistrictName() {
  const rt = useRegionsText();
  return useCallback(
    (row: SubjectRow) => {
      const district = DISTRICTS.find((d) => d === row.subject.federalDistrict);
      return district ? rt(`district.${district}`) : undefined;
    },
    [rt],
  );
}
