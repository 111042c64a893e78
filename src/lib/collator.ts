/**
 * Collators for sorting by the page's language. The first collator a page makes costs 10–14 ms on a 2-core
 * machine (the browser loads its collation data), each later one next to nothing. None is made while a page
 * is taken over (the first Intl object of any kind is that page's cost): a table makes one when a visitor
 * points at, focuses or presses its header, so that the sort that follows does not pay for it.
 */
const collators = new Map<string, Intl.Collator>();

export function collatorFor(lang: string): Intl.Collator {
  let collator = collators.get(lang);
  if (!collator) {
    collator = new Intl.Collator(lang);
    collators.set(lang, collator);
  }
  return collator;
}
