import { useId, useState } from 'react';
import { copyText } from '../copy-text';
import { Chip } from '../../ui/chip';
import { chartAltText, iframeCode, imageCode } from './builder-code';
import { SLIDE_HEIGHT, type BuilderChoices } from './builder-params';
import type { PreviewReport } from './builder-preview';
import { useBuilderText } from './embed-builder.text';

interface Props {
  choices: BuilderChoices;
  src: string;
  /** The builder's name for what is embedded, until the preview gives the embed's own title. */
  label: string;
  /** The chart frame's id when one chart is embedded. */
  frameId: string | undefined;
  report: PreviewReport | null;
}

/** What the preview measured and holds, read once per report: size, the embed's title, the picture's file. */
function readPreview(report: PreviewReport | null, frameId: string | undefined) {
  const doc = report?.document;
  const frame = frameId ? doc?.getElementById(frameId) : null;
  const heading = frame ? frame.querySelector('.chart-frame__title') : doc?.querySelector('main h1');
  return {
    title: heading?.textContent?.trim() || undefined,
    alt: frame ? chartAltText(frame) : undefined,
    png: frame?.querySelector<HTMLElement>('[data-format="png"]') ?? null,
    svg: frame?.querySelector<HTMLElement>('[data-format="svg"]') ?? null,
  };
}

/** The embed's code (iframe and script, or a picture), with Copy and, for a picture, its downloads. */
export function BuilderCode({ choices, src, label, frameId, report }: Props) {
  const w = useBuilderText();
  const id = useId();
  const [status, setStatus] = useState('');
  const [format, setFormat] = useState<'png' | 'svg'>('png');
  const preview = readPreview(report, frameId);
  const height = report?.height;

  const picture = choices.code === 'img';
  const file = (picture ? (format === 'png' ? preview.png : preview.svg) : null)?.dataset.file;
  const code = picture
    ? file && preview.alt
      ? imageCode(file, preview.alt, choices.width)
      : ''
    : iframeCode(src, preview.title ?? label, choices.width, height);

  const download = (which: 'png' | 'svg') => {
    setFormat(which);
    // The embed's own export buttons (hidden when its controls are): the same exporter, palette and stamp.
    (which === 'png' ? preview.png : preview.svg)?.click();
  };

  return (
    <div className="builder__code">
      {report && (
        <p className="builder__measure">
          {w('height', { height: report.height, width: report.width })}{' '}
          {choices.width === 'slides' &&
            w(report.height <= SLIDE_HEIGHT ? 'slideFits' : 'slideTaller', { slide: SLIDE_HEIGHT })}
        </p>
      )}
      {picture && !frameId ? (
        <p className="notice notice--inline">{w('imgNeedsChart')}</p>
      ) : (
        <>
          {picture && (
            <>
              <p>{w('imgHelp')}</p>
              <div className="cluster">
                <Chip onClick={() => download('png')} disabled={!preview.png}>
                  {w('png')}
                </Chip>
                <Chip onClick={() => download('svg')} disabled={!preview.svg}>
                  {w('svg')}
                </Chip>
              </div>
            </>
          )}
          <label htmlFor={`${id}-code`}>{w(picture ? 'imgCodeLabel' : 'codeLabel')}</label>
          <textarea
            id={`${id}-code`}
            className="builder__textarea"
            readOnly
            rows={picture ? 4 : 6}
            value={code || w('waiting')}
            onFocus={(e) => e.currentTarget.select()}
          />
          <div className="cluster">
            <Chip
              disabled={!code}
              onClick={() => void copyText(code).then((ok) => setStatus(ok ? w('copied') : w('copyFailed')))}
            >
              {w('copy')}
            </Chip>
            <span role="status" className="view-actions__status">
              {status}
            </span>
          </div>
        </>
      )}
    </div>
  );
}
