// The case and event lists: the API's filters as a form whose values live in the address, one
// page of results, and the page token of the next page as a link (back is the browser's back).
import { call } from '../api.js';
import { h, joined } from '../dom.js';
import { country } from '../format.js';
import { clearErrors, field, formError, showError } from '../forms.js';
import { href, navigate } from '../router.js';

const PAGE_SIZES = [['20', '20'], ['50', '50'], ['100', '100']];

const countryFilter = {
  name: 'country', label: 'Country', hint: 'ISO code such as UZ, KZ or CN',
  attributes: { type: 'text', maxlength: 2, autocomplete: 'off', size: 4 },
};

const LISTINGS = {
  cases: {
    title: 'Cases',
    lead: 'Cooperation cases gathered across every article that names them.',
    function: 'listCases',
    filters: [countryFilter,
      { name: 'category', label: 'Category', hint: 'As sources name it, such as 服务民生', attributes: { type: 'text' } },
      { name: 'text', label: 'Name contains', hint: 'A word, or at least two Chinese characters', attributes: { type: 'search' } }],
    columns: ['Name', 'Countries', 'Category', 'Articles'],
    row: (item) => [
      nameCell(href('case', { id: item.caseId }), item.name, item.aliases),
      joined((item.countries || []).map(countryCode)),
      item.category || '',
      String(item.articleCount ?? ''),
    ],
  },
  events: {
    title: 'Events',
    lead: 'Forums, summits and their sub-events gathered across every article that reports them.',
    function: 'listEvents',
    filters: [countryFilter,
      { name: 'year', label: 'Year', hint: 'Such as 2025', attributes: { type: 'text', inputmode: 'numeric', maxlength: 4, size: 6 } },
      { name: 'text', label: 'Name contains', hint: 'A word, or at least two Chinese characters', attributes: { type: 'search' } }],
    columns: ['Name', 'Date', 'Place', 'Articles'],
    row: (item) => [
      nameCell(href('event', { id: item.eventId }), item.name, item.aliases, item.parent),
      item.date || '',
      item.place || '',
      String(item.articleCount ?? ''),
    ],
  },
};

function countryCode(code) {
  return h('abbr', { title: country(code) }, code);
}

function nameCell(link, name, aliases, parent) {
  return [
    h('a', { href: link }, name || '(unnamed)'),
    Array.isArray(aliases) && aliases.length > 0 ? h('span', { class: 'aliases' }, 'also: ' + aliases.join(' · ')) : null,
    parent ? h('span', { class: 'aliases' }, 'part of ', parentLink(parent)) : null,
  ];
}

/** An event's parent as the API gives it: an id, or an object with eventId and name. */
export function parentLink(parent) {
  const id = typeof parent === 'string' ? parent : parent && parent.eventId;
  const name = typeof parent === 'object' && parent && parent.name ? parent.name : id;
  return id ? h('a', { href: href('event', { id }) }, name) : null;
}

export async function listingView(container, params, kind) {
  const listing = LISTINGS[kind];
  const values = {};
  for (const filter of listing.filters) {
    values[filter.name] = params.get(filter.name) || '';
  }
  const limit = params.get('limit') || '';
  const token = params.get('page') || '';

  const form = h('form', { class: 'filters', role: 'search', 'aria-label': 'Filter ' + listing.title.toLowerCase() },
      formError(),
      h('div', { class: 'field-row' },
          listing.filters.map((filter) => field({ ...filter, value: values[filter.name] })),
          field({ name: 'limit', label: 'Per page', control: 'select', options: PAGE_SIZES, value: limit || '20' }),
          h('div', { class: 'actions' }, h('button', { type: 'submit' }, 'Show'))));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const chosen = {};
    for (const filter of listing.filters) {
      chosen[filter.name] = form.elements[filter.name].value.trim();
    }
    chosen.limit = form.elements.limit.value === '20' ? '' : form.elements.limit.value;
    navigate(href(kind, chosen));
  });

  const results = h('div', { class: 'results', 'aria-live': 'polite' }, h('p', { class: 'loading' }, 'Loading…'));
  container.append(h('h1', { id: 'page-heading', tabindex: '-1' }, listing.title),
      h('p', { class: 'lead' }, listing.lead), form, results);

  const request = {};
  for (const filter of listing.filters) {
    if (values[filter.name]) {
      request[filter.name] = filter.name === 'year' && /^\d+$/.test(values.year) ? Number(values.year) : values[filter.name];
    }
  }
  if (limit) {
    request.limit = Number(limit);
  }
  if (token) {
    request.pageToken = token;
  }
  let page;
  try {
    page = await call(listing.function, request);
  } catch (error) {
    results.replaceChildren();
    clearErrors(form);
    showError(form, error);
    return listing.title;
  }
  const items = Array.isArray(page.items) ? page.items : [];
  results.replaceChildren(
      items.length === 0
        ? h('p', { class: 'note' }, page.next ? 'Nothing on this page; the next page may hold more.'
          : token ? 'No more results.' : 'Nothing matches these filters yet.')
        : h('table', { class: 'listing' },
            h('caption', {}, items.length + (items.length === 1 ? ' result' : ' results') + (token ? ' (a later page)' : '')),
            h('thead', {}, h('tr', {}, listing.columns.map((column) => h('th', { scope: 'col' }, column)))),
            h('tbody', {}, items.map((item) => h('tr', {}, listing.row(item).map((cell) => h('td', {}, cell)))))),
      h('nav', { class: 'paging', 'aria-label': 'Pages' },
          token ? h('a', { href: href(kind, { ...values, limit, page: '' }) }, 'First page') : null,
          page.next ? h('a', { href: href(kind, { ...values, limit, page: page.next }), rel: 'next' }, 'Next page') : null));
  return listing.title;
}
