// How values from the API read on the page.

const regionNames = typeof Intl.DisplayNames === 'function' ? new Intl.DisplayNames(['en'], { type: 'region' }) : null;
const numbers = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });

/** "UZ Uzbekistan" for an ISO 3166-1 code; the code alone when the browser has no name for it. */
export function country(code) {
  if (typeof code !== 'string' || code === '') {
    return '';
  }
  let name = null;
  try {
    name = regionNames ? regionNames.of(code) : null;
  } catch (ignored) {
    name = null;
  }
  return name && name !== code ? code + ' ' + name : code;
}

const APPROX = { about: 'about ', over: 'over ', under: 'under ', exact: '' };

/** A normalised quantity: "over 1,500 person", "about 260,000,000 CNY", "12.2 %". */
export function quantity(value, unit, approx) {
  const amount = typeof value === 'number' ? numbers.format(value) : String(value ?? '');
  const prefix = APPROX[approx] ?? (approx ? approx + ' ' : '');
  if (unit === 'percent') {
    return prefix + amount + ' %';
  }
  return prefix + amount + (unit ? ' ' + unit : '');
}

/** The units of the FactSheet contract: a measure key names one of them. */
const UNITS = new Set(['CNY', 'USD', 'EUR', 'RUB', 'KZT', 'UZS', 'percent', 'person', 'project', 'case', 'item',
  'organization', 'country', 'city', 'MW', 'GW', 'PFLOPS', 'year', 'month', 'day', 'session', 'other']);

/**
 * A measure key's unit and what it measures: a known kind comes first ("investment:CNY"), a
 * subject's words come after the unit ("CNY:总投资,首期").
 */
function parts(text) {
  const colon = text.indexOf(':');
  if (colon < 0) {
    return { unit: text, what: '' };
  }
  const first = text.slice(0, colon);
  const second = text.slice(colon + 1);
  const kindFirst = UNITS.has(second) || (!UNITS.has(first) && /^[A-Z]{3}$/.test(second));
  const unit = kindFirst ? second : first;
  const what = (kindFirst ? first : second).split(/[,_]/).filter(Boolean).join(kindFirst ? ' ' : ', ');
  return { unit, what };
}

/** "investment:CNY" → "investment (CNY)", "CNY:investment,首期" → "investment, 首期 (CNY)": what a figure measures. */
export function measure(text) {
  if (typeof text !== 'string' || text === '') {
    return '';
  }
  const { unit, what } = parts(text);
  return what ? what + ' (' + unit + ')' : unit;
}

/** The unit part of a measure ("investment:CNY" → "CNY"). */
export function unitOf(measureText) {
  return typeof measureText === 'string' ? parts(measureText).unit : null;
}

/** A span as it is written in page addresses: "67-98". */
export function spanParam(span) {
  return isSpan(span) ? span[0] + '-' + span[1] : null;
}

/** "67-98" → [67, 98], or null. */
export function parseSpan(text) {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(text || '');
  if (!match) {
    return null;
  }
  const span = [Number(match[1]), Number(match[2])];
  return span[0] < span[1] ? span : null;
}

export function isSpan(value) {
  return Array.isArray(value) && value.length === 2 && Number.isInteger(value[0]) && Number.isInteger(value[1])
      && value[0] >= 0 && value[0] < value[1];
}

/** An address that may be a link target: http and https only. */
export function safeUrl(text) {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch (ignored) {
    return null;
  }
}

/** The BCP 47 tag of a FactSheet's language and script, for the text's lang attribute. */
export function languageTag(language, script) {
  if (typeof language !== 'string' || !/^[a-z]{2,3}$/.test(language)) {
    return null;
  }
  return typeof script === 'string' && /^[A-Z][a-z]{3}$/.test(script) ? language + '-' + script : language;
}

/** Text cut at a length for one-line labels, whole characters only. */
export function shorten(text, length) {
  const characters = Array.from(String(text ?? ''));
  return characters.length <= length ? characters.join('') : characters.slice(0, length - 1).join('') + '…';
}
