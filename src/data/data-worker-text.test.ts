/** A text sent on from the worker as it is read: parts of about PART_CHARS characters, then the rest. */
import { describe, expect, it } from 'vitest';
import { PART_CHARS, partSender } from './data-worker-text';

describe('partSender', () => {
  it('sends pieces in parts of at least PART_CHARS characters, then the rest, which join into the text', () => {
    const sent: ({ part: string } | { read: string })[] = [];
    const sender = partSender((message) => sent.push(message));
    const piece = 'й'.repeat(PART_CHARS / 4 + 1);
    const text = piece.repeat(9);
    for (let i = 0; i < 9; i++) sender.part(piece);
    sender.read(text);
    // Four pieces make a part; the ninth is the rest.
    expect(sent.map((m) => ('part' in m ? `part ${m.part.length}` : `read ${m.read.length}`))).toEqual([
      `part ${4 * piece.length}`,
      `part ${4 * piece.length}`,
      `read ${piece.length}`,
    ]);
    expect(sent.map((m) => ('part' in m ? m.part : m.read)).join('')).toBe(text);
  });

  it('sends a text read without pieces whole, and a small one only at its end', () => {
    const whole: unknown[] = [];
    partSender((message) => whole.push(message)).read('{"a":1}');
    expect(whole).toEqual([{ read: '{"a":1}' }]);

    const small: unknown[] = [];
    const sender = partSender((message) => small.push(message));
    sender.part('{"a":');
    expect(small).toEqual([]);
    sender.part('1}');
    sender.read('{"a":1}');
    expect(small).toEqual([{ read: '{"a":1}' }]);
  });
});
