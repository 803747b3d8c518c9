// A case or an event across the articles that name it: its names and why they were taken as
// one, what sources say of it, each figure and quoted sentence linked to the sentence of the
// article it comes from, and where sources disagree, side by side. Fields the API does not give
// (yet) are left out.
import { call } from '../api.js';
import { append, h, joined } from '../dom.js';
import { country, isSpan, measure, quantity, spanParam, unitOf } from '../format.js';
import { href } from '../router.js';
import { parentLink } from './listing.js';

const KINDS = {
  case: { function: 'caseSummary', idField: 'caseId', noun: 'Case', facts: caseFacts, sections: caseSections },
  event: { function: 'eventSummary', idField: 'eventId', noun: 'Event', facts: eventFacts, sections: eventSections },
};

export async function dossierView(container, params, kind) {
  const spec = KINDS[kind];
  const id = params.get('id') || '';
  const heading = h('h1', { id: 'page-heading', tabindex: '-1' }, spec.noun + ' ' + id);
  container.append(heading, h('p', { class: 'loading' }, 'Loading…'));
  let dossier;
  try {
    dossier = await call(spec.function, { [spec.idField]: id });
  } catch (error) {
    container.replaceChildren(heading, h('p', { class: 'error', role: 'alert' }, error.message));
    return spec.noun + ' not found';
  }
  const sources = new Map((dossier.sources || []).map((source) => [source.articleId, source]));
  heading.textContent = dossier.name || spec.noun + ' ' + id;
  container.replaceChildren();
  append(container, [heading,
      h('p', { class: 'kind' }, spec.noun, ' · ', h('code', {}, id)),
      aliasesLine(dossier.aliases),
      h('dl', { class: 'meta' }, spec.facts(dossier).filter(([, value]) => present(value))
          .map(([label, value]) => [h('dt', {}, label), h('dd', {}, value)])),
      spec.sections(dossier, sources)]);
  return dossier.name || spec.noun;
}

function present(value) {
  return value !== null && value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0);
}

function aliasesLine(aliases) {
  return Array.isArray(aliases) && aliases.length > 0 ? h('p', { class: 'aliases' }, 'Also written: ' + aliases.join(' · ')) : null;
}

function caseFacts(dossier) {
  return [
    ['Category', dossier.category],
    ['Countries', list(dossier.countries).map(country).join(', ')],
    ['Parties', list(dossier.parties).join(', ')],
  ];
}

function eventFacts(dossier) {
  return [
    ['Date', dossier.date],
    ['Place', dossier.place],
    ['Organisers', list(dossier.organisers).join(', ')],
    ['Part of', dossier.parent ? parentLink(dossier.parent) : null],
  ];
}

function caseSections(dossier, sources) {
  return [
    summary(dossier, sources),
    section('Figures', 'figures', figureTable(dossier.figures, sources)),
    conflicts(dossier.conflicts, sources),
    timeline(dossier.timeline, sources),
    mergedNames(dossier.mergedNames, sources),
    sourceList(dossier.sources),
  ];
}

function eventSections(dossier, sources) {
  return [
    summary(dossier, sources),
    section('Attendance', 'attendance', figureTable(dossier.attendance, sources)),
    section('Figures', 'figures', figureTable(dossier.figures, sources)),
    conflicts(dossier.conflicts, sources),
    section('Signed or launched there', 'projects', namesLinkedToCases(dossier.projects)),
    section('Documents', 'documents', plainList(dossier.documents)),
    section('Sub-events', 'sub-events', subEvents(dossier.subEvents)),
    timeline(dossier.timeline, sources),
    mergedNames(dossier.mergedNames, sources),
    sourceList(dossier.sources),
  ];
}

function list(value) {
  return Array.isArray(value) ? value : [];
}

function section(title, name, content) {
  return content ? h('section', { class: 'dossier-section', 'data-section': name, 'aria-labelledby': 'section-' + name },
      h('h2', { id: 'section-' + name }, title), content) : null;
}

/** The smallest sentence of the source that holds the span, so a link can highlight it. */
function sentenceAround(source, span) {
  let best = null;
  for (const sentence of list(source && source.sentences)) {
    if (isSpan(sentence) && sentence[0] <= span[0] && span[1] <= sentence[1]
        && (best === null || sentence[1] - sentence[0] < best[1] - best[0])) {
      best = sentence;
    }
  }
  return best;
}

/** A link to the article view with the cited words and their sentence highlighted. */
function citationLink(citation, sources) {
  const source = sources.get(citation.articleId);
  const mention = isSpan(citation.mention) ? citation.mention : null;
  const sentence = mention ? sentenceAround(source, mention) : null;
  const label = [citation.publisher || (source && source.publisher) || (source && source.title) || citation.articleId,
    citation.publishedOn || (source && source.publishedOn)].filter(Boolean).join(', ');
  return h('a', {
    class: 'source-link', 'data-article': citation.articleId,
    href: href('article', { id: citation.articleId, sentence: spanParam(sentence), mark: spanParam(mention) }),
  }, label);
}

function citations(items, sources) {
  return h('span', { class: 'citations' }, joined(list(items).map((citation) => citationLink(citation, sources)), '; '));
}

function figureTable(figures, sources) {
  const rows = list(figures);
  if (rows.length === 0) {
    return null;
  }
  return h('table', { class: 'figures' },
      h('thead', {}, h('tr', {}, ['Figure', 'As written', 'Measures', 'Sources'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, rows.map((figure) => h('tr', {},
          h('td', { class: 'value' }, quantity(figure.value, figure.unit, figure.approx)),
          h('td', {}, figure.text || ''),
          h('td', {}, [figure.subject, measure(figure.measure)].filter(Boolean).join(' · ')),
          h('td', {}, citations(figure.sources, sources))))));
}

function claimValue(conflict, claim) {
  if (conflict.field === 'figure' && typeof claim.value === 'number') {
    return quantity(claim.value, unitOf(conflict.measure), null);
  }
  return typeof claim.value === 'object' ? JSON.stringify(claim.value) : String(claim.value ?? '');
}

function conflicts(items, sources) {
  const all = list(items);
  if (all.length === 0) {
    return null;
  }
  return section('Where sources disagree', 'conflicts', all.map((conflict) => h('div', { class: 'conflict' },
      h('h3', {}, conflict.field === 'figure' ? 'Figure: ' + measure(conflict.measure) : conflict.field),
      h('div', { class: 'claims' }, list(conflict.claims).map((claim) => h('div', { class: 'claim' },
          h('p', { class: 'claim-value' }, claimValue(conflict, claim)),
          claim.text ? h('p', { class: 'claim-text' }, 'as written: ', h('q', {}, claim.text)) : null,
          h('p', { class: 'claim-sources' }, 'according to ', citations(claim.sources, sources))))))));
}

function summary(dossier, sources) {
  const sentences = list(dossier.summarySentences).filter((s) => s && typeof s.text === 'string');
  if (sentences.length === 0) {
    return dossier.summary ? section('Summary', 'summary', h('blockquote', {}, dossier.summary)) : null;
  }
  return section('Summary, quoted from the sources', 'summary', h('blockquote', {}, joined(sentences.map((sentence) => [
    sentence.text, ' ', h('a', {
      class: 'source-link', href: href('article', { id: sentence.articleId, sentence: spanParam(sentence.span) }),
      'aria-label': 'source of this sentence: ' + sourceName(sources.get(sentence.articleId), sentence.articleId),
    }, '[source]')]), ' ')));
}

function sourceName(source, articleId) {
  return source ? [source.publisher, source.title].filter(Boolean).join(': ') || articleId : articleId;
}

function timeline(entries, sources) {
  const all = list(entries);
  if (all.length === 0) {
    return null;
  }
  return section('Timeline', 'timeline', h('ol', { class: 'timeline' }, all.map((entry) => h('li', {},
      h('time', {}, entry.date || ''), ' ', entry.kind ? h('span', { class: 'tag' }, entry.kind) : null, ' ',
      entry.text || '', ' ',
      entry.articleId ? h('a', { href: href('article', { id: entry.articleId }) },
          sourceName(sources.get(entry.articleId), entry.articleId)) : null))));
}

function mergedNames(names, sources) {
  const all = list(names);
  if (all.length === 0) {
    return null;
  }
  return section('Names, and why they were taken as one', 'merged-names', h('ul', { class: 'merged' }, all.map((name) =>
    h('li', {}, h('strong', {}, name.name || ''), name.why ? h('span', { class: 'why' }, name.why) : null,
        list(name.articleIds).length > 0 ? h('span', { class: 'citations' }, 'in ', joined(list(name.articleIds).map((articleId) =>
          h('a', { href: href('article', { id: articleId }) }, sourceName(sources.get(articleId), articleId))), '; ')) : null))));
}

function sourceList(items) {
  const all = list(items);
  if (all.length === 0) {
    return null;
  }
  return section('Sources', 'sources', h('ul', { class: 'sources' }, all.map((source) => h('li', {},
      h('a', { href: href('article', { id: source.articleId }) }, source.title || source.articleId),
      h('span', { class: 'source-meta' }, [source.publisher, source.publishedOn].filter(Boolean).join(', ')),
      source.nameAsWritten ? h('span', { class: 'source-meta' }, 'names it “' + source.nameAsWritten + '”') : null,
      list(source.sentences).filter(isSpan).length > 0 ? h('span', { class: 'citations' }, 'sentences: ',
          joined(list(source.sentences).filter(isSpan).map((sentence, i) => h('a', {
            href: href('article', { id: source.articleId, sentence: spanParam(sentence) }),
            'aria-label': 'sentence ' + (i + 1) + ' of ' + (source.title || source.articleId),
          }, String(i + 1))), ' ')) : null))));
}

function namesLinkedToCases(names) {
  const all = list(names).filter((name) => typeof name === 'string');
  return all.length === 0 ? null : h('ul', {}, all.map((name) =>
    h('li', {}, h('a', { href: href('cases', { text: name }) }, name))));
}

function plainList(names) {
  const all = list(names).filter((name) => typeof name === 'string');
  return all.length === 0 ? null : h('ul', {}, all.map((name) => h('li', {}, name)));
}

function subEvents(items) {
  const all = list(items).filter(Boolean);
  return all.length === 0 ? null : h('ul', {}, all.map((item) => h('li', {}, parentLink(item),
      typeof item === 'object' && (item.date || item.place)
        ? h('span', { class: 'source-meta' }, [item.date, item.place].filter(Boolean).join(', ')) : null)));
}
