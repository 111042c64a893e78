import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import { useViewPath } from '../../lib/view-link';
import type { PlacedEvent } from '../../charts/event-layer';
import type { Snapshot } from '../../data/schema';
import { useTranslation } from '../../i18n';
import { CitationText } from '../../ui/citation-text';
import { useTimelineText } from './timeline.text';

interface EventDetailsProps {
  snapshot: Snapshot;
  placed: PlacedEvent;
  dateText: string;
  /** Set when the event is outside the window or its lane is hidden: offers to bring it into view. */
  onShow?: () => void;
  hiddenByFilter: boolean;
  /** True when the reader opened it (not a link): focus moves here, scrolling it into view on phones. */
  focusOnOpen: boolean;
  onClose: () => void;
}

/**
 * The selected event in a panel beside (wide screens) or below (phones) the timeline. Not a modal: the page
 * stays usable; the close button (or Esc, handled by the chart around it) closes it. Focus moves here
 * when the reader opens it, for screen readers and so that a phone scrolls to it.
 */
export function EventDetails({
  snapshot,
  placed,
  dateText,
  onShow,
  hiddenByFilter,
  focusOnOpen,
  onClose,
}: EventDetailsProps) {
  const { t, i18n } = useTranslation();
  const tt = useTimelineText();
  const lang = i18n.language;
  const viewPath = useViewPath();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { event } = placed;

  useEffect(() => {
    if (focusOnOpen) headingRef.current?.focus();
  }, [event.id, focusOnOpen]);

  return (
    <section className="timeline-details" id="timeline-details" aria-label={tt('details.label')}>
      <div className="timeline-details__head">
        <h3 ref={headingRef} tabIndex={-1}>
          {event.title[lang]}
        </h3>
        <button
          type="button"
          className="timeline-details__close"
          onClick={onClose}
          aria-label={tt('details.close')}
        >
          <span aria-hidden="true">×</span>
        </button>
      </div>
      <dl className="timeline-details__facts">
        <div>
          <dt>{tt('details.date')}</dt>
          <dd>{dateText}</dd>
        </div>
        <div>
          <dt>{tt('details.category')}</dt>
          <dd>{t(`events.category.${event.category}`)}</dd>
        </div>
      </dl>
      {event.start.approximate && <p className="timeline-details__approx">{tt('details.approximate')}</p>}
      {event.description && <p>{event.description[lang]}</p>}
      {event.note && (
        <div className="timeline-details__note">
          <h4>{tt('details.note')}</h4>
          <p>{event.note[lang]}</p>
        </div>
      )}
      <h4>{tt('details.sources')}</h4>
      <ul className="timeline-details__sources">
        {event.sources.map((citation, i) => (
          <li key={`${citation.source}-${i}`}>
            <CitationText snapshot={snapshot} citations={[citation]} />
          </li>
        ))}
      </ul>
      {hiddenByFilter && <p className="muted">{tt('notInFilter')}</p>}
      <p className="timeline-details__actions">
        {onShow && (
          <button type="button" className="button" onClick={onShow}>
            {tt('details.showOnTimeline')}
          </button>
        )}
        {event.view && event.view !== 'timeline' && (
          <Link to={viewPath(event.view)}>{t('overview.openView', { view: t(`nav.${event.view}`) })} →</Link>
        )}
      </p>
    </section>
  );
}
