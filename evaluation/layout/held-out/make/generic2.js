'use strict';
// More document makers: Ghostscript letters and two-column minutes, LibreOffice (FODT/FODS/HTML), pptxgenjs,
// plain text, HTML, CSV and scans.
const fs = require('fs');
const path = require('path');
const L = require('./lib');
const P = require('./producers');
const O = require('./office');
const G = require('./generic');
const { planted } = require('./plant');
const { brk, hyph, clean } = P;
const esc = G.esc;
const pron = (p) => (p.gender === 'm' ? ['de heer', 'hij', 'zijn'] : ['mevrouw', 'zij', 'haar']);

// ------------------------------------------------------------------------------------------- Ghostscript letter
function psLetter(C, file, T, o = {}) {
  const d = C.doc(file, 'pdf', 'Ghostscript pdfwrite (handwritten PostScript)');
  const to = L.person(); const toAdr = L.street(); const toPc = L.postcode();
  const handler = L.person({ prefix: true }); const hMail = L.emailFor(handler, T.domain, 'long'); const hTel = L.phone('land', 'dash', T.key === 'utrecht' ? '030' : '070');
  d.s('person-name', to.formal, 'address block');
  const adr = planted(d, 'street-address', toAdr, 'address block, printed on one line', { broken: false });
  d.s('postcode', toPc, 'address block, postcode before the town in capitals');
  d.s('person-name', handler.full, 'side column "Behandeld door", 100 pt wide');
  const hm = planted(d, 'email', hMail, 'side column 100 pt wide, the address cut where the column ends');
  d.s('phone', hTel, 'side column, after "T "');
  const greet = d.s('person-name', to.capFormal, 'greeting "Geachte heer/mevrouw ..." (surname; also inside the address-block name)');
  const other = L.person({ prefix: true }); const oName = planted(d, 'person-name', other.full, 'body; the page-1 text ends inside this name, the rest starts page 2');
  const b = planted(d, 'date-of-birth', L.dob(L.pick(['words', 'allwords', 'ordinal'])), 'body, date of birth in words');
  const pl = planted(d, 'licence-plate', L.plate(), 'body');
  const ib = planted(d, 'iban', L.iban('NL', 'grouped'), 'body, IBAN wrapped between groups');
  const bs = planted(d, 'bsn', L.bsn(L.pick(['dots', 'plain', 'space'])), 'body');
  const tel = planted(d, 'phone', L.phone('mobile'), 'body on page 2');
  const [o1, o1role] = T.holders[0];
  d.p('office-holder', o1, `${o1role}, signs the letter ("namens deze")`);
  G.orgContact(d, T, 'side column'); d.p('public-body', T.org, 'letterhead');
  d.p('public-body', T.bodies[0], 'body');
  const [a, b2] = [oName.split('¦')[0], oName.split('¦')[1]];
  const side = [['FB', T.org], ['F', T.dept], ['F', ''], ['F', T.visit], ['F', T.visitPc], ['F', T.postbus], ['F', T.postbusPc], ['F', 'T ' + T.tel], ['F', T.web], ['F', ''],
    ['FB', 'Behandeld door'], ['F', handler.full], ['F', 'T ' + hTel], ...P.wrap(hm, 100, P.measure('Helvetica', 7)).map((l) => ['F', l]), ['F', ''],
    ['FB', 'Ons kenmerk'], ['F', `${T.key.toUpperCase()}/2023/${L.digits(6)}`], ['FB', 'Datum'], ['F', T.date]];
  const first = [
    { raw: '0.08 0.26 0.45 setrgbcolor 60 770 moveto 60 812 lineto 66 812 lineto 66 770 lineto closepath fill 0 setgray' },
    { font: 'FB', size: 13, x: 74, y: 792, text: T.org },
    { font: 'F', size: 6.5, x: 72, y: 700, text: `Retouradres ${T.postbus} ${T.postbusPc}` },
    { font: 'F', size: 10, x: 72, y: 680, text: (to.gender === 'm' ? 'De heer ' : 'Mevrouw ') + to.formal },
    { font: 'F', size: 10, x: 72, y: 667, text: clean(adr) },
    { font: 'F', size: 10, x: 72, y: 654, text: `${toPc}  ${L.pick(T.towns).toUpperCase()}` },
    ...side.map(([f, t], i) => ({ font: f, size: 7, x: 452, y: 700 - i * 9, text: t })),
    { font: 'FB', size: 10, x: 72, y: 600, text: `Onderwerp: ${o.subject || T.subject}` },
  ];
  const paras = [
    { text: `Geachte ${to.gender === 'm' ? 'heer' : 'mevrouw'} ${greet},` },
    { text: `Op ${T.date} heeft u ons een verzoek gestuurd over ${T.topic}. In deze brief leest u wat wij hebben besloten en waarom. Wij hebben uw verzoek zorgvuldig bekeken en daarbij ook advies gevraagd aan ${T.bodies[0]}.` },
    { text: `U vraagt vergoeding van de schade aan uw auto met kenteken ${pl}. Om de betaling te kunnen doen, hebben wij uw rekeningnummer ${ib} en uw burgerservicenummer ${bs} vastgelegd. Uw geboortedatum, ${b}, hebben wij uit het aanvraagformulier overgenomen.` },
    { text: 'Wij hebben besloten uw verzoek gedeeltelijk toe te kennen. De schade aan de voorzijde van de auto is ontstaan door de afzetting die tijdens het evenement op de openbare weg stond. De schade aan de achterzijde bestond al voordat de auto daar geparkeerd stond; daarvoor kennen wij geen vergoeding toe. Wij baseren dit op de foto\u2019s die u zelf heeft meegestuurd en op het rapport van de schade-expert.' },
    { text: 'Het bedrag van de vergoeding maken wij binnen zes weken na de datum van deze brief over. U hoeft daarvoor niets te doen. Als u het niet eens bent met dit besluit, kunt u binnen zes weken bezwaar maken. Hoe u dat doet, leest u in de bijlage bij deze brief.' },
    { text: `Bij de afhandeling is ook gesproken met uw buur, ${oName}, die de schade heeft zien ontstaan en een verklaring heeft ondertekend.`, cutAfter: a.replace(/\^$/, '-').trim() },
    { text: `Heeft u vragen over deze brief? Bel dan met de behandelaar of met ${tel}, het nummer dat u zelf als tweede contactnummer heeft opgegeven, zodat wij u kunnen terugbellen.` },
    { text: 'Met vriendelijke groet,' },
    { text: `${o1}, ${o1role}, namens deze,` },
    { gap: 24 }, { text: handler.full },
  ];
  O.psColumns({ title: o.title || `Besluit ${T.subject}`, cols: [{ x: 72, w: 340 }], top: 760, firstTop: 578, bottom: 60, size: 10, lead: 13.5, paras, first,
    header: (p, n) => (p > 1 ? `${T.org} · Ons kenmerk ${side[side.length - 3][1]} · Pagina ${p} van ${n}` : ''), footer: (p, n) => `Pagina ${p} van ${n}` }, d.path, path.basename(file, '.pdf'));
  d.p('heading', 'Onderwerp', 'letter');
  return d;
}

// ------------------------------------------------------------------------------------------- Ghostscript 2-col minutes
function psMinutes(C, file, T, o = {}) {
  const d = C.doc(file, 'pdf', 'Ghostscript pdfwrite (handwritten PostScript)');
  G.publics(d, T, 'minutes'); d.p('heading', 'Agendapunt 1', 'heading'); d.p('heading', 'Agendapunt 2', 'heading'); d.p('heading', 'Actiepunten', 'heading');
  d.p('timestamp', '14:00', 'opening time'); d.p('timestamp', '15:35', 'closing time');
  const ppl = Array.from({ length: 8 }, (_, i) => L.person({ prefix: i % 2 === 0 }));
  const split = ppl[0];
  const sName = d.s('person-name', split.full, 'two-column page: the left column ends inside the name, the rest is at the top of the right column');
  const parts = split.full.split(' '); const head = parts.slice(0, -1).join(' ') || parts[0];
  const split2 = ppl[1]; const s2 = split2.full; d.s('person-name', s2, 'two-column page 2: the surname is hyphenated at the end of the left column');
  const last2 = split2.last; const k = Math.max(3, Math.floor(last2.length / 2)); const s2pre = split2.full.slice(0, split2.full.length - last2.length + k);
  const names = ppl.slice(2).map((p) => planted(d, 'person-name', p.formal, 'two-column minutes, flowing text'));
  const tel = planted(d, 'phone', L.phone('mobile'), 'two-column minutes'); const tel2 = planted(d, 'phone', L.phone('land'), 'two-column minutes');
  const em = planted(d, 'email', L.emailFor(L.person(), L.pick(L.PRIVATE_DOMAINS), 'long'), 'two-column minutes, narrow column 235 pt');
  const ad = planted(d, 'street-address', L.street(), 'two-column minutes'); const pc = planted(d, 'postcode', L.postcode(), 'two-column minutes');
  const pl = planted(d, 'licence-plate', L.plate(), 'two-column minutes'); const db = planted(d, 'date-of-birth', L.dob(), 'two-column minutes');
  const F = ['De voorzitter vraagt of er opmerkingen zijn over de conceptagenda. Dat is niet het geval.',
    'De politie meldt dat het aantal incidenten rond het terrein in de afgelopen maand is afgenomen ten opzichte van vorig jaar.',
    'De gemeente heeft de handhaving in de avonduren uitgebreid met twee extra boa-teams.',
    'Er wordt gesproken over de samenwerking met de jongerenwerkers en de inzet van camerabewaking op het plein.',
    'De GGD geeft aan dat er geen bijzonderheden zijn gemeld in de zorgketen; de lijnen met de huisartsenpost zijn kort.',
    'Afgesproken wordt dat de regie bij de gemeente blijft en dat de partners wekelijks een update ontvangen.'];
  const para = (t, extra = {}) => ({ text: t, ...extra });
  const paras = [
    para('Agendapunt 1. Opening en mededelingen', { font: 'bold' }),
    para(`De voorzitter opent om 14:00 uur het overleg. ${T.holders[0][0]} (${T.holders[0][1]}) is verhinderd. ${F[0]} ${F[1]} ${F[2]}`),
    para(`${names[0]} meldt dat een bewoner, geboren ${db}, meerdere keren heeft gebeld over geluidsoverlast. De bewoner woont aan de ${ad}, ${pc} ${L.pick(T.towns)}, en wil teruggebeld worden op ${tel}.`),
    para(`${F[3]} ${F[4]} ${F[5]} ${F[1]}`),
    para(`${names[1]} vertelt dat een auto met kenteken ${pl} al weken op de stoep voor de school staat. De politie zoekt uit van wie de auto is. ${F[2]}`),
    para(`Agendapunt 2. Casusoverleg. Het woord is aan ${brk(sName, head.length + 1)} van het wijkteam, die de casus toelicht en vraagt om afstemming met de partners.`, { cutAfter: head }),
    para(`${F[0]} ${F[3]} ${names[2]} zegt toe de familie te bezoeken. Het contact verloopt via ${em} of telefonisch via ${tel2}. ${F[4]}`),
    para(`${F[5]} ${F[2]} ${F[1]} ${F[3]}`),
    para(`Actiepunten: ${names[3]} neemt contact op met de woningcorporatie; ${names[4]} stuurt het verslag rond. ${F[0]} ${F[4]} De vergadering wordt om 15:35 uur gesloten door de voorzitter, die ${hyph(s2, s2pre.length)} bedankt voor de notulen.`, { cutAfter: s2pre + '-', cutMark: 99 }),
    para(`${F[5]} ${F[1]} ${F[2]} ${F[3]} ${F[0]}`),
  ];
  const first = [{ font: 'FB', size: 14, x: 60, y: 790, text: o.title || `Verslag driehoeksoverleg ${T.city}` },
    { font: 'F', size: 9, x: 60, y: 774, text: `${T.date} · ${T.org} · vertrouwelijk` }];
  O.psColumns({ title: o.title || 'Verslag driehoeksoverleg', cols: [{ x: 60, w: 235 }, { x: 312, w: 235 }], top: 780, firstTop: 750, bottom: 60, size: 9.5, lead: 12.5, paras, first,
    header: (p, n) => (p > 1 ? `Verslag driehoeksoverleg ${T.date} — vertrouwelijk` : ''), footer: (p, n) => `${T.org} · ${T.postbus} · ${T.postbusPc} · pagina ${p} van ${n}` }, d.path, path.basename(file, '.pdf'));
  d.p('org-address', T.postbus, 'running footer'); d.p('org-address', T.postbusPc, 'running footer');
  return d;
}

// ------------------------------------------------------------------------------------------- LibreOffice FODT
function fodt(d, T, o = {}) {
  const x = (s) => esc(s).replace(/\^¦/g, '\u00AD').replace(/¦/g, '');
  const tbl = [];
  for (let i = 0; i < 6; i++) {
    const p = L.person({ prefix: i % 2 === 0 });
    const m = L.emailFor(p, L.pick([T.domain, ...L.PRIVATE_DOMAINS]), L.pick(['long', 'hyphen', 'under']));
    const t = L.phone(i % 2 ? 'land' : 'mobile'); const bs = L.bsn(i % 3 === 0 ? 'dots' : 'plain');
    d.s('person-name', p.full, 'table cell 2.8 cm wide: the name wraps in the cell');
    d.s('email', m, 'table cell 2.6 cm wide: the address wraps at a character');
    d.s('phone', t, 'table cell 2 cm wide');
    d.s('bsn', bs, 'table cell 1.9 cm; the next cell holds a number too');
    tbl.push([p.full, m, t, bs, String(L.int(10, 99)) + L.digits(2)]);
  }
  const hy = L.person({ prefix: true }); const hyN = d.s('person-name', hy.full, 'body paragraph with automatic hyphenation (Dutch) on; the name is near a line end');
  const cp = Array.from({ length: 6 }, () => L.person());
  const colItems = cp.map((p) => {
    const n = d.s('person-name', p.formal, 'two-column section (text:section with 2 columns)');
    const a = d.s('street-address', L.street(), 'two-column section'); const pc = d.s('postcode', L.postcode(), 'two-column section');
    const ib = d.s('iban', L.iban('NL', L.rnd() < 0.5 ? 'grouped' : 'plain'), 'two-column section');
    return `${n}, ${a}, ${pc} ${L.pick(T.towns)}; uitbetaling op ${ib}.`;
  });
  const author = L.person(); d.s('person-name', author.full, 'page header (every page), right-aligned');
  const authTel = d.s('phone', L.phone('land', 'brack'), 'page footer (every page)');
  G.publics(d, T, 'body'); d.p('heading', o.heading || 'Besluit', 'heading'); d.p('heading', 'Overwegingen', 'heading');
  const p = (t, st = 'P1') => `<text:p text:style-name="${st}">${t}</text:p>`;
  const long = `Gelet op de aanvraag van ${T.companies[0][0]} (${T.companies[0][1]}) en na advies van ${T.bodies[0]} en ${T.bodies[1]} overwegen wij het volgende. De aanvraag is tijdig ingediend en voldoet aan de voorwaarden uit de verordening. De belanghebbende ${x(hyN)} heeft tijdens de hoorzitting toegelicht waarom de voorgeschreven maatregelen volgens hem of haar onvoldoende zijn om de geluidsoverlast voor de omwonenden te beperken. Wij hebben die zienswijze betrokken bij de belangenafweging.`;
  d.p('company', T.companies[0][0], 'body'); d.p('company', T.companies[0][1], 'body, KvK number');
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>${esc(o.title)}</dc:title></office:meta>
<office:font-face-decls><style:font-face style:name="Liberation Sans" svg:font-family="'Liberation Sans'"/></office:font-face-decls>
<office:styles>
 <style:default-style style:family="paragraph"><style:paragraph-properties fo:hyphenation-ladder-count="no-limit"/>
  <style:text-properties style:font-name="Liberation Sans" fo:font-size="10pt" fo:language="nl" fo:country="NL" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="2"/></style:default-style>
 <style:style style:name="P1" style:family="paragraph"><style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.2cm"/></style:style>
 <style:style style:name="H" style:family="paragraph"><style:text-properties fo:font-size="12pt" fo:font-weight="bold" fo:hyphenate="false"/></style:style>
 <style:style style:name="Small" style:family="paragraph"><style:text-properties fo:font-size="8pt" fo:hyphenate="false"/></style:style>
</office:styles>
<office:automatic-styles>
 <style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>
  <style:header-style><style:header-footer-properties fo:min-height="0.8cm"/></style:header-style><style:footer-style><style:header-footer-properties fo:min-height="0.8cm"/></style:footer-style></style:page-layout>
 <style:style style:name="Sect2" style:family="section"><style:section-properties><style:columns fo:column-count="2" fo:column-gap="0.6cm"/></style:section-properties></style:style>
 <style:style style:name="Tbl" style:family="table"><style:table-properties style:width="12.8cm" table:align="left"/></style:style>
 ${['2.8', '2.6', '2.0', '1.9', '1.2'].map((w, i) => `<style:style style:name="Tbl.${'ABCDE'[i]}" style:family="table-column"><style:table-column-properties style:column-width="${w}cm"/></style:style>`).join('')}
 <style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="0.05cm"/></style:style>
 <style:style style:name="TP" style:family="paragraph"><style:text-properties fo:font-size="8pt"/></style:style>
</office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">
 <style:header><text:p text:style-name="Small">${esc(T.org)} — ${esc(o.title)} — opgesteld door ${esc(author.full)}</text:p></style:header>
 <style:footer><text:p text:style-name="Small">${esc(T.visit)}, ${esc(T.visitPc)} · ${esc(T.postbus)}, ${esc(T.postbusPc)} · T ${esc(T.tel)} · behandelaar ${esc(authTel)} · pagina <text:page-number text:select-page="current"/> van <text:page-count/></text:p></style:footer>
</style:master-page></office:master-styles>
<office:body><office:text>
${p(esc(o.title), 'H')}
${p(`Datum: ${esc(T.date)}`)}
${p('Overwegingen', 'H')}
${p(long)}
${p(long.replace('Gelet op', 'Voorts, gelet op').replace(x(hyN), 'de aanvrager'))}
<table:table table:name="Tbl" table:style-name="Tbl">${'ABCDE'.split('').map((c) => `<table:table-column table:style-name="Tbl.${c}"/>`).join('')}
<table:table-row>${['Naam', 'E-mail', 'Telefoon', 'BSN', 'Zaak'].map((h) => `<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="TP">${h}</text:p></table:table-cell>`).join('')}</table:table-row>
${tbl.map((r) => `<table:table-row>${r.map((c) => `<table:table-cell table:style-name="Cell" office:value-type="string"><text:p text:style-name="TP">${esc(c)}</text:p></table:table-cell>`).join('')}</table:table-row>`).join('\n')}
</table:table>
${p(o.heading || 'Besluit', 'H')}
${p(`Wij besluiten de aanvraag toe te kennen onder de voorwaarden in de bijlage. Dit besluit is genomen door ${T.holders[0][0]}, ${T.holders[0][1]}, mede namens ${T.holders[1][0]}.`)}
<text:section text:style-name="Sect2" text:name="Bijlage">
${p('Bijlage: belanghebbenden', 'H')}
${colItems.map((t) => p(esc(t))).join('\n')}
${p(long.replace(x(hyN), 'de belanghebbende'))}
</text:section>
</office:text></office:body></office:document>`;
}
function loWriter(C, file, T, o) {
  const fmt = path.extname(file).slice(1);
  const d = C.doc(file, fmt, `LibreOffice ${fmt === 'pdf' ? 'writer_pdf_Export' : 'MS Word 2007 XML export'} (from FODT)`);
  const src = path.join(P.SRC, path.basename(file, '.' + fmt) + '.fodt');
  fs.writeFileSync(src, fodt(d, T, o));
  const outDir = path.join(P.SRC, 'lo-out'); fs.mkdirSync(outDir, { recursive: true });
  P.soffice(fmt === 'pdf' ? 'pdf' : 'docx:MS Word 2007 XML', [src], outDir);
  fs.copyFileSync(path.join(outDir, path.basename(src, '.fodt') + '.' + fmt), d.path);
  return d;
}

module.exports = { psLetter, psMinutes, loWriter, fodt, pron };
