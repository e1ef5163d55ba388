'use strict';
// Shared pieces for the held-out layout corpus: a seeded random source, invented people and numbers
// (valid IBAN check digits, BSN 11-test), and the recorder that collects every planted item for the manifest.
// Everything here is invented for this corpus; the only real names are public office holders and public bodies.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');

function mulberry32(seed) {
  return function () {
    seed |= 0; seed = (seed + 0x6D2B79F5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const rnd = mulberry32(20240517);
const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const pick = (a) => a[Math.floor(rnd() * a.length)];
const digits = (n) => Array.from({ length: n }, () => int(0, 9)).join('');

// ---- invented people -------------------------------------------------------------------------------------------
const FIRST = `Anouk Bram Celine Daan Eline Floor Gijs Hanneke Iris Jelle Karlijn Lieke Maarten Noor Olaf Petra Quinten
Roos Sander Tessa Ubbo Vera Wouter Xandra Yvonne Zeger Annelies Bastiaan Cornelia Dirk-Jan Esmee Frits Geertje Hidde
Ilse Joost Kees Loes Marieke Niels Otto Pien Rutger Sietske Teun Ursula Valentijn Willemijn Yara Zoë Aart Berber
Coen Dorien Egbert Femke Govert Hester Ivo Jorien Klaas-Jan Lotte Menno Nathalie Onno Pauline Reinout Saskia Thijs
Vincent Wendelien Amira Bouchra Cem Dewi Emre Fatima Gökhan Hatice Ilias Jamila Kerem Latifa Mehmet Nadia Orhan
Priya Rachid Samira Tarik Umut Yasmina Zeynep Arjen Brechtje Christiaan Diederik Evelien Fokke Gerrit Hiske Ids Jantien
Koos Leendert Mirjam Nienke Oene Pleun Rixt Sjoerd Trijntje Wiebe Ynte Albertine Benthe Casper Doortje Ewout Froukje
Gosse Harmke Ieme Jildou Kasper Liesbeth Meinte Nynke Okke Romke Siebren Tjitske Wobbe Aukje Binne Dieuwke Eeltje
Folkert Grietje Heino Inge Jurre Klaasje Lambert Mattheus Nelleke Otger Renske Sipke Tjeerd Wietske Anne-Fleur
Bart-Jan Carlijn Dominique Emiel Fenna Guusje Hendrikje Isabelle Joris Kiki Laurens Madelief Nout Olivier Philippine
Radboud Stijn Thirza Valerie Wessel`.split(/\s+/);
const SUR = `Kooistra Brouwer-Dekker Hoogeveen Terpstra Zwagerman Oudshoorn Wijnberg Ketelaar Nijenhuis Rademaker Bosschaart
Veldkamp Lammerts Stellingwerf Dijkgraaf Overbeek Schaapman Klaassen-Verhoef Hooijmaijers Bergsma Wiersma-Tjalma Eikenboom
Spijkerman Hamstra Vlietstra Mulderij Groeneveld Roozendaal Achterberg Boschma Ruitenbeek Kremers Lubbers-Haan Teunissen
Vermeulen Zijlstra Hofstede Wolters-Mensink Ploeg Nieuwkoop Smeenk Stapert Broekhuizen Bouwmeester Koopmans-Riet Mensink
Drenthen Hazelhoff Rijnders Dalhuisen Oosterwijk Tuinman Keijzer-Bol Lindeboom Sterrenburg Wassenaar-Pronk Heesbeen
Baarspul Bloemendaal Driessen Eilander Fokkema Gerritsma Haverkort Huisman-Bakx Ingwersen Jagersma Kalsbeek Lagerwey
Meerburg Nauta Obbema Pasveer Reitsma Schotanus Talsma Uitterhoeve Verbrugge Westerhof-Kuipers Yntema Zandbergen
Aalbersberg Bijlsma Coenraads Doornbos Elzinga Feenstra Gorter Holwerda Idema Jellema Kingma Louwsma Miedema Nijboer
Oldenburger Posthuma Rinsma Sikkema Tuinstra Veenstra-Hoekstra Wielenga Abbink Boerrigter Cuppen Dinkelberg Esselink
Flierman Gosselink Hulshof Ilbrink Jeuken Kamphuis Leferink Maatman Nijhof Overmars Poelman Roerink Scholten-Hegeman
Tijhuis Vrielink Wessels-Ophof Akkerman Bulthuis Colenbrander Demmers Ekkelboom Frieling Geurtsen Hendriksen Immink
Jolink Kloosterboer Luttikhuis Mentink Niehof Oude Wesselink Pelgrim Ribbers Slotboom Tenhagen Vossebelt Wigman Zweers`.split(/\s+/);
// surnames with a prefix (tussenvoegsel); written "Van der Berg" at the start of a sentence, "van der Berg" inside one
const PREFIXED = `van der Meulen|van den Heuvel-Schouten|de Bruijn|van Dijk-Hofman|ter Horst|van 't Hof|de Wit-Roeleveld|
van Leeuwen|van der Zande|in 't Veld|van Os|de Graaf-Vellinga|van der Linden|ten Brinke|van Beek-Sijtsma|de Haan|
van Rossum|op den Kamp|van der Heijden-Strik|van Wijk|de Lange|van Amerongen|van der Veen-Slagter|van Gelder|
van den Broek-Doesburg|de Vos|ter Haar|van Vliet|van Zanten-Lourens|de Ridder|van der Sluis|van Kempen|
van der Laan-IJzerman|uit den Bogaard|de Koning-Spaans|van Oostrom|van der Wal-Bleeker|van Hal|ten Cate|van Eijk`.split(/\|\s*/);

const FEMALE = new Set(`Anouk Celine Eline Floor Hanneke Iris Karlijn Lieke Noor Petra Roos Tessa Vera Xandra Yvonne Annelies
Cornelia Esmee Geertje Ilse Loes Marieke Pien Sietske Ursula Willemijn Yara Zoë Berber Dorien Femke Hester Jorien Lotte
Nathalie Pauline Saskia Wendelien Amira Bouchra Dewi Fatima Hatice Jamila Latifa Nadia Priya Samira Yasmina Zeynep
Brechtje Evelien Hiske Jantien Mirjam Nienke Pleun Rixt Trijntje Albertine Benthe Doortje Froukje Harmke Jildou Liesbeth
Nynke Tjitske Aukje Dieuwke Grietje Inge Klaasje Nelleke Renske Wietske Anne-Fleur Carlijn Dominique Fenna Guusje
Hendrikje Isabelle Kiki Madelief Philippine Thirza Valerie`.split(/\s+/));
const usedFirst = new Set();
const usedSur = new Set();
const usedFull = new Set();
function person(opts = {}) {
  let first, sur, tries = 0;
  const wantPrefix = opts.prefix ?? rnd() < 0.4;
  do { first = opts.first || pick(FIRST); tries++; } while (usedFirst.has(first) && tries < 60);
  tries = 0;
  do { sur = opts.surname || (wantPrefix ? pick(PREFIXED) : pick(SUR)); tries++; }
  while ((usedSur.has(sur) && tries < 60) || usedFull.has(first + ' ' + sur));
  usedFirst.add(first); usedSur.add(sur); usedFull.add(first + ' ' + sur);
  const parts = sur.split(' ');
  const prefix = wantPrefix ? parts.slice(0, -1).join(' ') : '';
  const last = wantPrefix ? parts[parts.length - 1] : sur;
  const letters = 'ABCDEFGHIJKLMNOPRSTW';
  const extra = rnd() < 0.5 ? '' : pick(letters.split('')) + '.';
  const initials = first.split('-').map((p) => p[0] + '.').join('') + extra;
  const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);
  const full = [first, prefix, last].filter(Boolean).join(' ');
  const p = {
    first, prefix, last, initials, full,
    formal: [initials, prefix, last].filter(Boolean).join(' '),          // J.P. van der Meulen
    capFormal: [prefix ? cap(prefix) : '', last].filter(Boolean).join(' '), // Van der Meulen (as surname alone)
    surname: [prefix, last].filter(Boolean).join(' '),                   // van der Meulen
    sortName: [last + ',', initials, prefix].filter(Boolean).join(' '),   // Meulen, J.P. van der
    gender: FEMALE.has(first) ? 'v' : 'm',
  };
  p.salutation = (p.gender === 'm' ? 'heer ' : 'mevrouw ') + p.capFormal;
  return p;
}

// ---- e-mail ---------------------------------------------------------------------------------------------------
const ascii = (s) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/'/g, '').toLowerCase();
function emailFor(p, domain, style) {
  const sur = ascii(p.surname).replace(/ /g, '');
  const surDot = ascii(p.surname).replace(/ /g, '.');
  const f = ascii(p.first).replace(/-/g, '');
  const init = ascii(p.initials).replace(/\./g, '');
  const styles = {
    dot: `${f}.${sur}`,
    init: `${init[0]}.${sur}`,
    inits: `${init.split('').join('.')}.${sur}`,
    under: `${f}_${surDot.replace(/\./g, '_')}`,
    year: `${f}.${sur}${int(1958, 2001)}`,
    hyphen: `${f}-${surDot.replace(/\./g, '-')}`,
    long: `${f}.${surDot}.${int(10, 99)}`,
    short: `${f}${init.slice(-1)}${int(1, 99)}`,
  };
  return `${styles[style || pick(Object.keys(styles))]}@${domain}`;
}
const PRIVATE_DOMAINS = ['gmail.com', 'hotmail.com', 'outlook.com', 'ziggo.nl', 'kpnmail.nl', 'xs4all.nl', 'planet.nl',
  'live.nl', 'icloud.com', 'hetnet.nl', 'home.nl', 'upcmail.nl', 'telfort.nl', 'protonmail.com'];

// ---- phone numbers in every notation ----------------------------------------------------------------------------
const AREAS = ['070', '010', '020', '030', '040', '050', '024', '026', '0182', '0318', '0499', '0513', '0229', '0575', '0345', '0111'];
function mobileDigits() { return '6' + int(1, 5) + digits(7); }
function group(s, sizes) { const out = []; let i = 0; for (const n of sizes) { out.push(s.slice(i, i + n)); i += n; } return out; }
const MOBILE_STYLES = {
  dash: (d) => `0${d.slice(0, 1)}-${d.slice(1)}`,                                     // 06-12345678
  sp4: (d) => `0${d[0]} ${d.slice(1, 5)} ${d.slice(5)}`,                              // 06 1234 5678
  sp2: (d) => `0${d[0]} ${group(d.slice(1), [2, 2, 2, 2]).join(' ')}`,               // 06 12 34 56 78
  intl: (d) => `+31 ${d[0]} ${d.slice(1)}`,                                           // +31 6 12345678
  intl0: (d) => `+31 (0)${d[0]}-${d.slice(1, 5)} ${d.slice(5)}`,                      // +31 (0)6-1234 5678
  intlsp2: (d) => `+31 ${d[0]} ${group(d.slice(1), [2, 2, 2, 2]).join(' ')}`,        // +31 6 12 34 56 78
  c0031: (d) => `0031 ${d[0]} ${d.slice(1, 5)} ${d.slice(5)}`,                        // 0031 6 1234 5678
  c0031b: (d) => `0031-${d[0]}-${d.slice(1)}`,                                         // 0031-6-12345678
  dots: (d) => `0${d[0]}.${group(d.slice(1), [2, 2, 2, 2]).join('.')}`,              // 06.12.34.56.78
  brack: (d) => `(06) ${d.slice(1, 5)} ${d.slice(5)}`,                                // (06) 1234 5678
  plain: (d) => `0${d}`,                                                              // 0612345678
  intlplain: (d) => `+31${d}`,                                                        // +31612345678
  intldash: (d) => `+31-${d[0]}-${d.slice(1)}`,                                        // +31-6-12345678
  dash4: (d) => `0${d[0]}-${d.slice(1, 5)}-${d.slice(5)}`,                            // 06-1234-5678
  slash: (d) => `06/${d.slice(1)}`,                                                   // 06/12345678
};
function landDigits(area) {
  const a = area || pick(AREAS);
  return { area: a, sub: String(int(2, 9)) + digits(9 - a.length) };
}
const LAND_STYLES = {
  dash: ({ area, sub }) => `${area}-${sub}`,                                                    // 070-1234567
  brack: ({ area, sub }) => `(${area}) ${sub.length === 7 ? group(sub, [3, 2, 2]).join(' ') : group(sub, [2, 2, 2]).join(' ')}`, // (070) 123 45 67
  space: ({ area, sub }) => `${area} ${sub}`,                                                   // 070 1234567
  spaced: ({ area, sub }) => `${area} - ${sub.length === 7 ? group(sub, [3, 2, 2]).join(' ') : group(sub, [2, 2, 2]).join(' ')}`,
  intl: ({ area, sub }) => `+31 ${area.slice(1)} ${sub.length === 7 ? group(sub, [3, 4]).join(' ') : group(sub, [2, 2, 2]).join(' ')}`, // +31 70 123 4567
  intl0: ({ area, sub }) => `+31 (0)${area.slice(1)} ${sub}`,                                    // +31 (0)70 1234567
  c0031: ({ area, sub }) => `0031 (0)${area.slice(1)}-${sub}`,                                   // 0031 (0)70-1234567
  dots: ({ area, sub }) => `${area}.${sub.length === 7 ? group(sub, [3, 2, 2]).join('.') : group(sub, [2, 2, 2]).join('.')}`,
  plain: ({ area, sub }) => `${area}${sub}`,
  intlplain: ({ area, sub }) => `+31${area.slice(1)}${sub}`,
};
function phone(kind, style, area) {
  if (kind === 'mobile') { const d = mobileDigits(); return MOBILE_STYLES[style || pick(Object.keys(MOBILE_STYLES))](d); }
  if (kind === 'be') return `+32 4${int(60, 99)} ${digits(2)} ${digits(2)} ${digits(2)}`;
  if (kind === 'de') return `+49 ${pick(['151', '160', '170', '176'])} ${digits(8)}`;
  return LAND_STYLES[style || pick(Object.keys(LAND_STYLES))](landDigits(area));
}

// ---- IBAN (ISO 13616 mod 97) ------------------------------------------------------------------------------------
function mod97(numStr) { let r = 0; for (const ch of numStr) r = (r * 10 + Number(ch)) % 97; return r; }
function ibanCheck(country, bban) {
  const conv = (bban + country + '00').toUpperCase().replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55));
  return String(98 - mod97(conv)).padStart(2, '0');
}
const BANKS = ['ABNA', 'INGB', 'RABO', 'SNSB', 'ASNB', 'TRIO', 'KNAB', 'BUNQ', 'RBRB', 'FVLB'];
function iban(country = 'NL', style = 'grouped') {
  let bban;
  if (country === 'NL') bban = pick(BANKS) + digits(10);
  else if (country === 'BE') { const acc = String(int(100, 999)) + digits(7); const c = mod97(acc) || 97; bban = acc + String(c).padStart(2, '0'); }
  else bban = String(int(10000000, 89999999)) + digits(10); // DE: 8-digit bank code + 10-digit account
  const raw = country + ibanCheck(country, bban) + bban;
  if (style === 'plain') return raw;
  if (style === 'lower') return raw.toLowerCase().replace(/(.{4})/g, '$1 ').trim();
  return raw.replace(/(.{4})/g, '$1 ').trim();
}
function ibanValid(s) {
  const t = s.replace(/\s/g, '').toUpperCase();
  return mod97((t.slice(4) + t.slice(0, 4)).replace(/[A-Z]/g, (c) => String(c.charCodeAt(0) - 55))) === 1;
}

// ---- BSN (11-test) ----------------------------------------------------------------------------------------------
function bsnDigits() {
  for (;;) {
    const d = [int(1, 6), ...Array.from({ length: 7 }, () => int(0, 9))];
    const s = d.reduce((acc, v, i) => acc + v * (9 - i), 0);
    const last = s % 11;
    if (last <= 9) return d.join('') + String(last);
  }
}
function bsnValid(s) {
  const d = s.replace(/\D/g, ''); if (d.length !== 9) return false;
  let sum = 0; for (let i = 0; i < 8; i++) sum += Number(d[i]) * (9 - i); return (sum - Number(d[8])) % 11 === 0;
}
function bsn(style = 'plain') {
  const d = bsnDigits();
  if (style === 'dots') return `${d.slice(0, 4)}.${d.slice(4, 6)}.${d.slice(6)}`;   // 1234.56.782
  if (style === 'space') return `${d.slice(0, 3)} ${d.slice(3, 6)} ${d.slice(6)}`;   // 123 456 782
  if (style === 'pairs') return `${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4, 6)} ${d.slice(6)}`;
  return d;
}

// ---- addresses, plates, dates ----------------------------------------------------------------------------------
const STREETS = `Lindenlaan|Kastanjelaan|Sluisweg|Molenwerf|Bongerdstraat|Zwanenvest|Klaproosstraat|Zeedijk|Hoefsmidstraat|
Korenbloemweg|Bilderdijkstraat|Spoorsingel|Vlasakker|Pastoor van Arskade|Burgemeester Talmalaan|Wilhelminapark|Ganzenmarkt|
Tolhuisweg|Prinses Margrietlaan|Esdoornhof|Watermolen|Kerkpad|Zuidwal|Boterdiep|Hortensialaan|Gildeweg|Dorpsstraat|
Achter de Hoven|Oude Rijksweg|Jacob van Lennepkade|Kleine Houtweg|Merelstraat|Schapendrift|Slotlaan|Noorderhaven|
Van Limburg Stirumstraat|Hazelaarstraat|Populierendreef|Rietzangerpad|Wolfskuil|Vondellaan|Graaf Florisweg|Keizersgracht|
Stationsweg|Berkenrode|Weidehof|Ringdijk|Turfsteker|Bleekveld|Havenkade|Sint Janssingel|Eikenlaan|Beukenhof|Plataanstraat|
Nachtegaalstraat|Koekoeksweg|Ooievaarshof|Brinkweg|Buitenhof|Waterstraat|Torenlaan|Zandpad|Heerenweg|Kanaalweg Oost|
Jan Steenstraat|Frans Halsplein|Rembrandtlaan|Vermeerstraat|Pieter de Hooghstraat|Tjalkstraat|Botterweg|Schokkerhaven|
Marktveld|Kloosterweg|Abdijlaan|Hooiberg|Melkweg|Kaasmarkt|Smidsweg|Wagenmakerij|Lijnbaan|Touwslagerij|Zeilmakersstraat`.split(/\|\s*/);
const CITIES = ['Utrecht', 'Den Haag', 'Zoetermeer', 'Houten', 'Nieuwegein', 'Amersfoort', 'Leiden', 'Delft', 'Gouda',
  'Zeist', 'Woerden', 'Emmeloord', 'Lelystad', 'Dronten', 'Harderwijk', 'Ede', 'Wageningen', 'Veenendaal', 'Assen',
  'Meppel', 'Steenwijk', 'Heerenveen', 'Sneek', 'Drachten', 'Zwolle', 'Kampen', 'Deventer', 'Enschede', 'Almelo'];
const usedStreet = new Set();
function street() {
  const list = STREETS;
  let s; do { s = pick(list).trim(); } while (usedStreet.has(s) && usedStreet.size < list.length);
  usedStreet.add(s);
  const nr = String(int(1, 188)) + (rnd() < 0.25 ? pick(['a', 'b', '-II', ' bis', 'A', '-3']) : '');
  return `${s} ${nr}`;
}
function postcode(style = 'space') {
  const L = 'ABCEGHJKLMNPRTVWXZ';
  let a, b; do { a = pick(L.split('')); b = pick(L.split('')); } while (['SA', 'SD', 'SS'].includes(a + b));
  const n = String(int(1011, 9999));
  return style === 'tight' ? `${n}${a}${b}` : `${n} ${a}${b}`;
}
const PL = 'BDFGHJKLNPRSTVXZ'.split('');
function plate() {
  const L = () => pick(PL), D = () => String(int(0, 9));
  const forms = [
    () => `${L()}${L()}-${D()}${D()}-${D()}${D()}`, () => `${D()}${D()}-${D()}${D()}-${L()}${L()}`,
    () => `${D()}${D()}-${L()}${L()}-${D()}${D()}`, () => `${L()}${L()}-${D()}${D()}-${L()}${L()}`,
    () => `${L()}${L()}-${L()}${L()}-${D()}${D()}`, () => `${D()}${D()}-${L()}${L()}${L()}-${D()}`,
    () => `${D()}-${L()}${L()}${L()}-${D()}${D()}`, () => `${L()}${L()}-${D()}${D()}${D()}-${L()}`,
    () => `${L()}-${D()}${D()}${D()}-${L()}${L()}`, () => `${L()}${L()}${L()}-${D()}${D()}-${L()}`,
    () => `${D()}-${L()}${L()}-${D()}${D()}${D()}`, () => `${L()}-${D()}${D()}-${L()}${L()}${L()}`,
  ];
  return pick(forms)();
}
const MONTHS = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];
const DAYWORDS = ['één', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'dertien',
  'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien', 'twintig', 'eenentwintig', 'tweeëntwintig',
  'drieëntwintig', 'vierentwintig', 'vijfentwintig', 'zesentwintig', 'zevenentwintig', 'achtentwintig', 'negenentwintig',
  'dertig', 'eenendertig'];
const ORD = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende', 'tiende', 'elfde',
  'twaalfde', 'dertiende', 'veertiende', 'vijftiende', 'zestiende', 'zeventiende', 'achttiende', 'negentiende', 'twintigste'];
function yearWords(y) {
  const hi = Math.floor(y / 100), lo = y % 100;
  const units = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
  const tens = ['', 'tien', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
  const teens = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
  let l;
  if (lo === 0) l = ''; else if (lo < 10) l = units[lo]; else if (lo < 20) l = teens[lo - 10];
  else { const u = lo % 10, t = Math.floor(lo / 10); l = u ? units[u] + (/[ae]$/.test(units[u]) ? 'ën' : 'en') + tens[t] : tens[t]; }
  return (hi === 19 ? 'negentienhonderd' : 'tweeduizend') + l;
}
const usedDates = new Set();
function dob(style) {
  let y, m, d, key;
  do { y = int(1941, 2004); m = int(1, 12); d = int(1, 28); key = `${y}-${m}-${d}`; } while (usedDates.has(key));
  usedDates.add(key);
  const p2 = (n) => String(n).padStart(2, '0');
  const styles = {
    words: `${DAYWORDS[d - 1]} ${MONTHS[m - 1]} ${y}`,                // twaalf maart 1985
    allwords: `${DAYWORDS[d - 1]} ${MONTHS[m - 1]} ${yearWords(y)}`,  // twaalf maart negentienhonderdvijfentachtig
    ordinal: `${d <= 20 ? ORD[d - 1] : DAYWORDS[d - 1] + 'ste'} ${MONTHS[m - 1]} ${y}`,
    long: `${d} ${MONTHS[m - 1]} ${y}`,                               // 12 maart 1985
    dash: `${p2(d)}-${p2(m)}-${y}`,                                   // 12-03-1985
    slash: `${d}/${m}/${y}`,
    dots: `${p2(d)}.${p2(m)}.${y}`,
    iso: `${y}-${p2(m)}-${p2(d)}`,
    short: `${d}-${m}-'${String(y).slice(2)}`,
  };
  return styles[style || pick(Object.keys(styles))];
}

// ---- the recorder -----------------------------------------------------------------------------------------------
const SECRET_CLASSES = ['person-name', 'email', 'phone', 'iban', 'bsn', 'street-address', 'postcode', 'licence-plate', 'date-of-birth'];
const PUBLIC_CLASSES = ['office-holder', 'company', 'public-body', 'org-address', 'org-phone', 'website', 'heading', 'timestamp'];

class Corpus {
  constructor() { this.docs = []; this.secretTexts = new Map(); }
  doc(file, format, producer) {
    const d = new Doc(this, file, format, producer);
    this.docs.push(d);
    fs.mkdirSync(path.dirname(path.join(ROOT, file)), { recursive: true });
    return d;
  }
  manifest(description) {
    return {
      description,
      documents: this.docs.map((d) => ({ file: d.file, format: d.format, producer: d.producer, secrets: d.secrets, public: d.public })),
    };
  }
}
class Doc {
  constructor(corpus, file, format, producer) { Object.assign(this, { corpus, file, format, producer, secrets: [], public: [] }); }
  get path() { return path.join(ROOT, this.file); }
  s(cls, text, layout) {
    if (!SECRET_CLASSES.includes(cls)) throw new Error('bad secret class ' + cls);
    if (this.corpus.secretTexts.has(text)) throw new Error(`secret text not unique: ${text} (${this.file}, ${this.corpus.secretTexts.get(text)})`);
    if (cls === 'iban' && !ibanValid(text)) throw new Error('bad iban ' + text);
    if (cls === 'bsn' && !bsnValid(text)) throw new Error('bad bsn ' + text);
    this.corpus.secretTexts.set(text, this.file);
    this.secrets.push({ class: cls, text, layout });
    return text;
  }
  p(cls, text, layout) {
    if (!PUBLIC_CLASSES.includes(cls)) throw new Error('bad public class ' + cls);
    if (!this.public.some((x) => x.class === cls && x.text === text)) this.public.push({ class: cls, text, layout });
    return text;
  }
  // a person with the usual secrets: name forms, email, phone, recorded as they are used
  write(content) { fs.writeFileSync(this.path, content); }
}

module.exports = {
  ROOT, rnd, int, pick, digits, person, emailFor, PRIVATE_DOMAINS, phone, MOBILE_STYLES, LAND_STYLES, iban, ibanValid,
  bsn, bsnValid, street, postcode, plate, dob, MONTHS, Corpus, SECRET_CLASSES, PUBLIC_CLASSES, ascii,
};
