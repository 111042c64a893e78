export function inlineScripts(html: string): string[];
export function shippedInlineScripts(html: string): string[];
export function sha256(text: string): string;
export function cspPolicy(scripts: string[]): string;
export function headersFile(policy: string): string;
export function csp(indexHtml?: string): import('vite').Plugin;
