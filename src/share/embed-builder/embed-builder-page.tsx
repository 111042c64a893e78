import { useCallback, useMemo, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from '../../i18n';
import { frameIdOf } from '../../lib/embed-charts';
import { LANGUAGES } from '../../lib/language';
import { VIEW_IDS } from '../../lib/paths';
import { resolveTheme } from '../../lib/preferences';
import { THEMES, globalSearch, withParams } from '../../lib/url-state';
import { useViewParams } from '../../lib/use-view-params';
import { IgnoredParamsNotice } from '../../ui/ignored-params-notice';
import { BuilderCode } from './builder-code-panel';
import { embedSource } from './builder-code';
import {
  BUILDER_PARAMS,
  CODES,
  EMBED_TARGETS,
  WIDTHS,
  chartOf,
  viewOf,
  viewOptions,
  type BuilderChoices,
} from './builder-params';
import { BuilderPreview, type PreviewReport } from './builder-preview';
import { Choice, RadioGroup } from './builder-fields';
import { useBuilderText } from './embed-builder.text';
import './embed-builder.css';

/** `/embed-builder`: choose what to embed and how, see it as the host will, copy its code or a picture. */
export default function EmbedBuilderPage() {
  const { t, i18n } = useTranslation();
  const w = useBuilderText();
  const [search, setSearch] = useSearchParams();
  const { values, invalid, update } = useViewParams(BUILDER_PARAMS);
  const [report, setReport] = useState<PreviewReport | null>(null);

  const choices: BuilderChoices = {
    embed: values.embed,
    lang: values['embed-lang'] ?? i18n.language,
    theme: values['embed-theme'] ?? resolveTheme(search) ?? shownTheme(),
    title: values.title === '1',
    controls: values.controls === '1',
    isStatic: values.static === '1',
    width: values.width,
    code: values.code,
  };
  const view = viewOf(choices.embed);
  const chart = chartOf(choices.embed);
  const options = useMemo(() => viewOptions(search), [search]);
  const src = embedSource(window.location.origin, import.meta.env.BASE_URL, choices, options);
  const label = chart
    ? w(`charts.${choices.embed}` as 'charts.growth/chart')
    : w('wholeView', { view: t(`nav.${view}`) });

  const onTarget = (next: string) => {
    if (viewOf(next) === view) return update({ embed: next });
    // Another view's options mean nothing to this one: keep only the builder's and the site's parameters.
    const kept = new URLSearchParams(search);
    for (const key of viewOptions(search).keys()) kept.delete(key);
    setSearch(new URLSearchParams(withParams(kept, { embed: next === 'growth' ? undefined : next })), {
      replace: true,
    });
  };
  const onReport = useCallback((r: PreviewReport) => setReport(r), []);

  return (
    <section className="page builder" aria-labelledby="builder-heading">
      <h1 id="builder-heading">{t('nav.embedBuilder')}</h1>
      <p className="lead">{w('lead')}</p>
      <IgnoredParamsNotice params={invalid} className="notice notice--inline" />
      <p>
        <Link
          to={`/${view}${withParams(options, Object.fromEntries(new URLSearchParams(globalSearch(search))))}`}
        >
          {w('back', { view: t(`nav.${view}`) })}
        </Link>
      </p>
      <div className="builder__layout">
        <form className="builder__form" onSubmit={(e) => e.preventDefault()}>
          <div className="builder__field">
            <label htmlFor="builder-target">{w('chart')}</label>
            <select id="builder-target" value={choices.embed} onChange={(e) => onTarget(e.target.value)}>
              {VIEW_IDS.map((v) => (
                <optgroup key={v} label={t(`nav.${v}`)}>
                  {EMBED_TARGETS.filter((target) => viewOf(target) === v).map((target) => (
                    <option key={target} value={target}>
                      {chartOf(target)
                        ? w(`charts.${target}` as 'charts.growth/chart')
                        : w('wholeView', { view: t(`nav.${v}`) })}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </div>
          <RadioGroup legend={w('language')} name="embed-lang">
            {LANGUAGES.map((lang) => (
              <Choice
                key={lang}
                checked={choices.lang === lang}
                onChange={() => update({ 'embed-lang': lang })}
              >
                <span lang={lang}>{NATIVE_NAMES[lang]}</span>
              </Choice>
            ))}
          </RadioGroup>
          <RadioGroup legend={w('theme')} name="embed-theme">
            {THEMES.map((theme) => (
              <Choice
                key={theme}
                checked={choices.theme === theme}
                onChange={() => update({ 'embed-theme': theme })}
              >
                {w(`themes.${theme}`)}
              </Choice>
            ))}
          </RadioGroup>
          <RadioGroup legend={w('interaction')} name="interaction">
            <Choice checked={!choices.isStatic} onChange={() => update({ static: '0' })}>
              {w('interactive')}
            </Choice>
            <Choice checked={choices.isStatic} onChange={() => update({ static: '1' })}>
              {w('static')}
            </Choice>
          </RadioGroup>
          <fieldset className="builder__group">
            <legend>{w('show')}</legend>
            <Choice
              type="checkbox"
              checked={choices.title}
              onChange={(on) => update({ title: on ? '1' : '0' })}
            >
              {w('showTitle')}
            </Choice>
            <Choice
              type="checkbox"
              checked={choices.controls && !choices.isStatic}
              disabled={choices.isStatic}
              onChange={(on) => update({ controls: on ? '1' : '0' })}
            >
              {w('showControls')}
            </Choice>
          </fieldset>
          <RadioGroup legend={w('width')} name="width">
            {WIDTHS.map((width) => (
              <Choice key={width} checked={choices.width === width} onChange={() => update({ width })}>
                {w(`widths.${width}`)}
              </Choice>
            ))}
          </RadioGroup>
          <RadioGroup legend={w('code')} name="code">
            {CODES.map((code) => (
              <Choice key={code} checked={choices.code === code} onChange={() => update({ code })}>
                {w(`codes.${code}`)}
              </Choice>
            ))}
          </RadioGroup>
        </form>
        <div className="builder__output">
          <h2 id="builder-preview-heading">{w('preview')}</h2>
          <div className={`builder__stage builder__stage--${choices.width}`}>
            <BuilderPreview
              src={src}
              title={w('previewFrame', { title: label })}
              width={choices.width}
              onReport={onReport}
            />
          </div>
          <BuilderCode
            choices={choices}
            src={src}
            label={label}
            frameId={chart ? frameIdOf(view, chart) : undefined}
            report={report?.href === src ? report : null}
          />
        </div>
      </div>
    </section>
  );
}

/** Each language named in itself, as language choosers do. */
const NATIVE_NAMES = { en: 'English', ru: 'Русский' } as const;

/** The theme this page is drawn in when the reader chose none (the system's), for the embed to match. */
const shownTheme = () => (document.documentElement.dataset.theme === 'dark' ? 'dark' : 'light');
