/**
 * How a snapshot's text goes from the data worker to the page: in parts while it is read, the rest at its end.
 * Sent whole once read, a 10 MB text held the worker 60–125 ms on this machine class before it could start its
 * checks, and the page as long again to take it in; sent as it arrives, while the worker waits on the network,
 * both copies are made off the path to the verdict.
 */

/** Hears a text as it is read: `part` for each piece as it arrives, `read` with the whole text at its end. */
export interface TextListener {
  part(piece: string): void;
  read(text: string): void;
}

/** Parts are sent at about this many characters: a few messages for a large file, none before the end for a small one. */
export const PART_CHARS = 1 << 20;

/**
 * A listener that sends the text on as `{ part }` messages of at least `partChars` characters, then `{ read }`
 * with what is left. A text that came without parts (read at once) goes whole in its `{ read }`. The receiver
 * joins the parts and the rest in order.
 */
export function partSender(
  send: (message: { part: string } | { read: string }) => void,
  partChars = PART_CHARS,
): TextListener {
  let pending: string[] = [];
  let size = 0;
  let parted = false;
  return {
    part(piece) {
      parted = true;
      pending.push(piece);
      size += piece.length;
      if (size < partChars) return;
      send({ part: pending.join('') });
      pending = [];
      size = 0;
    },
    read(text) {
      send({ read: parted ? pending.join('') : text });
      pending = [];
      size = 0;
    },
  };
}
