// A FactSheet (schema factsheet/1) as groups of facts, each with the spans of its mentions.
// Fields the page does not know yet are shown too, when their items carry offsets.
import { country, isSpan, quantity, shorten } from './format.js';

const FIELDS = [
  { field: 'countries', label: 'Countries', title: (f) => f.name || f.code, detail: (f) => country(f.code) },
  { field: 'places', label: 'Places', title: (f) => f.name, detail: (f) => country(f.country) },
  { field: 'organizations', label: 'Organisations', title: (f) => f.name, detail: (f) => country(f.country) },
  {
    field: 'people', label: 'People', title: (f) => f.name,
    detail: (f) => [f.title, f.affiliation, country(f.country)].filter(Boolean).join(' · '),
  },
  { field: 'events', label: 'Events', title: (f) => f.name, detail: (f) => [f.date, f.place].filter(Boolean).join(' · ') },
  { field: 'documents', label: 'Documents', title: (f) => f.name, detail: () => '' },
  {
    field: 'projects', label: 'Projects and cases', title: (f) => f.name,
    detail: (f) => [f.category, (f.countries || []).join(' '), (f.parties || []).join(', ')].filter(Boolean).join(' · '),
  },
  {
    field: 'quantities', label: 'Figures', title: (f) => f.text || String(f.value),
    detail: (f) => quantity(f.value, f.unit, f.approx) + (f.subject ? ' · ' + f.subject : ''),
  },
  { field: 'quotes', label: 'Quotes', title: (f) => f.speaker || 'Unattributed', detail: (f) => '“' + shorten(f.text, 60) + '”' },
  {
    field: 'dates', label: 'Dates', title: (f) => f.text || f.date,
    detail: (f) => [f.date, f.precision, f.relative ? 'resolved against the publication date' : null].filter(Boolean).join(' · '),
  },
];

const KNOWN = new Set(FIELDS.map((spec) => spec.field));

/** The spans of an item: its "mentions" ([[s, e], …]) or its "mention" ([s, e] or [[s, e], …]). */
export function spansOf(item) {
  const raw = item && (item.mentions ?? item.mention);
  if (isSpan(raw)) {
    return [raw];
  }
  return Array.isArray(raw) ? raw.filter(isSpan) : [];
}

/**
 * [{field, label, colour, facts: [{key, field, title, detail, spans, colour}]}], known fields first in reading
 * order, then any other list field whose items have offsets. key is "field.index".
 */
export function factGroups(sheet) {
  const groups = [];
  for (const spec of FIELDS) {
    groups.push(group(spec, sheet[spec.field]));
  }
  for (const [field, items] of Object.entries(sheet)) {
    if (!KNOWN.has(field) && Array.isArray(items) && items.some((item) => spansOf(item).length > 0)) {
      groups.push(group({ field, label: field, title: genericTitle, detail: () => '' }, items));
    }
  }
  return groups.filter((g) => g.facts.length > 0);
}

function group(spec, items) {
  const facts = (Array.isArray(items) ? items : []).map((item, index) => ({
    key: spec.field + '.' + index,
    field: spec.field,
    title: String(spec.title(item) ?? ''),
    detail: String(spec.detail(item) ?? ''),
    spans: spansOf(item),
    colour: KNOWN.has(spec.field) ? spec.field : 'other',
  }));
  return { field: spec.field, label: spec.label, colour: KNOWN.has(spec.field) ? spec.field : 'other', facts };
}

function genericTitle(item) {
  return item.name ?? item.text ?? item.code ?? JSON.stringify(item);
}

/** What the sheet says about the article as a whole: [label, value] pairs. */
export function articleFacts(sheet) {
  const pairs = [
    ['Title', sheet.title],
    ['Published', sheet.publishedOn],
    ['Publisher', sheet.publisher],
    ['Reporters', Array.isArray(sheet.reporters) ? sheet.reporters.join(', ') : null],
    ['Language', [sheet.language, sheet.script].filter(Boolean).join(' ')],
    ['Extractor', sheet.extractor],
  ];
  return pairs.filter(([, value]) => value !== null && value !== undefined && value !== '');
}
