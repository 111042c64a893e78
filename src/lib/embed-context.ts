import { createContext, useContext } from 'react';

/** How a view is being shown: in the full site, or embedded in another page or a slide. */
export interface EmbedOptions {
  embedded: boolean;
  /** `?title=0`: the host page has its own title. */
  hideTitle: boolean;
  /** `?controls=0`: a fixed picture: no tab switch, options or downloads. */
  hideControls: boolean;
  /** `?static=1`: a picture: no controls, and the marks answer neither pointer nor keyboard (no tooltips). */
  isStatic?: boolean;
  /** `/embed/<view>/<chart>`: the id of the one chart frame shown; every other frame renders nothing. */
  chart?: string;
}

export const FULL_SITE: EmbedOptions = { embedded: false, hideTitle: false, hideControls: false };
export const EmbedContext = createContext<EmbedOptions>(FULL_SITE);
export const useEmbed = () => useContext(EmbedContext);

/** Message posted to the host page whenever the embed's height changes (read by /embed.js and the builder). */
export const HEIGHT_MESSAGE = 'mic-dashboard:height';
/** Sent by /embed.js when it starts, since it may miss the first height message. */
export const HEIGHT_REQUEST = 'mic-dashboard:request-height';
