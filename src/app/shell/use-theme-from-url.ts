import { useEffect } from 'react';
import { useSearchParams } from 'react-router-dom';
import { applyTheme, resolveTheme, SYSTEM_DARK } from '../../lib/preferences';

/**
 * Applies the theme the URL (or the stored choice) asks for, and follows the system's while none is
 * chosen; shared by the site and the embed shell.
 */
export function useThemeFromUrl(): void {
  const [search] = useSearchParams();
  const theme = resolveTheme(search);
  useEffect(() => {
    applyTheme(theme);
    if (theme) return;
    const media = window.matchMedia?.(SYSTEM_DARK);
    const follow = () => applyTheme(undefined);
    media?.addEventListener?.('change', follow);
    return () => media?.removeEventListener?.('change', follow);
  }, [theme]);
}
