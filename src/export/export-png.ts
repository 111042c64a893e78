import { toBlob } from 'html-to-image';
import { embeddedFontCss, textAndStyles } from './font-embed';

/**
 * A PNG of a whole chart frame (title, chart, legend, source line and the export stamp) at twice the
 * pixel density. The frame is marked `exporting` meanwhile, which shows the stamp and hides the buttons.
 */
export async function framePng(frame: HTMLElement, background: string): Promise<Blob> {
  frame.classList.add('exporting');
  try {
    // Our own font CSS (only the subsets the frame uses) instead of html-to-image scanning every stylesheet.
    const { text, styles } = textAndStyles(frame);
    const fontEmbedCSS = await embeddedFontCss(text, styles);
    const blob = await toBlob(frame, {
      pixelRatio: 2,
      backgroundColor: background,
      cacheBust: false,
      fontEmbedCSS,
    });
    if (!blob) throw new Error('the browser could not draw the chart to an image');
    return blob;
  } finally {
    frame.classList.remove('exporting');
  }
}
