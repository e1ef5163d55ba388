'use strict';
// Spreadsheets (exceljs, LibreOffice from FODS), slides (pptxgenjs), plain text, HTML, CSV and scans.
const fs = require('fs');
const path = require('path');
const L = require('./lib');
const P = require('./producers');
const G = require('./generic');
const { planted } = require('./plant');
const { brk, clean } = P;
const esc = G.esc;

function contactRows(d, n, T, where) {
  const rows = [];
  for (let i = 0; i < n; i++) {
    const p = L.person({ prefix: i % 3 === 0 });
    const name = i % 5 === 2 ? p.sortName : p.full;
    const m = L.emailFor(p, L.pick([T.domain, ...L.PRIVATE_DOMAINS]), L.pick(['long', 'under', 'year', 'hyphen']));
    const t = L.phone(i % 4 === 3 ? 'land' : 'mobile');
    const a = L.street(), pc = L.postcode(i % 4 === 0 ? 'tight' : 'space');
    const bs = L.bsn(L.pick(['plain', 'plain', 'dots'])); const ib = L.iban('NL', i % 2 ? 'plain' : 'grouped');
    d.s('person-name', name, `${where}: name cell${i % 5 === 2 ? ' (surname first)' : ''}, narrow column with wrap text`);
    d.s('email', m, `${where}: e-mail cell, narrow column with wrap text (prints broken at a character)`);
    d.s('phone', t, `${where}: phone cell, narrow column with wrap text`);
    d.s('street-address', a, `${where}: address cell`); d.s('postcode', pc, `${where}: postcode cell`);
    d.s('bsn', bs, `${where}: BSN cell, directly next to the 'Zaaknr' cell of digits`);
    d.s('iban', ib, `${where}: IBAN cell, narrow column with wrap text`);
    rows.push([name, a, pc, L.pick(T.towns), t, m, bs, String(L.int(2019, 2023)) + L.digits(3), ib]);
  }
  return rows;
}
const HEAD = ['Naam', 'Adres', 'Postcode', 'Plaats', 'Telefoon', 'E-mail', 'BSN', 'Zaaknr', 'IBAN'];
const WIDTHS = [13, 12, 7, 9, 9, 13, 10, 8, 12];

async function exceljsList(C, file, T, o = {}) {
  const d = C.doc(file, 'xlsx', 'exceljs');
  const ExcelJS = require('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(o.sheet || 'Lijst', { pageSetup: { paperSize: 9, orientation: 'portrait', printTitlesRow: '1:1' },
    headerFooter: { oddHeader: `&L${T.org}&R${o.title || ''}`, oddFooter: '&LVertrouwelijk&RPagina &P van &N' } });
  ws.columns = HEAD.map((h, i) => ({ header: h, width: WIDTHS[i] }));
  for (const r of contactRows(d, o.n || 12, T, 'spreadsheet')) ws.addRow(r);
  ws.eachRow((r) => r.eachCell((c) => { c.alignment = { wrapText: true, vertical: 'top' }; c.font = { name: 'Arial', size: 8 }; }));
  ws.getRow(1).font = { bold: true, name: 'Arial', size: 8 };
  const ws2 = wb.addWorksheet('Contact organisatie');
  ws2.addRow([T.org]); ws2.addRow([`${T.visit}, ${T.visitPc}`]); ws2.addRow([`${T.postbus}, ${T.postbusPc}`]); ws2.addRow([`Telefoon ${T.tel}`]); ws2.addRow([T.web]);
  ws2.addRow([`${T.companies[1][0]} (${T.companies[1][1]})`]);
  G.orgContact(d, T, 'second sheet'); d.p('public-body', T.org, 'second sheet'); d.p('company', T.companies[1][0], 'second sheet'); d.p('company', T.companies[1][1], 'second sheet, KvK');
  await wb.xlsx.writeFile(d.path);
  return d;
}

function fodsList(C, file, T, o = {}) {
  const d = C.doc(file, 'xlsx', 'LibreOffice Calc export (from FODS)');
  const rows = contactRows(d, o.n || 10, T, 'spreadsheet (LibreOffice)');
  const cell = (v) => `<table:table-cell table:style-name="ce1" office:value-type="string"><text:p>${esc(v)}</text:p></table:table-cell>`;
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
${WIDTHS.map((w, i) => `<style:style style:name="co${i}" style:family="table-column"><style:table-column-properties style:column-width="${(w * 0.19).toFixed(2)}cm"/></style:style>`).join('')}
<style:style style:name="ce1" style:family="table-cell"><style:table-cell-properties fo:wrap-option="wrap" style:vertical-align="top"/><style:text-properties fo:font-size="8pt"/></style:style>
</office:automatic-styles>
<office:body><office:spreadsheet><table:table table:name="${esc(o.sheet || 'Meldingen')}">
${WIDTHS.map((w, i) => `<table:table-column table:style-name="co${i}"/>`).join('')}
<table:table-row>${HEAD.map(cell).join('')}</table:table-row>
${rows.map((r) => `<table:table-row>${r.map(cell).join('')}</table:table-row>`).join('\n')}
</table:table></office:spreadsheet></office:body></office:document>`;
  const src = path.join(P.SRC, path.basename(file, '.xlsx') + '.fods'); fs.writeFileSync(src, xml);
  const outDir = path.join(P.SRC, 'lo-out'); fs.mkdirSync(outDir, { recursive: true });
  P.soffice('xlsx:Calc MS Excel 2007 XML', [src], outDir);
  fs.copyFileSync(path.join(outDir, path.basename(src, '.fods') + '.xlsx'), d.path);
  return d;
}

// ------------------------------------------------------------------------------------------- pptxgenjs
async function deck(C, file, T, o = {}) {
  const d = C.doc(file, 'pptx', 'pptxgenjs');
  const PptxGenJS = require('pptxgenjs');
  const pres = new PptxGenJS(); pres.layout = 'LAYOUT_16x9'; pres.title = o.title; pres.company = T.org;
  const s1 = pres.addSlide();
  s1.addText(o.title, { x: 0.5, y: 0.4, w: 9, h: 0.8, fontSize: 26, bold: true, color: '154273' });
  s1.addText(`${T.org} · ${T.date}`, { x: 0.5, y: 1.2, w: 9, h: 0.4, fontSize: 12 });
  const presenter = L.person(); const pm = L.emailFor(presenter, T.domain, 'long'); const pt = L.phone('mobile');
  d.s('person-name', presenter.full, 'title slide, text box 2.2 in wide: the name wraps');
  d.s('email', pm, 'title slide, text box 2.2 in wide: the address wraps');
  d.s('phone', pt, 'title slide, narrow text box');
  s1.addText([{ text: presenter.full, options: { breakLine: true } }, { text: pm, options: { breakLine: true } }, { text: pt }], { x: 7.3, y: 3.6, w: 2.2, h: 1.2, fontSize: 12, valign: 'top' });
  s1.addText(`${T.holders[0][0]} (${T.holders[0][1]})`, { x: 0.5, y: 2.0, w: 6, h: 0.4, fontSize: 14 });
  d.p('office-holder', T.holders[0][0], `${T.holders[0][1]}, title slide`); d.p('public-body', T.org, 'title slide');
  // slide 2: table with narrow columns
  const s2 = pres.addSlide();
  s2.addText('Contactpersonen per locatie', { x: 0.5, y: 0.3, w: 9, h: 0.6, fontSize: 20, bold: true });
  d.p('heading', 'Contactpersonen per locatie', 'slide 2 title');
  const rows = [[{ text: 'Locatie' }, { text: 'Naam' }, { text: 'Telefoon' }, { text: 'E-mail' }, { text: 'Kenteken dienstauto' }]];
  for (let i = 0; i < 5; i++) {
    const p = L.person({ prefix: i % 2 === 0 }); const t = L.phone(i % 2 ? 'land' : 'mobile'); const m = L.emailFor(p, L.pick([T.domain, ...L.PRIVATE_DOMAINS]), L.pick(['long', 'hyphen', 'under']));
    const pl = L.plate();
    d.s('person-name', p.full, 'slide table, name column 1.3 in wide'); d.s('phone', t, 'slide table, phone column 1.1 in wide');
    d.s('email', m, 'slide table, e-mail column 1.5 in wide: the address wraps'); d.s('licence-plate', pl, 'slide table, column 0.9 in wide');
    rows.push([L.pick(T.towns), p.full, t, m, pl].map((text) => ({ text })));
  }
  s2.addTable(rows, { x: 0.5, y: 1.1, colW: [1.6, 1.3, 1.1, 1.5, 0.9], fontSize: 10, border: { type: 'solid', pt: 0.5, color: '777777' }, autoPage: false });
  // slide 3: bullets in a narrow box with values, and speaker notes
  const s3 = pres.addSlide();
  s3.addText('Casussen (vertrouwelijk)', { x: 0.5, y: 0.3, w: 9, h: 0.6, fontSize: 20, bold: true });
  const b = [];
  for (let i = 0; i < 3; i++) {
    const p = L.person(); const a = L.street(); const pc = L.postcode(); const db = L.dob(L.pick(['words', 'dash', 'long']));
    d.s('person-name', p.formal, 'bullet in a text box 3 in wide'); d.s('street-address', a, 'bullet in a text box 3 in wide, wraps before the number or not');
    d.s('postcode', pc, 'bullet in a narrow box'); d.s('date-of-birth', db, 'bullet in a narrow box');
    b.push({ text: `${p.formal} (geb. ${db}), ${a}, ${pc} ${L.pick(T.towns)}`, options: { bullet: true, breakLine: true } });
  }
  s3.addText(b, { x: 0.5, y: 1.1, w: 3.0, h: 3.6, fontSize: 13, valign: 'top' });
  const np = L.person({ prefix: true }); const nt = L.phone('mobile', 'intl0'); const nib = L.iban('NL', 'grouped');
  d.s('person-name', np.full, 'speaker notes of slide 3 (not on the slide)'); d.s('phone', nt, 'speaker notes of slide 3'); d.s('iban', nib, 'speaker notes of slide 3');
  s3.addNotes(`Niet voorlezen: de melder is ${np.full}, bereikbaar op ${nt}. Vergoeding loopt via ${nib}.`);
  s3.addText(`Bron: ${T.bodies[0]}, ${T.bodies[1]}`, { x: 4, y: 4.8, w: 5.5, h: 0.4, fontSize: 10 });
  d.p('public-body', T.bodies[0], 'slide 3 source line'); d.p('public-body', T.bodies[1], 'slide 3 source line');
  // slide 4: two text columns with a name split between them
  const s4 = pres.addSlide();
  const sp = L.person({ prefix: true }); const words = sp.full.split(' ');
  d.s('person-name', sp.full, `slide 4: the name starts at the end of the left text box ("${words.slice(0, -1).join(' ')}") and ends in the right one ("${words[words.length - 1]}")`);
  s4.addText('Vervolgafspraken', { x: 0.5, y: 0.3, w: 9, h: 0.6, fontSize: 20, bold: true });
  s4.addText(`Het gesprek met de bewoners wordt geleid door ${words.slice(0, -1).join(' ')}`, { x: 0.5, y: 1.2, w: 4.2, h: 2, fontSize: 16, valign: 'top' });
  s4.addText(`${words[words.length - 1]}, met ondersteuning van ${T.bodies[0]}. Contact via ${T.tel} of ${T.web}.`, { x: 5.2, y: 1.2, w: 4.2, h: 2, fontSize: 16, valign: 'top' });
  d.p('org-phone', T.tel, 'slide 4'); d.p('website', T.web, 'slide 4'); d.p('heading', 'Vervolgafspraken', 'slide 4 title');
  await pres.writeFile({ fileName: d.path });
  return d;
}

// ------------------------------------------------------------------------------------------- chat export (txt)
function chatTxt(C, file, T, o = {}) {
  const d = C.doc(file, 'txt', 'generator script (plain text, UTF-8)');
  const ppl = Array.from({ length: 4 }, () => L.person());
  ppl.forEach((p) => d.s('person-name', p.full, 'chat export, sender name after the timestamp on many lines (the same sender text repeats in this file)'));
  const lines = []; let min = 9 * 60 + 2;
  const ts = () => { min += L.int(1, 17); return `[${T.dateIso.split('-').reverse().join('-')} ${String(Math.floor(min / 60)).padStart(2, '0')}:${String(min % 60).padStart(2, '0')}]`; };
  const say = (p, t) => { const s = ts(); lines.push(`${s} ${p.full}: ${t}`); return s; };
  const first = say(ppl[0], `Goedemorgen allemaal, heeft iemand al iets gehoord over ${T.topic}?`);
  d.p('timestamp', first, 'first chat line');
  const tel = L.phone('mobile'); const t2 = L.phone('land'); const m = L.emailFor(L.person(), L.pick(L.PRIVATE_DOMAINS), 'long');
  const adr = L.street(); const pc = L.postcode(); const pl = L.plate(); const ib = L.iban('NL', 'grouped'); const db = L.dob('dash'); const bs = L.bsn('plain');
  const someone = L.person({ prefix: true });
  d.s('phone', tel, 'chat line longer than 250 characters, the number near the end (wraps when displayed)');
  say(ppl[1], `Ja, de melder belde gisteren weer. Ze is boos omdat niemand haar terugbelt en ze heeft inmiddels ook de krant ingeschakeld, dus we moeten echt vandaag iets doen. Ik heb beloofd dat iemand van ons haar voor vijf uur belt. Haar nummer is ${tel}`);
  d.s('person-name', someone.full, 'chat message typed over two lines: first name and prefix on one line, surname on the next (Shift+Enter)');
  const sw = someone.full.split(' ');
  say(ppl[2], `Gaat het om ${sw.slice(0, -1).join(' ')}\n${sw[sw.length - 1]}? Die woont toch aan de ${adr}?`);
  d.s('street-address', adr, 'chat line, unbroken');
  d.s('email', m, 'chat message split over two lines after the "@" (Shift+Enter)');
  say(ppl[1], `Klopt. Mail gaat naar ${m.split('@')[0]}@\n${m.split('@')[1]}`);
  d.s('postcode', pc, 'chat line, written without space? no: as typed'); d.secrets[d.secrets.length - 1].layout = 'chat line, postcode after the street on a long line';
  say(ppl[3], `Ik zie in het systeem ${pc} als postcode, en een tweede nummer ${t2}. Ze rijdt in een auto met kenteken ${pl}, die stond vaak op de stoep.`);
  d.s('phone', t2, 'chat line'); d.s('licence-plate', pl, 'chat line');
  say(ppl[0], `Oké. Voor de tegemoetkoming hebben we ook haar rekeningnummer: ${ib.split(' ').slice(0, 2).join(' ')}\n${ib.split(' ').slice(2).join(' ')} en geboortedatum ${db} en BSN ${bs}`);
  d.s('iban', ib, 'chat message split over two lines between the second and third group');
  d.s('date-of-birth', db, 'chat line'); d.s('bsn', bs, 'chat line, nine digits at the end of a message');
  const lt = say(ppl[2], `Ik laat ${T.holders[0][0]} via de ambtelijke lijn weten dat we dit oppakken. ${T.bodies[0]} is ook op de hoogte.`);
  d.p('office-holder', T.holders[0][0], `${T.holders[0][1]}, chat line`); d.p('public-body', T.bodies[0], 'chat line'); d.p('timestamp', lt, 'chat line');
  d.write(`Chatgeschiedenis "${o.title || 'Team ' + T.dept}"\nGeëxporteerd op ${T.date}\n\n` + lines.join('\n') + '\n');
  return d;
}

// ------------------------------------------------------------------------------------------- two-column plain text
function columnsTxt(C, file, T, o = {}) {
  const d = C.doc(file, 'txt', 'generator script (plain text laid out in two fixed-width columns, as a printed report saved as text)');
  const W = 38;
  const values = {};
  const p1 = L.person({ prefix: true }), p2 = L.person(), p3 = L.person({ prefix: true }), p4 = L.person();
  const nm1 = planted(d, 'person-name', p1.full, 'left column of a two-column text file (38 characters per column)');
  const nm2 = planted(d, 'person-name', p2.full, 'right column of the two-column text file');
  const nm3 = planted(d, 'person-name', p3.formal, 'left column');
  const nm4 = planted(d, 'person-name', p4.full, 'right column');
  const tl = planted(d, 'phone', L.phone('mobile'), 'left column; the line read across the page interleaves the right column');
  const tr = planted(d, 'phone', L.phone('land'), 'right column');
  const ml = planted(d, 'email', L.emailFor(p1, L.pick(L.PRIVATE_DOMAINS), 'long'), 'left column, longer than the column: broken at a character');
  const ad = planted(d, 'street-address', L.street(), 'right column'); const pc = planted(d, 'postcode', L.postcode(), 'right column');
  const ib = planted(d, 'iban', L.iban('NL', 'grouped'), 'left column'); const db = planted(d, 'date-of-birth', L.dob('words'), 'right column');
  const left = `Gespreksverslag ${T.date}. Aanwezig waren ${nm1} (aanvrager) en ${nm3} namens het team. De aanvrager is bereikbaar via ${tl} en per e-mail op ${ml}. De betaling van de eerste termijn volgt op rekening ${ib} zodra de stukken compleet zijn. ${T.holders[0][0]} is niet bij het gesprek aanwezig geweest.`;
  const right = `Toelichting: de partner van de aanvrager, ${nm2}, geboren op ${db}, woont op het adres ${ad}, ${pc} ${L.pick(T.towns)}. Zij of hij is te bereiken op ${tr}. Het dossier wordt verder behandeld door ${nm4}, die ook contact houdt met ${T.bodies[0]}.`;
  d.p('office-holder', T.holders[0][0], `${T.holders[0][1]}, left column`); d.p('public-body', T.bodies[0], 'right column');
  const wl = P.wrap(left, W, (s) => s.length, W - 6), wr = P.wrap(right, W, (s) => s.length, W - 6);
  const n = Math.max(wl.length, wr.length); const out = [];
  for (let i = 0; i < n; i++) out.push((wl[i] || '').padEnd(W + 4) + (wr[i] || ''));
  d.write(`${T.org.toUpperCase()}\n${T.dept}\n\n` + out.join('\n') + `\n\n${T.visit} | ${T.visitPc} | ${T.tel} | ${T.web}\n`);
  G.orgContact(d, T, 'footer line'); d.p('public-body', T.org, 'first line');
  return d;
}

// ------------------------------------------------------------------------------------------- HTML page
function htmlPage(C, file, T, o = {}) {
  const d = C.doc(file, 'html', 'generator script (HTML5)');
  const rows = [];
  for (let i = 0; i < 6; i++) {
    const p = L.person({ prefix: i % 2 === 0 }); const m = L.emailFor(p, L.pick([T.domain, ...L.PRIVATE_DOMAINS]), L.pick(['long', 'hyphen', 'under']));
    const t = L.phone(i % 2 ? 'land' : 'mobile');
    const nm = planted(d, 'person-name', p.full, 'table cell 90px wide with a soft hyphen / <wbr> inside the name');
    const mm = planted(d, 'email', m, i % 2 ? 'table cell: address written with &#64; for "@" and a <wbr> inside' : 'table cell 110px wide with word-break: break-all and a <wbr> inside');
    const tt = planted(d, 'phone', t, 'table cell 70px wide; the digits split over two <span>s with a <wbr> between');
    const mh = G.htmlMarked(mm); const th = G.htmlMarked(tt).replace('<wbr>', '</span><wbr><span>');
    rows.push(`<tr><td class="n">${G.htmlMarked(nm)}</td><td class="m">${i % 2 ? mh.replace('@', '&#64;') : mh}</td><td class="t"><span>${th}</span></td></tr>`);
  }
  const p = L.person(); const adr = L.street(); const pc = L.postcode(); const ib = L.iban('NL', 'grouped'); const bs = L.bsn('space'); const db = L.dob('allwords');
  d.s('person-name', p.full, 'paragraph on one very long source line (> 1000 characters)');
  d.s('street-address', adr, 'split by a <br> between street and number (address written on two lines)');
  d.s('postcode', pc, 'split by a <br> between digits and letters? no: on its own line after the <br>'); d.secrets[d.secrets.length - 1].layout = 'after the <br>, at the start of the second address line';
  d.s('iban', ib, 'IBAN with each group in its own <span>, no spaces in the source between the spans (spaces via CSS margin)');
  d.s('bsn', bs, 'BSN inside <strong>, followed directly by a number in the next inline element');
  d.s('date-of-birth', db, 'date of birth fully in words on the long source line');
  const ibHtml = ib.split(' ').map((g) => `<span class="g">${g}</span>`).join('');
  const longP = `<p>Op ${esc(T.date)} is het dossier besproken van ${esc(p.full)}, geboren op ${esc(db)}, die al jaren betrokken is bij ${esc(T.topic)}. ${Array.from({ length: 8 }, () => 'De behandelaar heeft de stukken doorgenomen, de feiten op een rij gezet en de belangen van alle betrokkenen tegen elkaar afgewogen, waarbij ook de adviezen van de partners zijn meegenomen.').join(' ')}</p>`;
  G.publics(d, T, 'page text'); G.orgContact(d, T, 'page footer'); d.p('heading', 'Vraag 1', 'heading h3'); d.p('heading', 'Antwoord 1', 'heading h3');
  const html = `<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>${esc(o.title)}</title>
<style>body{font:14px Arial;max-width:760px} td{border:1px solid #999;vertical-align:top} td.n{width:90px} td.m{width:110px;word-break:break-all} td.t{width:70px} .g{margin-right:.3em}</style></head>
<body><header><p>${esc(T.org)} · ${esc(T.dept)}</p></header>
<h1>${esc(o.title)}</h1>
${longP}
<h3>Vraag 1</h3><p>Wie waren er aanwezig bij het overleg met ${esc(T.holders[0][0])}, ${esc(T.holders[0][1])}?</p>
<h3>Antwoord 1</h3><table><tr><th>Naam</th><th>E-mail</th><th>Telefoon</th></tr>
${rows.join('\n')}
</table>
<p>Correspondentieadres van de aanvrager:<br>${esc(adr.replace(/ (\S+)$/, '<br>$1'))} <br>${esc(pc)} ${esc(L.pick(T.towns))}</p>
<p>Uitbetaling: ${ibHtml} · BSN <strong>${bs}</strong><span>${L.int(10, 99)}</span> (volgnummer)</p>
<p>Zie ook de reactie van ${esc(T.bodies[0])} en ${esc(T.bodies[1])}.</p>
<footer><p>${esc(T.visit)}, ${esc(T.visitPc)} | ${esc(T.postbus)}, ${esc(T.postbusPc)} | ${esc(T.tel)} | <a href="https://${esc(T.web)}">${esc(T.web)}</a></p></footer>
</body></html>
`.replace('&lt;br&gt;', '<br>');
  d.write(html);
  return d;
}

// ------------------------------------------------------------------------------------------- CSV
function csvList(C, file, T, o = {}) {
  const d = C.doc(file, 'csv', 'generator script (CSV, ";"-separated as Dutch Excel writes it)');
  const head = ['voornaam', 'tussenvoegsel', 'achternaam', 'straat', 'huisnummer', 'postcode', 'woonplaats', 'netnummer', 'abonneenummer', 'mobiel', 'email', 'bsn', 'volgnr', 'kenteken', 'opmerking'];
  const out = [head.join(';')];
  const q = (s) => (/[;"\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
  for (let i = 0; i < (o.n || 10); i++) {
    const p = L.person({ prefix: i % 2 === 0 }); const a = L.street(); const nr = a.split(' ').pop(); const st = a.slice(0, a.length - nr.length - 1);
    const pc = L.postcode(i % 3 ? 'space' : 'tight'); const land = L.phone('land', 'dash'); const [area, sub] = land.split('-');
    const mob = L.phone('mobile', L.pick(['plain', 'dash', 'intlplain', 'sp4'])); const m = L.emailFor(p, L.pick(L.PRIVATE_DOMAINS), L.pick(['long', 'year', 'under']));
    const bs = L.bsn('plain'); const pl = L.plate();
    d.s('person-name', p.full, `split over the fields voornaam;tussenvoegsel;achternaam as "${p.first}";"${p.prefix}";"${p.last}"`);
    d.s('street-address', a, `split over the fields straat;huisnummer as "${st}";"${nr}"`);
    d.s('postcode', pc, 'own field'); d.s('phone', land, `split over the fields netnummer;abonneenummer as "${area}";"${sub}"`);
    d.s('phone', mob, 'field mobiel'); d.s('email', m, 'field email');
    d.s('bsn', bs, 'field bsn, directly followed by the digits field volgnr'); d.s('licence-plate', pl, 'field kenteken');
    const note = i === 2 ? `belt liever:\n${L.pick(['s avonds', 'na 18 uur'])}` : L.pick(['', 'bezwaar', 'wil gesprek', 'geen mail']);
    out.push([p.first, p.prefix, p.last, st, nr, pc, L.pick(T.towns), area, sub, mob, m, bs, String(L.int(1, 99)).padStart(3, '0'), pl, note].map(q).join(';'));
  }
  d.write('\ufeff' + out.join('\r\n') + '\r\n');
  return d;
}

// ------------------------------------------------------------------------------------------- scans
// renders an HTML letter page with Chromium, then scans it (tilt, noise) into png / tif / image-only pdf
async function scan(C, file, T, o = {}) {
  const ext = path.extname(file).slice(1);
  const kind = ext === 'pdf' ? 'jpg' : ext;
  const producer = `Chromium headless (page) + ${o.renderer === 'gs' ? 'Ghostscript pnggray' : 'pdftoppm'} ${o.dpi || 200} dpi + ImageMagick (rotate ${o.angle || 1.1}°, Gaussian noise${kind === 'tif' ? ', threshold, CCITT G4' : kind === 'png' ? ', posterised grey' : ', JPEG'})${ext === 'pdf' ? ' + ' + (o.pdfWith === 'gs' ? 'Ghostscript viewjpeg (image-only PDF)' : 'pdfkit (image-only PDF)') : ''}`;
  const d = C.doc(file, ext === 'tif' ? 'tif' : ext, producer);
  const sender = L.person(); const adr = L.street(); const pc = L.postcode(); const tel = L.phone('mobile'); const m = L.emailFor(sender, L.pick(L.PRIVATE_DOMAINS), 'year');
  const bs = L.bsn('dots'); const ib = L.iban('NL', 'grouped'); const db = L.dob(L.pick(['long', 'words', 'dash'])); const pl = L.plate();
  const child = L.person({ prefix: true });
  const where = `scanned page (${o.dpi || 200} dpi, tilted ${o.angle || 1.1}°, noise)`;
  d.s('person-name', sender.full, `${where}, sender block top left`); d.s('street-address', adr, `${where}, sender block`); d.s('postcode', pc, `${where}, sender block`);
  const tt = planted(d, 'phone', tel, `${where}, body text 120 mm wide`); const mm = planted(d, 'email', m, `${where}, body`);
  const b2 = planted(d, 'bsn', bs, `${where}, form table; the next cell holds a date`);
  const ibm = planted(d, 'iban', ib, `${where}, narrow form field 38 mm wide`);
  const dbm = planted(d, 'date-of-birth', db, `${where}, body`); const plm = planted(d, 'licence-plate', pl, `${where}, body`);
  const cm = planted(d, 'person-name', child.full, `${where}, body`);
  const sig = d.s('person-name', sender.formal, `${where}, signature line at the bottom`);
  d.p('public-body', T.org, 'addressee'); d.p('org-address', T.postbus, 'addressee'); d.p('org-address', T.postbusPc, 'addressee');
  d.p('office-holder', T.holders[0][0], `${T.holders[0][1]}, addressee ("t.a.v.")`);
  const h = G.htmlMarked;
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><style>@page{size:A4;margin:25mm 28mm} body{font:11pt/1.45 "DejaVu Serif",serif;width:154mm;margin:0}
 .b{width:120mm} table{border-collapse:collapse} td{border:1px solid #000;padding:3px 5px;vertical-align:top} td.f{width:38mm;word-break:break-all}</style></head><body>
<p>${esc(sender.full)}<br>${esc(adr)}<br>${esc(pc)} ${esc(L.pick(T.towns))}</p>
<p style="margin-top:14mm">${esc(T.org)}<br>t.a.v. ${esc(T.holders[0][0])}<br>${esc(T.postbus)}<br>${esc(T.postbusPc)}</p>
<p style="margin-top:12mm">${esc(L.pick(T.towns))}, ${esc(T.date)}</p>
<p>Betreft: bezwaar en verzoek om vergoeding</p>
<div class="b"><p>Geachte heer, mevrouw,</p>
<p>Hierbij maak ik bezwaar tegen uw besluit over ${esc(T.topic)}. Mijn dochter ${h(cm)}, geboren ${h(dbm)}, is door de werkzaamheden ernstig gehinderd. Onze auto met kenteken ${h(plm)} kon wekenlang niet bij ons huis komen.</p>
<p>U kunt mij bereiken op ${h(tt)} of per e-mail op ${h(mm)}. Graag ontvang ik de vergoeding op het onderstaande rekeningnummer.</p></div>
<table><tr><td>BSN</td><td>Datum aanvraag</td><td>IBAN</td></tr><tr><td>${h(b2)}</td><td>${T.dateIso.split('-').reverse().join('-')}</td><td class="f">${h(ibm)}</td></tr></table>
<p style="margin-top:10mm">Met vriendelijke groet,</p><p style="margin-top:12mm">${esc(sig)}</p></body></html>`;
  const pdf = path.join(P.SRC, path.basename(file) + '.page.pdf');
  P.chromiumPdf(html, pdf, path.basename(file) + '.page');
  if (ext === 'pdf') {
    const jpg = path.join(P.SRC, path.basename(file) + '.jpg');
    P.scanPage(pdf, 1, jpg, { dpi: o.dpi || 200, angle: o.angle || 1.1, kind: 'jpg', renderer: o.renderer });
    if (o.pdfWith === 'gs') {
      const dpi = o.dpi || 200; const s = (72 / dpi).toFixed(5);
      P.run('gs', ['-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-sDEVICE=pdfwrite', '-dDEVICEWIDTHPOINTS=595', '-dDEVICEHEIGHTPOINTS=842', '-dFIXEDMEDIA', `-sOutputFile=${d.path}`,
        `--permit-file-read=${jpg}`, '-c', `${s} ${s} scale`, '-f', '/usr/share/ghostscript/10.00.0/lib/viewjpeg.ps', '-c', `(${jpg}) viewJPEG showpage`]);
    } else {
      const doc = new P.PDFDocument({ size: 'A4', margin: 0, info: { Producer: 'scanner', Title: 'scan' } });
      const st = fs.createWriteStream(d.path); doc.pipe(st); doc.image(jpg, 0, 0, { width: 595.28, height: 841.89 }); doc.end();
      await new Promise((r) => st.on('finish', r));
    }
  } else P.scanPage(pdf, 1, d.path, { dpi: o.dpi || 200, angle: o.angle || 1.1, kind, noise: o.noise, renderer: o.renderer });
  d.sourcePdf = pdf;
  return d;
}

module.exports = { exceljsList, fodsList, deck, chatTxt, columnsTxt, htmlPage, csvList, scan };
