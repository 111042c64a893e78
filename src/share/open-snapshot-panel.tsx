import { useEffect, useId, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { useLocation, useNavigate } from 'react-router-dom';
import type { OwnSnapshot } from '../data/own-snapshots';
import { ownSnapshotQueryOptions } from '../lib/snapshot.queries';
import { DataError } from '../ui/data-state';
import { useOwnSnapshotText } from '../ui/own-snapshot.text';
import { openSnapshotFile, openSnapshotUrl } from './open-snapshot';
import '../ui/own-snapshot.css';

type State = { status: 'idle' } | { status: 'checking'; origin: string } | { status: 'failed'; error: Error };

/**
 * "Open a snapshot": a file input, an address to fetch on an explicit click, and the file dropped on the page
 * (`dropped`). A valid snapshot becomes this tab's (`?snapshot=own-…` on the same page); an invalid one is
 * listed problem by problem and nothing is kept.
 */
export function OpenSnapshotPanel({ dropped }: { dropped?: File }) {
  const ot = useOwnSnapshotText();
  const id = useId();
  // Remounted for each drop (keyed by the caller), so a dropped file starts out being checked.
  const [state, setState] = useState<State>(
    dropped ? { status: 'checking', origin: dropped.name } : { status: 'idle' },
  );
  const [address, setAddress] = useState('');
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();

  const check = (read: () => Promise<OwnSnapshot>) =>
    read().then(
      (opened) => {
        // Already checked: the views need not read it back from IndexedDB.
        queryClient.setQueryData(ownSnapshotQueryOptions(opened.meta.id).queryKey, opened);
        const search = new URLSearchParams(location.search);
        search.set('snapshot', opened.meta.id);
        setState({ status: 'idle' });
        void navigate({ pathname: location.pathname, search: `?${search.toString()}` });
      },
      (e: unknown) => setState({ status: 'failed', error: e instanceof Error ? e : new Error(String(e)) }),
    );
  const open = (origin: string, read: () => Promise<OwnSnapshot>) => {
    setState({ status: 'checking', origin });
    void check(read);
  };
  const openFile = (file: File) => open(file.name, () => openSnapshotFile(file));

  useEffect(() => {
    if (dropped) void check(() => openSnapshotFile(dropped));
    // Once per mount: the caller gives each drop a panel of its own.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  return (
    <section className="open-snapshot" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`} className="open-snapshot__heading">
        {ot('open')}
      </h2>
      <p className="muted">{ot('panelLead')}</p>
      <div className="open-snapshot__file">
        <label htmlFor={`${id}-file`}>{ot('chooseFile')}</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            // Cleared, so that choosing the same file again (after fixing it) opens it again.
            e.target.value = '';
            if (file) openFile(file);
          }}
        />
      </div>
      <form
        className="open-snapshot__url"
        onSubmit={(e) => {
          e.preventDefault();
          if (address.trim()) open(address.trim(), () => openSnapshotUrl(address, urlMessages(ot)));
        }}
      >
        <label htmlFor={`${id}-url`}>{ot('urlLabel')}</label>
        <div className="cluster">
          <input
            id={`${id}-url`}
            type="url"
            inputMode="url"
            autoComplete="url"
            placeholder="https://"
            value={address}
            onChange={(e) => setAddress(e.target.value)}
          />
          <button type="submit" className="button">
            {ot('openUrl')}
          </button>
        </div>
      </form>
      <p role="status" className="open-snapshot__status">
        {state.status === 'checking' ? ot('checking', { origin: state.origin }) : ''}
      </p>
      {state.status === 'failed' && <DataError error={state.error} title={ot('notOpened')} />}
    </section>
  );
}

function urlMessages(ot: ReturnType<typeof useOwnSnapshotText>) {
  return {
    notHttp: (url: string) => ot('notHttp', { url }),
    unreachable: (url: string) => ot('unreachable', { url }),
    httpStatus: (url: string, status: number) => ot('httpStatus', { url, status }),
  };
}

/** Over the whole page while a file is dragged on it: where to let go. */
export function SnapshotDropOverlay() {
  const ot = useOwnSnapshotText();
  return (
    <div className="snapshot-drop" aria-hidden="true">
      <p className="snapshot-drop__label">{ot('dropHere')}</p>
    </div>
  );
}
