// An article's text beside its FactSheet: every fact highlighted at its offsets and listed by
// field; choosing a fact highlights its mentions and steps through them, choosing a highlight
// shows its fact. Optionally one cited sentence (and the words cited in it) stand out.
import { append, h } from '../dom.js';
import { articleFacts, factGroups } from '../facts.js';
import { languageTag } from '../format.js';
import { renderMarked } from '../marks.js';

const CITED_SENTENCE = 'cited-sentence';
const SIDE_BY_SIDE = window.matchMedia('(min-width: 62rem)');
const CITED_MENTION = 'cited-mention';

/**
 * text: the stored text; sheet: its FactSheet or null; cited: {sentence, mention} spans or null;
 * note: a message to show instead of facts (why there are none).
 */
export function readingView({ text, sheet, cited = {}, note = null }) {
  const groups = sheet ? factGroups(sheet) : [];
  const facts = new Map();
  const spans = [];
  for (const group of groups) {
    for (const fact of group.facts) {
      facts.set(fact.key, fact);
      fact.spans.forEach((span, i) => spans.push({ id: fact.key + '#' + i, start: span[0], end: span[1] }));
    }
  }
  const spanLength = new Map(spans.map((span) => [span.id, span.end - span.start]));
  for (const [id, span] of [[CITED_SENTENCE, cited.sentence], [CITED_MENTION, cited.mention]]) {
    if (span) {
      spans.push({ id, start: span[0], end: span[1] });
    }
  }

  const textElement = h('div', {
    class: 'article-text', lang: sheet ? languageTag(sheet.language, sheet.script) : null,
    'aria-label': 'Article text',
  });
  const marksById = renderMarked(textElement, text, spans, (mark, ids) => {
    const factSpans = ids.filter((id) => id.includes('#')).sort((a, b) => spanLength.get(a) - spanLength.get(b));
    if (factSpans.length > 0) {
      const keys = [...new Set(factSpans.map(factKeyOf))];
      mark.dataset.facts = keys.join(' ');
      mark.dataset.primary = keys[0];
      mark.classList.add('fact', 'f-' + facts.get(keys[0]).colour);
      if (keys.length > 1) {
        mark.classList.add('multi');
      }
    }
    if (ids.includes(CITED_SENTENCE)) {
      mark.classList.add(CITED_SENTENCE);
    }
    if (ids.includes(CITED_MENTION)) {
      mark.classList.add(CITED_MENTION);
    }
  });
  const shown = spans.filter((span) => marksById.has(span.id)).length;

  const selection = h('div', { class: 'selection', 'aria-live': 'polite', hidden: true });
  const buttons = new Map();
  let selected = null;

  function marksOf(key, index) {
    return marksById.get(key + '#' + index) || [];
  }

  function select(key, { mention = 0, from = 'list', alsoHere = [] } = {}) {
    for (const old of textElement.querySelectorAll('mark.selected, mark.current')) {
      old.classList.remove('selected', 'current');
    }
    for (const button of buttons.values()) {
      button.setAttribute('aria-pressed', 'false');
    }
    selected = key;
    if (key === null) {
      selection.hidden = true;
      selection.replaceChildren();
      return;
    }
    const fact = facts.get(key);
    fact.spans.forEach((span, i) => marksOf(key, i).forEach((mark) => mark.classList.add('selected')));
    const current = marksOf(key, mention);
    current.forEach((mark) => mark.classList.add('current'));
    const button = buttons.get(key);
    button.setAttribute('aria-pressed', 'true');
    if (from === 'list' && current.length > 0) {
      current[0].scrollIntoView({ block: 'center', behavior: 'auto' });
    } else if (from === 'text') {
      button.closest('details').open = true;
      // Beside the text the list scrolls to the fact; on a phone the list is far below, and the
      // selection shows in a bar at the bottom of the screen instead (style.css).
      if (SIDE_BY_SIDE.matches) {
        button.scrollIntoView({ block: 'nearest', behavior: 'auto' });
      }
    }
    showSelection(fact, mention, alsoHere);
  }

  function showSelection(fact, mention, alsoHere) {
    const count = fact.spans.length;
    // Stepping rebuilds these buttons: the focus goes back to the one pressed, for keyboard use.
    const step = (delta, name) => () => {
      select(fact.key, { mention: (mention + delta + count) % count });
      selection.querySelector('[data-step="' + name + '"]').focus();
    };
    selection.replaceChildren();
    append(selection, [
        h('p', { class: 'selection-title' }, h('span', { class: 'swatch f-' + fact.colour, 'aria-hidden': 'true' }),
            h('strong', {}, fact.title), fact.detail ? ' · ' + fact.detail : null),
        h('p', { class: 'selection-nav' },
            count > 0 ? 'Mention ' + (mention + 1) + ' of ' + count : 'No mention in the text',
            count > 1 ? h('button', { type: 'button', 'data-step': 'previous', onclick: step(-1, 'previous') }, 'Previous') : null,
            count > 1 ? h('button', { type: 'button', 'data-step': 'next', onclick: step(1, 'next') }, 'Next') : null,
            h('button', { type: 'button', onclick: () => select(null) }, 'Clear')),
        alsoHere.length > 0 ? h('div', { class: 'also-here' }, 'Also at this place: ',
            alsoHere.map((other) => h('button', { type: 'button', class: 'link-button',
              onclick: () => select(other, { mention: mentionAt(other, selectedMark), from: 'text' }) },
            facts.get(other).title))) : null]);
    selection.hidden = false;
  }

  let selectedMark = null;

  function mentionAt(key, mark) {
    const fact = facts.get(key);
    for (let i = 0; i < fact.spans.length; i++) {
      if (marksOf(key, i).includes(mark)) {
        return i;
      }
    }
    return 0;
  }

  textElement.addEventListener('click', (event) => {
    const mark = event.target.closest('mark[data-facts]');
    if (!mark) {
      return;
    }
    selectedMark = mark;
    const keys = mark.dataset.facts.split(' ');
    const primary = mark.dataset.primary;
    select(primary, { mention: mentionAt(primary, mark), from: 'text', alsoHere: keys.filter((k) => k !== primary) });
  });

  const factsPanel = h('aside', { class: 'facts-panel', 'aria-labelledby': 'facts-heading' },
      h('h2', { id: 'facts-heading' }, 'Facts'),
      sheet ? h('dl', { class: 'article-facts' },
          articleFacts(sheet).map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])) : null,
      note ? h('p', { class: 'note' }, note) : null,
      sheet && groups.length === 0 ? h('p', { class: 'note' }, 'No facts were found in this text.') : null,
      shown < spans.length ? h('p', { class: 'note' },
          (spans.length - shown) + ' mention(s) lie outside the text and are not highlighted.') : null,
      selection,
      groups.map((group) => h('details', { class: 'fact-group', open: true, 'data-group': group.field },
          h('summary', {}, h('span', { class: 'swatch f-' + group.colour, 'aria-hidden': 'true' }),
              group.label + ' (' + group.facts.length + ')'),
          h('ul', {}, group.facts.map((fact) => {
            const button = h('button', {
              type: 'button', class: 'fact-button', 'data-fact': fact.key, 'aria-pressed': 'false',
              onclick: () => select(selected === fact.key ? null : fact.key),
            },
            h('span', { class: 'fact-title' }, fact.title),
            fact.detail ? h('span', { class: 'fact-detail' }, fact.detail) : null,
            h('span', { class: 'fact-count', title: 'mentions in the text' }, fact.spans.length + '×'));
            buttons.set(fact.key, button);
            return h('li', {}, button);
          })))));

  const element = h('section', { class: 'reading' },
      h('div', { class: 'text-panel' }, h('h2', {}, 'Text'), textElement),
      factsPanel);

  return {
    element,
    /** Scrolls the cited sentence into view, if there is one. */
    showCited() {
      const first = textElement.querySelector('.' + CITED_MENTION) || textElement.querySelector('.' + CITED_SENTENCE);
      if (first) {
        first.scrollIntoView({ block: 'center', behavior: 'auto' });
      }
    },
  };
}

function factKeyOf(spanId) {
  return spanId.slice(0, spanId.indexOf('#'));
}
