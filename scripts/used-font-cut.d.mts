export const USED_WEIGHTS: { min: number; max: number };
export const USED_FEATURES: { default: string[]; asked: Record<string, string> };
