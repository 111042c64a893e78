import type { InvalidParam } from '../lib/url-state';
import { useTranslation } from '../i18n';

/** "Ignored …: ?theme=pink": a link that asked for something this page cannot show says so, once. */
export function IgnoredParamsNotice({
  params,
  className = 'notice',
}: {
  params: InvalidParam[];
  className?: string;
}) {
  const { t } = useTranslation();
  if (params.length === 0) return null;
  return (
    <p className={className} role="status">
      {t('app.ignoredParams', { params: params.map((p) => `?${p.name}=${p.raw}`).join(', ') })}
    </p>
  );
}
