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

/** "CNY:investment,首期" → "investment, 首期 (CNY)": what a figure measures. */
export function measure(text) {
  if (typeof text !== 'string' || text === '') {
    return '';
  }
  const colon = text.indexOf(':');
  const unit = colon < 0 ? text : text.slice(0, colon);
  const what = colon < 0 ? '' : text.slice(colon + 1).split(',').filter(Boolean).join(', ');
  return what ? what + ' (' + unit + ')' : unit;
}

/** The unit part of a measure ("CNY:investment" → "CNY"). */
export function unitOf(measureText) {
  return typeof measureText === 'string' ? measureText.split(':')[0] : null;
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
