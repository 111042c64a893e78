import type { Plugin } from 'vite';
export function minifyScript(code: string): string;
export function minifyStyle(css: string): string;
export function shipInline(html: string): string;
export function minifyInline(): Plugin;
