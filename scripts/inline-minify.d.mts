import type { Plugin } from 'vite';
export const INLINE_SCRIPT: RegExp;
export function minifyScript(code: string): string;
export function shipInline(html: string): string;
export function minifyInline(): Plugin;
