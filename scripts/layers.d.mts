import type { Linter } from 'eslint';

export const LAYERS: string[][];
export function layerZones(root: string): Record<string, unknown>[];
export function layerConfig(root: string): Pick<Linter.Config, 'plugins' | 'settings' | 'rules'>;
