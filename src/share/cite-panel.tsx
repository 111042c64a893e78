import { useState } from 'react';
import type { Snapshot } from '../data/schema';
import { useTranslation } from '../i18n';
import { apa, bibtex, gost } from './cite';
import { copyText } from './copy-text';
import { Chip } from '../ui/chip';
import type { SnapshotEntry } from '../lib/snapshot.queries';
import { useOwnSnapshotText } from '../ui/own-snapshot.text';

/** "Cite this": the presentation in APA, GOST and BibTeX, with the snapshot version and the access date. */
export function CitePanel({ snapshot, own, url }: { snapshot: Snapshot; own?: SnapshotEntry; url: string }) {
  const { t, i18n } = useTranslation();
  const ot = useOwnSnapshotText();
  const accessed = new Date().toISOString().slice(0, 10);
  const ownNote = own && { title: own.title[i18n.language], origin: own.file };
  const ctx = { snapshot, url, accessed, lang: i18n.language, own: ownNote };
  const styles = [
    { id: 'apa', label: 'APA 7', text: apa(ctx) },
    { id: 'gost', label: 'ГОСТ Р 7.0.100–2018', text: gost(ctx) },
    { id: 'bibtex', label: 'BibTeX', text: bibtex(ctx) },
  ];
  const [copied, setCopied] = useState<string | null>(null);
  return (
    <section className="cite-panel" aria-label={t('share.citeThis')}>
      {ownNote && <p className="cite-panel__own">{ot('stamp', ownNote)}</p>}
      <p className="muted">
        {t('share.citeLead', { snapshot: snapshot.id, compiled: snapshot.compiled, accessed })}
      </p>
      {styles.map((s) => (
        <div key={s.id} className="cite-panel__style">
          <div className="cite-panel__head">
            <h3>{s.label}</h3>
            <Chip onClick={() => void copyText(s.text).then((ok) => setCopied(ok ? s.id : null))}>
              {copied === s.id ? t('share.copied') : t('share.copy')}
            </Chip>
          </div>
          <pre className="cite-panel__text" data-style={s.id}>
            {s.text}
          </pre>
        </div>
      ))}
    </section>
  );
}
