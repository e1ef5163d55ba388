'use strict';
// Bundel 1: Woo-verzoek over windpark Zuidveld (Ministerie van Infrastructuur en Waterstaat / EZK, voorjaar 2023).
const L = require('./lib');
const P = require('./producers');
const M = require('./mail');
const { brk, hyph } = P;

const IENW = {
  body: 'Ministerie van Infrastructuur en Waterstaat', visit: 'Rijnstraat 8', visitPc: '2515 XP Den Haag',
  postbus: 'Postbus 20901', postbusPc: '2500 EX Den Haag', tel: '070 456 0000', web: 'www.rijksoverheid.nl/ienw',
};

module.exports = async function bundel1(C) {
  // ---------------------------------------------------------------------------------------------- mail-01.eml
  {
    const d = C.doc('bundel-1/mail-01.eml', 'eml', 'nodemailer MailComposer');
    const from = L.person(); const fromMail = L.emailFor(from, 'ziggo.nl', 'year');
    d.s('person-name', from.full, 'From display name'); d.s('email', fromMail, 'From header');
    const rcpt = [];
    for (let i = 0; i < 6; i++) {
      const p = L.person({ prefix: i % 2 === 0 });
      const m = L.emailFor(p, i < 4 ? 'minienw.nl' : 'rws.nl', i % 3 === 0 ? 'dot' : i % 3 === 1 ? 'inits' : 'hyphen');
      d.s('person-name', p.full, `display name in the ${i < 3 ? 'To' : 'Cc'} header, the header folded over lines`);
      d.s('email', m, `address in the ${i < 3 ? 'To' : 'Cc'} header, long list folded`);
      rcpt.push({ name: p.full, address: m });
    }
    const tel1 = L.phone('mobile', 'dash'); const tel2 = L.phone('land', 'brack', '0527');
    const adr = L.street(); const pc = L.postcode();
    const kid = L.person();
    const dobKid = L.dob('words');
    d.s('phone', tel1, 'body, hard-wrapped at 72 columns right after "06-"');
    d.s('phone', tel2, 'body, hard-wrapped between "(0527)" and the subscriber digits');
    d.s('street-address', adr, 'body, wrapped between street name and house number');
    d.s('postcode', pc, 'body, wrapped between the digits and the letters');
    d.s('person-name', kid.full, 'body, first name at a line end, surname on the next line');
    d.s('date-of-birth', dobKid, 'body, date of birth in words wrapped after the month');
    d.p('office-holder', 'Rob Jetten', 'minister voor Klimaat en Energie named in the body (term 2022-2024, mail of 2023)');
    d.p('company', 'Windkracht Zuidveld B.V.', 'developer named in the body');
    d.p('public-body', 'Rijkswaterstaat', 'named in the body');
    d.p('public-body', 'gemeente Noordoostpolder', 'named in the body');
    const kidWords = kid.full.split(' ');
    const text = M.body([
      'Geachte heer, mevrouw,',
      `Namens de bewoners van de Zuidveldweg en omgeving schrijf ik u over het voorgenomen windpark van Windkracht Zuidveld B.V. Wij hebben de informatieavond van Rijkswaterstaat bezocht, maar onze vragen over slagschaduw en geluid zijn niet beantwoord. Ook de gemeente Noordoostpolder verwijst ons steeds door naar het ministerie. Ik ben overdag bereikbaar op ${brk(tel1, '06-')} en 's avonds op het vaste nummer ${brk(tel2, ') ')} (na 19.00 uur).`,
      `Ons huis staat aan de ${brk(adr, adr.replace(/ \S+$/, ''))} in ${brk(pc, pc.slice(0, 4))} Tollebeek, op nog geen 600 meter van de geplande mast nummer 4. Mijn zoon ${kidWords.slice(0, 1).join(' ')}¦ ${kidWords.slice(1).join(' ')}, geboren op ${brk(dobKid, dobKid.split(' ').slice(0, 2).join(' '))} heeft epilepsie en de neuroloog heeft ons gewaarschuwd voor de flikkering van de wieken. Wij willen graag weten of minister Rob Jetten hiervan op de hoogte is gebracht.`,
      'Ik verzoek u op grond van de Wet open overheid om alle documenten over de locatiekeuze van mast 4, inclusief de onderzoeken naar slagschaduw, openbaar te maken.',
      'Met vriendelijke groet,',
      [from.full, `${from.initials} ${from.surname}`, 'Zuidveldweg-comité'],
    ]).replace(/¦ /g, '\n');
    d.s('person-name', `${from.initials} ${from.surname}`, 'signature line under the full name');
    await M.nodemailer({
      from: { name: from.full, address: fromMail }, to: rcpt.slice(0, 3), cc: rcpt.slice(3),
      subject: 'Woo-verzoek windpark Zuidveld mast 4 – slagschaduw en geluid', date: new Date('2023-03-14T08:47:00+01:00'),
      messageId: '<20230314084700.4471@zuidveld-comite.invalid>', text,
    }, d.path);
  }

  // ---------------------------------------------------------------------------------------------- mail-02.eml
  {
    const d = C.doc('bundel-1/mail-02.eml', 'eml', 'nodemailer MailComposer');
    const a = L.person({ prefix: true }); const aMail = L.emailFor(a, 'minienw.nl', 'dot');
    const b = L.person(); const bMail = L.emailFor(b, 'minezk.nl', 'inits');
    const c = L.person({ prefix: true }); const cMail = L.emailFor(c, 'rws.nl', 'long');
    const aTel = L.phone('mobile', 'intl0'); const bTel = L.phone('mobile', 'sp2'); const cTel = L.phone('land', 'intl', '030');
    const cMob = L.phone('mobile', 'c0031');
    d.s('person-name', a.full, 'From display name; again in the signature block');
    d.s('email', aMail, 'From header');
    d.s('person-name', b.full, 'To display name and quoted "Van:" line');
    d.s('email', bMail, 'To header and quoted "Van:" line, quoted line wrapped inside the address');
    d.s('person-name', c.full, 'Cc display name, quoted two levels deep');
    d.s('email', cMail, 'Cc header');
    d.s('phone', aTel, 'signature, wrapped inside "+31 (0)6-" / digits');
    d.s('phone', bTel, 'quoted reply (> ), wrapped after the second digit pair');
    d.s('phone', cTel, 'quoted twice (>> ), wrapped after "+31 30"');
    d.s('phone', cMob, 'quoted twice (>> ), wrapped after "0031"');
    const res = L.person(); const resAdr = L.street(); const resPc = L.postcode('tight');
    d.s('person-name', res.formal, 'quoted reply, initials at line end and surname on the next quoted line');
    d.s('street-address', resAdr, 'quoted reply, house number on the next quoted line');
    d.s('postcode', resPc, 'quoted reply, written without space');
    d.p('office-holder', 'Rob Jetten', 'minister voor Klimaat en Energie in the body');
    d.p('office-holder', 'Vivianne Heijnen', 'staatssecretaris van Infrastructuur en Waterstaat in the quoted mail');
    d.p('public-body', 'Directoraat-generaal Klimaat en Energie', 'signature');
    d.p('org-address', 'Bezuidenhoutseweg 73', 'signature, visiting address');
    d.p('org-address', '2594 AC Den Haag', 'signature, visiting address postcode');
    d.p('org-address', 'Postbus 20401', 'signature');
    d.p('website', 'www.rijksoverheid.nl/ezk', 'signature');
    d.p('public-body', 'Rijkswaterstaat', 'quoted signature');
    const ownWords = res.formal.split(' ');
    const q2 = M.body([
      `Van: ${c.full}`, 'Verzonden: woensdag 8 maart 2023 16:02',
      `${a.first}, de geluidsberekening voor mast 4 is door het bureau opnieuw gedaan. Ik stuur die morgen. Bel me gerust: kantoor ${brk(cTel, '+31 30 ')} of mobiel ${brk(cMob, '0031 ')}.`,
      `Groet, ${c.first}`, 'Rijkswaterstaat Midden-Nederland',
    ], 68);
    const q1 = M.body([
      `Van: ${b.full} <${brk(bMail, bMail.indexOf('@') - 3)}>`, 'Verzonden: donderdag 9 maart 2023 09:31', `Aan: ${a.full}`,
      `Beste ${a.first}, wij hebben een klacht binnen van ${res.gender === "m" ? "de heer" : "mevrouw"} ${ownWords.slice(0, 1)}¦ ${ownWords.slice(1).join(' ')} uit Tollebeek. ${res.gender === "m" ? "Hij" : "Zij"} woont aan de ${brk(resAdr, resAdr.replace(/ \S+$/, ''))} (${resPc}). De staatssecretaris Vivianne Heijnen heeft er in het Kamerdebat al iets over gezegd. Kun je mij even bellen op ${brk(bTel, bTel.slice(0, 8))}?`,
      `Groet, ${b.first}`,
    ], 70).replace(/¦ /g, '\n');
    const text = M.body([
      `Hoi ${b.first},`,
      'Ik heb met de minister (Rob Jetten) afgestemd dat we de bewoners een brief sturen met een uitnodiging voor een keukentafelgesprek. Zie de berekening van RWS hieronder.',
      ['Met vriendelijke groet,', '', a.full, 'Senior beleidsmedewerker windenergie op land', 'Directoraat-generaal Klimaat en Energie',
        'Bezuidenhoutseweg 73 | 2594 AC Den Haag | Postbus 20401 | 2500 EK Den Haag', `M ${brk(aTel, '+31 (0)6-')}`, 'www.rijksoverheid.nl/ezk'],
    ]) + '\n\n' + M.quote(q1) + '\n>\n' + M.quote(q2, 2);
    await M.nodemailer({
      from: { name: a.full, address: aMail }, to: [{ name: b.full, address: bMail }], cc: [{ name: c.full, address: cMail }],
      subject: 'RE: RE: geluidsberekening mast 4 Zuidveld', date: new Date('2023-03-09T11:12:00+01:00'),
      messageId: '<AM0PR09MB4471.eurprd09.prod.outlook.invalid>', inReplyTo: '<AM0PR09MB3301.eurprd09.prod.outlook.invalid>', text,
    }, d.path);
    d.secrets.find((x) => x.text === res.formal).layout = 'quoted reply, "de heer" + initials at a line end and the surname on the next quoted line';
  }

  // ---------------------------------------------------------------------------------------------- mail-03.eml
  {
    const d = C.doc('bundel-1/mail-03.eml', 'eml', 'nodemailer MailComposer');
    const org = L.person(); const orgMail = L.emailFor(org, 'minienw.nl', 'hyphen');
    d.s('person-name', org.full, 'From display name'); d.s('email', orgMail, 'From header');
    const list = [];
    const domains = ['minienw.nl', 'minezk.nl', 'rws.nl', 'flevoland.nl', 'noordoostpolder.nl', 'rvo.nl', 'windkrachtzuidveld.nl', 'minienw.nl', 'minezk.nl', 'rws.nl'];
    for (let i = 0; i < 10; i++) {
      const p = L.person({ prefix: i % 3 === 0 });
      const m = L.emailFor(p, domains[i], ['long', 'under', 'dot', 'hyphen', 'inits'][i % 5]);
      d.s('person-name', p.full, `display name in a Cc list of ten, header folded`);
      d.s('email', m, `Cc list of ten, long address in the folded header`);
      list.push({ name: p.full, address: m, p });
    }
    const rows = list.slice(0, 6).map(({ p }, i) => {
      const t = L.phone(i % 2 ? 'land' : 'mobile', i % 2 ? ['dash', 'dots', 'c0031'][i % 3] : ['sp4', 'intlsp2', 'dash4'][i % 3]);
      d.s('phone', t, 'body table row of fixed columns; the number starts past column 60 and the line is long (>100 characters)');
      return `${p.formal.padEnd(28)}${(i % 2 ? 'provincie / gemeente' : 'Rijk').padEnd(24)}${t}`;
    });
    rows.forEach((r, i) => { d.secrets.find((x) => x.text === list[i].p.formal) || d.s('person-name', list[i].p.formal, 'body table, initials form in a fixed-width column'); });
    d.p('public-body', 'Provincie Flevoland', 'body');
    d.p('public-body', 'Rijksdienst voor Ondernemend Nederland', 'body');
    d.p('heading', 'Agenda', 'body heading');
    d.p('timestamp', '10:00', 'agenda time');
    d.p('timestamp', '11:45', 'agenda time');
    d.p('org-address', IENW.visit, 'meeting place in the body');
    const text = M.body([
      'Beste collega\'s,',
      'Hierbij de uitnodiging voor het bestuurlijk overleg windpark Zuidveld op dinsdag 21 maart 2023 in het ministerie, Rijnstraat 8, Den Haag, zaal 3.14. Namens de Provincie Flevoland, de gemeente en de Rijksdienst voor Ondernemend Nederland zijn er ook deelnemers.',
      ['Agenda', '10:00  opening en vaststellen verslag', '10:15  stand van zaken vergunningen', '11:00  communicatie met omwonenden', '11:45  rondvraag en sluiting'],
      ['Bereikbaarheid deelnemers op de dag zelf:', ...rows],
      ['Groet,', org.first],
    ], 400);
    await M.nodemailer({
      from: { name: org.full, address: orgMail }, to: [list[0]], cc: list.slice(1).map(({ name, address }) => ({ name, address })),
      subject: 'Uitnodiging bestuurlijk overleg windpark Zuidveld 21 maart', date: new Date('2023-03-10T15:20:00+01:00'),
      messageId: '<20230310152000.88@minienw.invalid>', text,
      html: `<html><body style="font-family:Calibri"><p>Beste collega's,</p><p>${text.split('\n\n')[1]}</p><table border="1">${list.slice(0, 6).map(({ p }, i) => `<tr><td>${p.formal}</td><td>${rows[i].slice(52)}</td></tr>`).join('')}</table><p>Groet,<br>${org.first}</p></body></html>`,
    }, d.path);
    d.s('person-name', org.first, 'only the first name, alone on the last line of the body (signature)');
  }
};
