import type { Plugin } from 'vite';
export function deferAppStart(html: string, workers?: string[], base?: string): string;
export function appModuleTag(href: string): string;
export function appWorkerTag(href: string, base: string): string;
export const DATA_WORKER: RegExp;
export function deferredStart(): Plugin;
