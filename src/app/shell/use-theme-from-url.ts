import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { applyTheme, resolveTheme } from './preferences';

/** Applies the theme the URL (or the stored choice) asks for; shared by the site and the embed shell. */
export function useThemeFromUrl(): void {
  const [search] = useSearchParams();
  const theme = resolveTheme(search);
  useEffect(() => applyTheme(theme), [theme]);
}
