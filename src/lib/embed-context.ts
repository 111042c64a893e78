import { createContext, useContext } from 'react';

/** How a view is being shown: in the full site, or embedded in another page or a slide. */
export interface EmbedOptions {
  embedded: boolean;
  /** `?title=0`: the host page has its own title. */
  hideTitle: boolean;
  /** `?controls=0`: a fixed picture: no tab switch, options or downloads. */
  hideControls: boolean;
  /** `/embed/<view>/<chart>`: the id of the one chart frame shown; every other frame renders nothing. */
  chart?: string;
}

export const FULL_SITE: EmbedOptions = { embedded: false, hideTitle: false, hideControls: false };
export const EmbedContext = createContext<EmbedOptions>(FULL_SITE);
export const useEmbed = () => useContext(EmbedContext);
