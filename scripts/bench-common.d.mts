export const CHROMIUM_FLAGS: string[];
export function buildApp(root: string, out: string, env?: Record<string, string>): string;
