import { useEffect, useRef, useState } from 'react';
import { HEIGHT_MESSAGE, HEIGHT_REQUEST } from '../../lib/embed-context';
import { WIDTH_PX, type WidthPreset } from './builder-params';

/** What the preview reports each time the embed's height changes, read from its (same-origin) document. */
export interface PreviewReport {
  /** The embed's address, so a report from the page the preview left is told apart. */
  href: string;
  height: number;
  width: number;
  document: Document;
}

interface Props {
  src: string;
  title: string;
  width: WidthPreset;
  onReport: (report: PreviewReport) => void;
}

/**
 * The embed in an iframe at the preset's width, sized by the protocol /embed.js speaks (the embed posts its
 * height; we ask again once it loads), so the preview is as tall as it will be on the host page.
 */
export function BuilderPreview({ src, title, width, onReport }: Props) {
  const ref = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(600);

  useEffect(() => {
    const onMessage = (event: MessageEvent) => {
      const frame = ref.current;
      const data: unknown = event.data;
      if (!frame || event.source !== frame.contentWindow || typeof data !== 'object' || data === null) return;
      if (!('type' in data) || data.type !== HEIGHT_MESSAGE || !('height' in data)) return;
      if (typeof data.height !== 'number' || !('href' in data) || typeof data.href !== 'string') return;
      // The same bounds as /embed.js.
      const next = Math.max(50, Math.min(Math.round(data.height), 20000));
      setHeight(next);
      const doc = frame.contentDocument;
      if (doc) onReport({ href: data.href, height: next, width: frame.clientWidth, document: doc });
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, [onReport]);

  const px = WIDTH_PX[width];
  return (
    <iframe
      ref={ref}
      className="builder__frame"
      src={src}
      title={title}
      data-mic-embed=""
      height={height}
      style={{
        width: '100%',
        maxWidth: px === undefined ? undefined : `${px}px`,
        height: `${height}px`,
        border: 0,
      }}
      onLoad={() => ref.current?.contentWindow?.postMessage({ type: HEIGHT_REQUEST }, '*')}
    />
  );
}
