/**
 * public/data/schema.json is generated from the zod schema, so snapshot writers get the same rules as the app.
 * Regenerate it with `npm run schema` after changing src/data/schema.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { snapshotSchema } from '../../src/data/schema';

const FILE = resolve(import.meta.dirname, '../../public/data/schema.json');

export function generateJsonSchema(): string {
  const schema = {
    ...z.toJSONSchema(snapshotSchema, { target: 'draft-2020-12' }),
    $id: 'https://github.com/mic-dashboard/snapshot.schema.json',
    title: 'MIC dashboard snapshot',
    description:
      'A snapshot of sourced figures about the Moscow Innovation Cluster. Every figure names its source, kind (exact, lowerBound, upperBound, approximate, derived) and date precision. Some rules (ids resolve, shares sum to 100, derived values recompute) are checked by the app beyond this schema; see README.',
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

describe('published JSON Schema', () => {
  it('matches the schema the app validates with', () => {
    const generated = generateJsonSchema();
    if (process.env.UPDATE_SCHEMA === '1') writeFileSync(FILE, generated);
    expect(readFileSync(FILE, 'utf8')).toBe(generated);
  });
});
