/**
 * Parsing and validating a snapshot stay linear in its size, proved by counting work, not by timing it: every
 * callback an array method runs, every element `includes`/`indexOf` may scan and every Map/Set read or write
 * is counted while a synthetic snapshot at 2× and at 20× the shipped one is parsed. Linear work grows ten-fold;
 * a search inside a loop (the old duplicate-source check) grows a hundred-fold and fails the bound.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { parseSnapshot } from '../../src/data/snapshot';
import { snapshotIndex } from '../../src/data/snapshot-index';
import { toExportRows } from '../../src/export/export-rows';
import { translator } from '../../src/i18n';
import type { Snapshot } from '../../src/data/schema';
import { scaleSnapshot } from '../../scripts/scale-snapshot.mjs';
import { shippedDataFile } from '../support/msw-server';

const base = JSON.parse(shippedDataFile('mic-2021.json')) as Snapshot;
const scaled = (k: number) => JSON.stringify(scaleSnapshot(base, k));

const CALLBACK_METHODS = [
  'find',
  'findIndex',
  'some',
  'every',
  'filter',
  'map',
  'flatMap',
  'forEach',
  'reduce',
] as const;
const SCAN_METHODS = ['includes', 'indexOf', 'lastIndexOf'] as const;
const restore: (() => void)[] = [];
type AnyFunction = (this: unknown, ...args: unknown[]) => unknown;

/** Installs counting wrappers; returns the counter. Removed after each test. */
function countWork(): { steps: number } {
  const counter = { steps: 0 };
  const patch = <T extends object>(proto: T, name: string, wrap: (original: AnyFunction) => AnyFunction) => {
    const target = proto as Record<string, AnyFunction>;
    const original = target[name]!;
    target[name] = wrap(original);
    restore.push(() => (target[name] = original));
  };
  for (const name of CALLBACK_METHODS)
    patch(
      Array.prototype,
      name,
      (original) =>
        function (this: unknown, ...[callback, ...rest]: unknown[]) {
          const counted = function (this: unknown, ...args: unknown[]) {
            counter.steps += 1;
            return (callback as AnyFunction).apply(this, args);
          };
          return original.call(this, counted, ...rest);
        },
    );
  for (const name of SCAN_METHODS)
    patch(
      Array.prototype,
      name,
      (original) =>
        function (this: unknown, ...args: unknown[]) {
          counter.steps += (this as unknown[]).length;
          return original.apply(this, args);
        },
    );
  for (const proto of [Map.prototype, Set.prototype])
    for (const name of ['get', 'has', 'set', 'add'])
      if (name in proto)
        patch(
          proto,
          name,
          (original) =>
            function (this: unknown, ...args: unknown[]) {
              counter.steps += 1;
              return original.apply(this, args);
            },
        );
  return counter;
}

afterEach(() => {
  while (restore.length > 0) restore.pop()!();
});

/** Work done by `run` on the snapshot scaled k times. */
function workAt(k: number, run: (text: string) => void): number {
  const text = scaled(k);
  const counter = countWork();
  run(text);
  const steps = counter.steps;
  while (restore.length > 0) restore.pop()!();
  return steps;
}

describe('work grows linearly with the snapshot', () => {
  it('parsing and validating: ten times the data, about ten times the work', () => {
    const parse = (text: string) => void parseSnapshot('synthetic.json', text);
    const small = workAt(2, parse);
    const large = workAt(20, parse);
    expect(small).toBeGreaterThan(1000);
    expect(large / small).toBeGreaterThan(8);
    expect(large / small).toBeLessThan(12);
  });

  it('download rows for every figure look their sources up by id', () => {
    const t = translator('en');
    const rows = (text: string) => {
      const snapshot = parseSnapshot('synthetic.json', text);
      const items = snapshotIndex(snapshot).located.map(({ figure }) => ({ label: figure.id, figure }));
      toExportRows(items, snapshot, 'en', t);
    };
    const ratio = workAt(20, rows) / workAt(2, rows);
    expect(ratio).toBeGreaterThan(8);
    expect(ratio).toBeLessThan(12);
  });

  it('the scaled snapshots are valid and say they are synthetic', () => {
    for (const k of [1, 10]) {
      const snapshot = parseSnapshot('synthetic.json', scaled(k));
      expect(snapshot.synthetic).toBe(true);
      expect(snapshotIndex(snapshot).located.length).toBeGreaterThan(k * 80);
    }
  });
});
