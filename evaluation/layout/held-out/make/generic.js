'use strict';
// Document makers used by several bundles. Each one invents its own people, plants them where the layout of that
// format breaks them, records every item, and writes the file with its producer.
const fs = require('fs');
const path = require('path');
const L = require('./lib');
const P = require('./producers');
const M = require('./mail');
const O = require('./office');
const { planted } = require('./plant');
const { brk, hyph, clean } = P;

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
// marked value -> HTML: a marked place becomes a break opportunity (<wbr>) or a soft hyphen
const htmlMarked = (s) => esc(s).replace(/\^¦/g, '&shy;').replace(/¦/g, '<wbr>');
let padId = 0;
// wraps a marked value in a span that the page script pushes until it is split over two lines (or columns)
// (no filler is added: where the value falls in the line is left to the browser; check.js records where it broke)
function padded(marked) { return htmlMarked(marked); }
const FILLER = ['De aanwezigen bespreken hoe de omgeving wordt geïnformeerd over de planning en de maatregelen tegen geluidsoverlast.',
  'Afgesproken wordt dat de communicatieadviseur een nieuwsbrief opstelt die huis aan huis wordt verspreid.',
  'Er is discussie over de bereikbaarheid van de woningen in de straten rond het terrein tijdens de opbouw en de afbouw.',
  'De vertegenwoordiger van de hulpdiensten benadrukt dat de calamiteitenroute te allen tijde vrij moet blijven.',
  'Over de inzet van beveiligers wordt nog geen besluit genomen; eerst volgt een gesprek met de organisator.',
  'Het verslag van de vorige vergadering wordt met een kleine tekstuele wijziging vastgesteld.',
  'De secretaris licht toe welke klachten er sinds de vorige bijeenkomst zijn binnengekomen en hoe die zijn afgehandeld.',
  'Enkele bewoners geven aan dat zij de informatie te laat ontvingen; daarom wordt de termijn voor het versturen verlengd.',
  'De projectleider zegt toe de planning voor de komende maanden voor de volgende vergadering rond te sturen.',
  'Ten slotte wordt afgesproken om de evaluatie na afloop in een openbare bijeenkomst te bespreken.'];

function publics(d, T, where) {
  for (const [n, role] of T.holders.slice(0, 2)) d.p('office-holder', n, `${role}, ${where}`);
  d.p('public-body', T.org, where); for (const b of T.bodies.slice(0, 2)) d.p('public-body', b, where);
}
function orgContact(d, T, where) {
  d.p('org-address', T.visit, where); d.p('org-address', T.visitPc, where); d.p('org-address', T.postbus, where); d.p('org-address', T.postbusPc, where);
  d.p('org-phone', T.tel, where); d.p('website', T.web, where);
}

// ---------------------------------------------------------------------------------------------------------------
// e-mail: long To/Cc lists, body with broken values, signature, optional quoted earlier message
async function mail(C, file, producer, T, o = {}) {
  const d = C.doc(file, 'eml', producer === 'python' ? 'Python email (standard library)' : 'nodemailer MailComposer');
  const from = L.person(); const fromMail = L.emailFor(from, o.fromDomain || T.domain, 'dot');
  d.s('person-name', from.full, 'From display name'); d.s('email', fromMail, 'From header');
  const to = [], cc = [];
  for (let i = 0; i < (o.nTo ?? 3) + (o.nCc ?? 4); i++) {
    const p = L.person({ prefix: i % 2 === 0 });
    const dom = i % 3 === 2 ? L.pick(L.PRIVATE_DOMAINS) : (o.domains ? L.pick(o.domains) : T.domain);
    const m = L.emailFor(p, dom, L.pick(['long', 'under', 'hyphen', 'inits', 'dot']));
    const hdr = i < (o.nTo ?? 3) ? 'To' : 'Cc';
    d.s('person-name', p.full, `display name in the ${hdr} header; the header is folded over several lines`);
    d.s('email', m, `${hdr} header, long recipient list folded`);
    (hdr === 'To' ? to : cc).push({ name: p.full, address: m, p });
  }
  const subj = o.subject || `RE: ${T.subject}`;
  const citizen = L.person();
  const tel = L.phone('mobile'); const tel2 = L.phone('land'); const adr = L.street(); const pc = L.postcode(); const b = L.dob(L.pick(['words', 'long', 'dash', 'allwords']));
  const ib = L.iban(L.rnd() < 0.8 ? 'NL' : 'BE', L.rnd() < 0.7 ? 'grouped' : 'plain');
  const w = o.width || 72;
  const cName = planted(d, 'person-name', citizen.full, 'body, hard-wrapped plain text');
  const cTel = planted(d, 'phone', tel, `body hard-wrapped at ${w} columns`);
  const cAdr = planted(d, 'street-address', adr, 'body');
  const cPc = planted(d, 'postcode', pc, 'body');
  const cB = planted(d, 'date-of-birth', b, 'body');
  const cIb = planted(d, 'iban', ib, 'body');
  const town = L.pick(T.towns);
  const paras = [
    `Beste ${to[0].p.first},`,
    o.opening || `Naar aanleiding van ons overleg over ${T.topic} stuur ik je de gegevens die we nodig hebben voor het dossier.`,
    `Het gaat om ${citizen.gender === 'm' ? 'de heer' : 'mevrouw'} ${cName}, ${o.birthWord || 'geboren op'} ${cB}, wonend aan de ${cAdr} in ${cPc} ${town}. ${citizen.gender === 'm' ? 'Hij' : 'Zij'} is overdag bereikbaar op ${cTel} en heeft gevraagd om de vergoeding over te maken op rekeningnummer ${cIb} ten name van ${citizen.gender === 'm' ? 'hem' : 'haar'} zelf.`,
    o.middle || `Wil je dit verwerken voordat ${T.holders[0][0]} (${T.holders[0][1]}) de brief ondertekent? Het is de bedoeling dat de stukken volgende week naar ${T.bodies[0]} gaan.`,
  ];
  d.p('office-holder', T.holders[0][0], `${T.holders[0][1]}, named in the body`);
  d.p('public-body', T.bodies[0], 'body');
  const sigTel = planted(d, 'phone', L.phone('mobile', L.pick(['intl0', 'sp4', 'intlsp2', 'dash'])), 'signature block');
  const sigTel2 = tel2;
  d.s('phone', sigTel2, 'signature block, direct line, on one line');
  const sig = ['Met vriendelijke groet,', '', from.full, o.role || 'Beleidsadviseur', T.dept, T.org, `${T.visit} | ${T.visitPc}`, `${T.postbus} | ${T.postbusPc}`,
    `T ${sigTel2}`, `M ${sigTel}`, T.web];
  d.p('public-body', T.org, 'signature'); d.p('org-address', T.visit, 'signature'); d.p('org-address', T.visitPc, 'signature');
  d.p('org-address', T.postbus, 'signature'); d.p('org-address', T.postbusPc, 'signature'); d.p('website', T.web, 'signature');
  let text = M.body([...paras, sig], w);
  if (o.quote !== false) {
    const q = L.person({ prefix: true }); const qMail = L.emailFor(q, L.pick(L.PRIVATE_DOMAINS), 'year');
    const qTel = L.phone(L.rnd() < 0.5 ? 'mobile' : 'land');
    const qName = planted(d, 'person-name', q.full, 'quoted earlier message ("> " prefixes)');
    const qm = planted(d, 'email', qMail, 'quoted "Van:" line of the earlier message');
    const qt = planted(d, 'phone', qTel, 'quoted earlier message');
    const qa = planted(d, 'street-address', L.street(), 'quoted earlier message');
    const qtxt = M.body([`Van: ${qName} <${qm}>`, `Verzonden: ${o.qdate || 'maandag ' + T.date + ' 08:12'}`, `Onderwerp: ${T.subject}`,
      `Geachte heer, mevrouw, ik ben ${qName} en woon aan de ${qa}. Ik wil graag weten wat er met mijn melding over ${T.topic} is gebeurd. U kunt mij bellen op ${qt}, bij voorkeur tussen 12.00 en 13.00 uur.`,
      ['Met vriendelijke groet,', qName.replace(/\^¦|¦/g, '')]], 70);
    text += '\n\n' + M.quote(qtxt);
    d.secrets.find((x) => x.text === q.full).layout += '; the name also ends the quoted message unbroken';
  }
  const date = o.date || new Date(T.dateIso + 'T10:31:00+02:00');
  const mid = `<${T.key}.${path.basename(file, '.eml')}.${L.digits(6)}@${T.domain}.invalid>`;
  const html = o.html ? `<html><body style="font-family:Arial;font-size:10pt">${M.body(paras, 100000).split('\n\n').map((p) => `<p>${esc(clean(p))}</p>`).join('')}<p>${sig.map(esc).join('<br>')}</p></body></html>` : undefined;
  if (producer === 'python') {
    const fmt = (x) => `"${x.name}" <${x.address}>`;
    M.pythonEmail({ from: `"${from.full}" <${fromMail}>`, to: to.map(fmt), cc: cc.map(fmt), subject: subj, date: date.toUTCString().replace('GMT', '+0000'),
      messageId: mid, text, html, policy: o.policy, cte: o.cte, htmlCte: o.htmlCte, attachments: o.attachments }, d.path);
  } else {
    await M.nodemailer({ from: { name: from.full, address: fromMail }, to: to.map(({ name, address }) => ({ name, address })), cc: cc.map(({ name, address }) => ({ name, address })),
      subject: subj, date, messageId: mid, text, html }, d.path);
  }
  return d;
}

// ---------------------------------------------------------------------------------------------------------------
// Chromium: two-column minutes with page margin boxes, an attendee table with narrow break-all cells, a BSN/number
// table whose adjacent cells hold digits, hyphenation by soft hyphens, text over a page break.
function minutesHtml(d, T, o = {}) {
  const att = [];
  for (let i = 0; i < 7; i++) {
    const p = L.person({ prefix: i % 2 === 0 });
    const m = L.emailFor(p, i < 4 ? T.domain : L.pick(L.PRIVATE_DOMAINS), L.pick(['long', 'hyphen', 'under', 'inits']));
    const t = L.phone(i % 2 ? 'land' : 'mobile');
    d.s('person-name', p.full, 'attendee table, name cell 28 mm wide (words wrap)');
    d.s('email', m, 'attendee table, e-mail cell 30 mm wide with word-break: break-all (wraps at any character)');
    d.s('phone', t, 'attendee table, phone cell 19 mm wide with word-break: break-all');
    att.push(`<tr><td class="n">${esc(p.full)}</td><td class="f">${esc(L.pick(['beleidsadviseur', 'teamleider', 'projectleider', 'bewonersvertegenwoordiger', 'jurist']))}</td><td class="m">${esc(m)}</td><td class="t">${esc(t)}</td></tr>`);
  }
  const rows = [];
  for (let i = 0; i < 5; i++) {
    const p = L.person(); const bs = L.bsn(L.pick(['plain', 'plain', 'dots', 'space']));
    const dossier = String(L.int(1000, 9999)); const ib = L.iban('NL', 'plain');
    d.s('person-name', p.formal, 'dossier table, name cell');
    d.s('bsn', bs, 'dossier table: the BSN cell stands directly left of a 4-digit dossier-number cell; printed the two may read as one long number');
    d.s('iban', ib, 'dossier table, unspaced IBAN in a 25 mm cell with word-break: break-all');
    rows.push(`<tr><td>${esc(p.formal)}</td><td class="num">${bs}</td><td class="num">${dossier}</td><td class="ib">${ib}</td><td class="num">${L.int(2, 48) * 250},00</td></tr>`);
  }
  const speakers = Array.from({ length: 6 }, () => L.person({ prefix: L.rnd() < 0.5 }));
  const sp = speakers.map((p, i) => planted(d, 'person-name', i === 0 && p.full.includes('-') ? p.full : p.full, i < 2 ? 'two-column text (CSS columns, fixed height): placed near the column break' : 'two-column text, flowing paragraph'));
  const ph = planted(d, 'phone', L.phone('mobile', L.pick(['dash', 'sp4', 'intl', 'c0031'])), 'two-column text, the number wrapped in the column');
  const em = planted(d, 'email', L.emailFor(L.person(), L.pick(L.PRIVATE_DOMAINS), 'long'), 'two-column text, break opportunity (<wbr>) inside the address');
  const ad = planted(d, 'street-address', L.street(), 'two-column text');
  const pc = planted(d, 'postcode', L.postcode(), 'two-column text');
  const pl = planted(d, 'licence-plate', L.plate(), 'two-column text');
  const db = planted(d, 'date-of-birth', L.dob('words'), 'two-column text');
  const hyName = L.person({ prefix: true });
  const hyN = d.s('person-name', hyName.full, 'two-column text; soft hyphens (&shy;) in the surname so it is hyphenated at a line end');
  const hyHtml = esc(hyName.full).replace(/([a-zë]{3})([a-z]{3,})$/, '$1&shy;$2');
  publics(d, T, 'minutes'); orgContact(d, T, 'running footer of every page');
  d.p('heading', 'Besluitenlijst', 'heading'); d.p('heading', 'Aanwezig', 'heading');
  d.p('timestamp', '19:30', 'start time in the minutes'); d.p('timestamp', '21:45', 'end time');
  const [h1, h1role] = T.holders[0];
  const body = `
<p>De voorzitter opent om 19:30 uur de vergadering en heet iedereen welkom, in het bijzonder ${padded(sp[0])} die namens de bewoners het woord zal voeren.</p>
<p>${esc(h1)}, ${esc(h1role)}, heeft laten weten dat zij of hij het verslag persoonlijk wil ontvangen. De secretaris zegt toe dat ${T.bodies[0]} en ${T.bodies[1]} een afschrift krijgen.</p>
<p><b>1. Mededelingen.</b> ${padded(sp[2])} meldt dat de bewonersavond goed bezocht was. Er waren ruim tachtig aanwezigen. Een bewoner vroeg om terugbellen op ${padded(ph)}; dat is inmiddels gebeurd. ${padded(sp[3])} vraagt of de reacties ook per e-mail kunnen, bijvoorbeeld via ${padded(em)}.</p>
<p><b>2. Verkeer en parkeren.</b> Tijdens de opbouw stond een bestelbus met kenteken ${padded(pl)} op de nooduitgang. De eigenaar, die woont aan de ${padded(ad)} (${padded(pc)}), is aangesproken. ${padded(sp[4])} stelt voor om verkeersregelaars in te zetten bij de ingang aan de zuidkant van het terrein, zodat hulpdiensten altijd doorgang hebben.</p>
<p><b>3. Zorg en veiligheid.</b> De melding over de minderjarige bezoeker, geboren op ${padded(db)}, is doorgezet naar de GGD. De ouders zijn ingelicht door ${hyHtml}, die als vertrouwenspersoon optreedt en daarover later schriftelijk rapporteert aan de voorzitter en de secretaris van het overleg.</p>
<p>${FILLER.slice(0, 5).join(' ')}</p><p>${FILLER.slice(5).join(' ')}</p><p>${FILLER.slice(2, 8).join(' ')}</p><p>${FILLER.slice(0, 6).reverse().join(' ')}</p>
<p><b>4. Rondvraag.</b> ${padded(sp[5])} vraagt naar de afvalafvoer. ${padded(sp[1])} zegt toe dit uit te zoeken en om 21:45 uur sluit de voorzitter de vergadering.</p>`;
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${esc(o.title)}</title><style>
@page { size: A4; margin: 22mm 18mm 20mm 18mm;
  @top-left { content: "${esc(T.org)} — ${esc(o.title)}"; font: 8pt Arial; }
  @top-right { content: "Pagina " counter(page) " van " counter(pages); font: 8pt Arial; }
  @bottom-center { content: "${esc(T.visit)} · ${esc(T.visitPc)} · ${esc(T.postbus)} · ${esc(T.postbusPc)} · T ${esc(T.tel)} · ${esc(T.web)}"; font: 7pt Arial; } }
html, body { margin: 0; } body { width: 174mm; font: 9.5pt/1.35 "Liberation Sans", Arial, sans-serif; hyphens: manual; orphans: 1; widows: 1; }
h1 { font-size: 14pt; } h2 { font-size: 11pt; margin: 8px 0 4px; }
table { border-collapse: collapse; table-layout: fixed; margin: 4px 0 10px; } td, th { border: 0.5pt solid #777; padding: 2px 3px; font-size: 8pt; vertical-align: top; text-align: left; }
td.n { width: 28mm; } td.f { width: 24mm; } td.m { width: 30mm; word-break: break-all; } td.t { width: 19mm; word-break: break-all; }
td.num { text-align: right; width: 17mm; padding-right: 0; } td.ib { width: 25mm; word-break: break-all; }
.cols { columns: 2; column-gap: 8mm; text-align: justify; }
.cols2 { columns: 2; column-gap: 8mm; text-align: justify; }
</style></head><body>
<h1>${esc(o.title)}</h1>
<p>Datum: ${esc(T.date)} · Locatie: ${esc(T.visit)}, ${esc(T.city)} · Aanvang 19:30 uur</p>
<h2>Aanwezig</h2>
<table><tr><th>Naam</th><th>Functie</th><th>E-mail</th><th>Telefoon</th></tr>${att.join('')}</table>
<h2>Besluitenlijst</h2>
<div class="cols">${body}</div>
<h2>Bijlage: dossiers schadeloosstelling</h2>
<table><tr><th style="width:40mm">Naam</th><th>BSN</th><th>Dossier</th><th>IBAN</th><th>Bedrag (EUR)</th></tr>${rows.join('')}</table>
</body></html>`;
}
function chromiumMinutes(C, file, T, o) {
  const d = C.doc(file, 'pdf', 'Chromium headless --print-to-pdf');
  P.chromiumPdf(minutesHtml(d, T, o), d.path, path.basename(file, '.pdf') + '-' + T.key);
  return d;
}

module.exports = { mail, chromiumMinutes, minutesHtml, publics, orgContact, esc, htmlMarked, padded };
