// The source layers, lowest first. A folder may import from its own layer and the layers before it;
// `styles` holds only CSS and fonts and may be imported from anywhere. docs/architecture.md draws this.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

export const LAYERS = [
  ['data'],
  ['lib', 'geo'],
  ['i18n'],
  ['ui', 'offline'],
  ['export'],
  ['share'],
  ['charts'],
  ['views'],
  ['present', 'app', 'main.tsx', 'prerender.tsx'],
];

/** Zones for import-x/no-restricted-paths: every layer is barred from the ones above it, every view from the others. */
export function layerZones(root) {
  const src = (p) => `./${join('src', p)}`;
  const zones = [];
  LAYERS.forEach((layer, i) => {
    const above = LAYERS.slice(i + 1).flat();
    if (above.length === 0) return;
    for (const target of layer)
      zones.push({
        target: src(target),
        from: above.map(src),
        message: `${target} sits below ${above.join(', ')} in the layers of docs/architecture.md.`,
      });
  });
  const views = readdirSync(join(root, 'src', 'views'), { withFileTypes: true }).filter((d) =>
    d.isDirectory(),
  );
  for (const view of views)
    zones.push({
      target: src(`views/${view.name}`),
      from: src('views'),
      except: [`./${view.name}`],
      message: 'A view must not import another view: move what they share into the kit (src/charts, src/ui).',
    });
  return zones;
}

/** The lint settings that enforce the layers; eslint.config.js and the layer test share them. */
export function layerConfig(root) {
  return {
    plugins: { 'import-x': importX },
    settings: {
      // no-cycle parses the imported files too, so it must know they are TypeScript.
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: layerZones(root) }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  };
}
