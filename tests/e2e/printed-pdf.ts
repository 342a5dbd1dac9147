import { inflateSync } from 'node:zlib';

/**
 * The content of a PDF as a browser printed it, without its dates: each stream's data,
 * inflated where it is compressed. Two prints of the same page look alike on paper when these
 * are equal.
 */
export function printedStreams(pdf: Uint8Array): string[] {
  const text = Buffer.from(pdf).toString('latin1');
  const streams: string[] = [];
  const start = /(?<!end)stream\r?\n/g;
  for (let found = start.exec(text); found; found = start.exec(text)) {
    const from = found.index + found[0].length;
    const to = text.indexOf('endstream', from);
    if (to < 0) throw new Error('A PDF stream without its end');
    const data = Buffer.from(text.slice(from, to), 'latin1');
    try {
      streams.push(withoutDates(inflateSync(data).toString('latin1')));
    } catch {
      streams.push(withoutDates(data.toString('latin1')));
    }
    start.lastIndex = to;
  }
  if (streams.length === 0) throw new Error('A PDF with no stream');
  return streams;
}

/** The document's own dates (Firefox keeps its Info in a compressed object stream). */
function withoutDates(stream: string): string {
  return stream.replace(/\/(CreationDate|ModDate) \([^)]*\)/g, '/$1 ()');
}
