import type { ReactNode, Ref } from 'react';
import { useTranslation } from '../i18n';
import { formatNumber } from '../i18n/format';
import { pluralForm } from '../i18n/plural';
import { useWindowRows } from './use-window-rows';
import { useWindowingText } from './windowing.text';

/** What the `<li>` of an entry must carry: its place in the whole list and the window's bookkeeping. */
export interface WindowedItemProps {
  ref: Ref<HTMLLIElement>;
  value: number;
  'aria-posinset': number;
  'aria-setsize': number;
  'data-index': number;
  tabIndex?: number;
}

export interface VirtualListProps<Item> {
  items: Item[];
  className: string;
  itemKey: (item: Item) => string;
  /** The element id of an entry, so that a #link to it scrolls it into the window. */
  itemId?: (item: Item) => string;
  /** Draws the entry as an `<li>` spreading `props` on it. */
  renderItem: (item: Item, props: WindowedItemProps) => ReactNode;
}

/**
 * An ordered list drawn as a window onto its entries (charts/windowing.ts). Each entry keeps its number
 * (`value`) and tells a screen reader its place among all of them; the gaps are hidden from it.
 */
export default function VirtualList<Item>({
  items,
  className,
  itemKey,
  itemId,
  renderItem,
}: VirtualListProps<Item>) {
  const { i18n } = useTranslation();
  const w = useWindowingText();
  const lang = i18n.language;
  const itemAt = (index: number) => items[index] as Item;
  const { containerRef, slots, itemProps, focusProps } = useWindowRows<HTMLOListElement>({
    count: items.length,
    keyOf: (index) => itemKey(itemAt(index)),
    idOf: itemId && ((index) => itemId(itemAt(index))),
  });
  return (
    <>
      <p className="muted">
        {w(`items.${pluralForm(lang, items.length)}`, { count: formatNumber(items.length, lang) })}
      </p>
      <ol ref={containerRef} className={className} {...focusProps}>
        {slots.map((slot) =>
          'gap' in slot ? (
            <li key={slot.key} aria-hidden="true" className="citations__gap" style={{ height: slot.gap }} />
          ) : (
            renderItem(itemAt(slot.index), {
              ...itemProps(slot.index),
              value: slot.index + 1,
              'aria-posinset': slot.index + 1,
              'aria-setsize': items.length,
            })
          ),
        )}
      </ol>
    </>
  );
}
