// Highlights spans of a text. Offsets are UTF-16 code units, as the FactSheet gives them and as
// JavaScript strings count, so they index the text directly; spans may overlap or nest (a
// project name holds the countries of 中乌), so the text is cut at every span boundary and each
// piece knows every span covering it.
import { isSpan } from './format.js';

/**
 * The pieces of a text of this length: [{start, end, ids}] in order, ids being the ids of the
 * spans ({id, start, end}) covering the piece. Spans outside the text are left out.
 */
export function pieces(length, spans) {
  const valid = spans.filter((span) => isSpan([span.start, span.end]) && span.end <= length);
  const boundaries = new Set([0, length]);
  for (const span of valid) {
    boundaries.add(span.start);
    boundaries.add(span.end);
  }
  const cuts = [...boundaries].sort((a, b) => a - b);
  const starting = new Map();
  for (const span of valid) {
    if (!starting.has(span.start)) {
      starting.set(span.start, []);
    }
    starting.get(span.start).push(span);
  }
  const open = new Set();
  const result = [];
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i];
    const end = cuts[i + 1];
    for (const span of open) {
      if (span.end <= start) {
        open.delete(span);
      }
    }
    for (const span of starting.get(start) || []) {
      open.add(span);
    }
    result.push({ start, end, ids: [...open].map((span) => span.id) });
  }
  return result;
}

/**
 * Writes the text into the container as text nodes, with a <mark> around each covered piece.
 * decorate(mark, ids) sets the mark's classes and data. Returns the marks by span id.
 */
export function renderMarked(container, text, spans, decorate) {
  const marksById = new Map();
  const fragment = document.createDocumentFragment();
  for (const piece of pieces(text.length, spans)) {
    const node = document.createTextNode(text.slice(piece.start, piece.end));
    if (piece.ids.length === 0) {
      fragment.appendChild(node);
      continue;
    }
    const mark = document.createElement('mark');
    mark.appendChild(node);
    decorate(mark, piece.ids);
    for (const id of piece.ids) {
      if (!marksById.has(id)) {
        marksById.set(id, []);
      }
      marksById.get(id).push(mark);
    }
    fragment.appendChild(mark);
  }
  container.replaceChildren(fragment);
  return marksById;
}
