'use strict';
// Bundel 1 (vervolg): nota (docx), contactlijst (xlsx), brief (pdfkit), verslag (Chromium), presentatie (pptx),
// chatexport (txt), aanmeldingen (csv) en een gescande brief (png).
const fs = require('fs');
const path = require('path');
const L = require('./lib');
const P = require('./producers');
const O = require('./office');
const { brk, hyph, clean } = P;

module.exports = async function bundel1b(C) {
  // ---------------------------------------------------------------------------------------------- nota (docx)
  {
    const d = C.doc('bundel-1/nota-minister-zuidveld.docx', 'docx', 'docx (npm)');
    const D = require('docx');
    const author = L.person({ prefix: true }); const reviewer = L.person();
    d.s('person-name', author.full, 'header of the nota ("Opgesteld door"), narrow header table cell');
    d.s('person-name', reviewer.formal, 'footer, initials + surname in the paraaf line');
    d.p('office-holder', 'Rob Jetten', 'addressee: "Aan: minister voor Klimaat en Energie, Rob Jetten"');
    d.p('office-holder', 'Mark Harbers', 'minister van Infrastructuur en Waterstaat in the body');
    d.p('public-body', 'Ministerie van Economische Zaken en Klimaat', 'header');
    d.p('company', 'Windkracht Zuidveld B.V.', 'body, with KvK number');
    d.p('company', 'KvK 81234567', 'KvK number of Windkracht Zuidveld B.V. (invented company)');
    d.p('heading', 'Beslispunten', 'heading');
    d.p('heading', 'Toelichting', 'heading');
    const cellW = [1500, 1300, 1150, 1350];
    const rows = [];
    const contacts = [];
    for (let i = 0; i < 6; i++) {
      const p = L.person({ prefix: i % 2 === 1 });
      const m = L.emailFor(p, i < 3 ? L.pick(L.PRIVATE_DOMAINS) : 'windkrachtzuidveld.nl', ['long', 'under', 'year', 'hyphen', 'dot', 'inits'][i]);
      const t = L.phone(i % 3 === 2 ? 'land' : 'mobile', ['sp4', 'intl0', 'space', 'dash', 'c0031', 'dots'][i]);
      const a = L.street();
      d.s('person-name', p.full, 'table cell 2.6 cm wide: the name wraps inside the cell');
      d.s('email', m, 'table cell 2.4 cm wide: the address wraps at any character inside the cell');
      d.s('phone', t, 'table cell 2 cm wide: the number wraps inside the cell');
      d.s('street-address', a, 'table cell: street and house number wrap in the cell');
      contacts.push([p.full, a, t, m]);
    }
    const cell = (t, wdt, bold) => new D.TableCell({ width: { size: wdt, type: D.WidthType.DXA }, children: [new D.Paragraph({ children: [new D.TextRun({ text: t, bold, size: 18 })] })] });
    rows.push(new D.TableRow({ tableHeader: true, children: ['Naam', 'Adres', 'Telefoon', 'E-mail'].map((h, i) => cell(h, cellW[i], true)) }));
    for (const c of contacts) rows.push(new D.TableRow({ children: c.map((t, i) => cell(t, cellW[i])) }));
    const hy = L.person({ prefix: true });
    const colPeople = [];
    for (let i = 0; i < 8; i++) {
      const p = L.person(); const a = L.street(); const pc = L.postcode(); const t = L.phone('mobile');
      d.s('person-name', p.formal, 'two-column section (bijlage), entry may fall over the column break');
      d.s('street-address', a, 'two-column section');
      d.s('postcode', pc, 'two-column section, postcode next to the town');
      d.s('phone', t, 'two-column section');
      colPeople.push(`${p.formal}, ${a}, ${pc} Tollebeek, tel. ${t}.`);
    }
    const longName = `${hy.first} ${hy.surname}`;
    d.s('person-name', longName, 'body paragraph with automatic hyphenation; the double surname falls at a line end');
    const para = (t, o = {}) => new D.Paragraph({ spacing: { after: 120 }, ...o, children: [new D.TextRun({ text: t, size: 20 })] });
    const doc = new D.Document({
      creator: 'Ministerie van Economische Zaken en Klimaat', title: 'Nota windpark Zuidveld',
      features: { updateFields: false }, hyphenation: { autoHyphenation: true, hyphenationZone: 200 },
      styles: { default: { document: { run: { font: 'Liberation Sans' } } } },
      sections: [
        {
          properties: { page: { margin: { top: 1600, bottom: 1300, left: 1400, right: 1400 } } },
          headers: { default: new D.Header({ children: [new D.Table({ rows: [new D.TableRow({ children: [cell('Ministerie van Economische Zaken en Klimaat', 4000), cell('Opgesteld door: ' + author.full, 1700)] })] })] }) },
          footers: { default: new D.Footer({ children: [new D.Paragraph({ children: [new D.TextRun({ text: `Paraaf: ${reviewer.formal}    Pagina `, size: 16 }), new D.TextRun({ children: [D.PageNumber.CURRENT], size: 16 }), new D.TextRun({ text: ' van ', size: 16 }), new D.TextRun({ children: [D.PageNumber.TOTAL_PAGES], size: 16 })] })] }) },
          children: [
            new D.Paragraph({ heading: D.HeadingLevel.HEADING_1, children: [new D.TextRun('Nota: windpark Zuidveld, mast 4')] }),
            para('Aan: minister voor Klimaat en Energie, Rob Jetten'),
            para('Kenmerk: DGKE-WO / 23081234'),
            new D.Paragraph({ heading: D.HeadingLevel.HEADING_2, children: [new D.TextRun('Beslispunten')] }),
            para('U wordt gevraagd in te stemmen met het voorstel om de omwonenden van mast 4 een keukentafelgesprek aan te bieden, samen met de minister van Infrastructuur en Waterstaat, Mark Harbers, die verantwoordelijk is voor de netaansluiting.'),
            new D.Paragraph({ heading: D.HeadingLevel.HEADING_2, children: [new D.TextRun('Toelichting')] }),
            para(`Windkracht Zuidveld B.V. (KvK 81234567) heeft de vergunning aangevraagd. Bij de informatieavond heeft de woordvoerder van de omwonenden, ${longName}, namens het comité aangekondigd dat de bewoners bezwaar zullen maken tegen de plaatsing van de mast zo dicht bij de bestaande bebouwing en de boerderijen aan de Zuidveldweg.`),
            para('De contactpersonen die zich bij ons hebben gemeld staan in de tabel hieronder. Zij hebben toestemming gegeven om door het projectteam te worden benaderd.'),
            new D.Table({ columnWidths: cellW, layout: D.TableLayoutType.FIXED, rows }),
          ],
        },
        {
          properties: { type: D.SectionType.NEXT_PAGE, column: { count: 2, space: 500, separate: true } },
          children: [new D.Paragraph({ heading: D.HeadingLevel.HEADING_2, children: [new D.TextRun('Bijlage: aanmeldingen keukentafelgesprek')] }),
            ...colPeople.map((t) => para(t)),
            para('Deze lijst is opgesteld op basis van de reactieformulieren die tijdens en na de informatieavond zijn ingeleverd bij de stand van het ministerie en die per post zijn ontvangen op het postadres van het projectbureau.')],
        },
      ],
    });
    fs.writeFileSync(d.path, await D.Packer.toBuffer(doc));
    d.p('heading', 'Bijlage: aanmeldingen keukentafelgesprek', 'heading of the two-column section');
  }

  // ---------------------------------------------------------------------------------------------- contactlijst (xlsx)
  {
    const d = C.doc('bundel-1/contactlijst-omwonenden.xlsx', 'xlsx', 'exceljs');
    const ExcelJS = require('exceljs');
    const wb = new ExcelJS.Workbook(); wb.creator = 'Projectbureau Zuidveld';
    const ws = wb.addWorksheet('Omwonenden', { pageSetup: { paperSize: 9, orientation: 'portrait', fitToPage: false, printTitlesRow: '1:1' },
      headerFooter: { oddHeader: '&LContactlijst omwonenden windpark Zuidveld&RVertrouwelijk', oddFooter: '&LProjectbureau Zuidveld&RPagina &P van &N' } });
    ws.columns = [
      { header: 'Nr', width: 4 }, { header: 'Naam', width: 14 }, { header: 'Straat + huisnr', width: 13 }, { header: 'Postcode', width: 6 },
      { header: 'Plaats', width: 10 }, { header: 'Telefoon', width: 9 }, { header: 'E-mail', width: 14 }, { header: 'Geb.datum', width: 9 }, { header: 'Opmerking', width: 22 },
    ];
    const notes = ['wil keukentafelgesprek', 'heeft zonnepanelen op de schuur en vreest schade', 'belt liever dan mailen', 'bezwaar ingediend', 'woont sinds 1998 op dit adres', 'vraagt om planschadevergoeding'];
    for (let i = 0; i < 14; i++) {
      const p = L.person({ prefix: i % 3 === 0 });
      const name = i % 4 === 1 ? p.sortName : p.full;
      const a = L.street(); const pc = L.postcode(i % 5 === 0 ? 'tight' : 'space');
      const t = L.phone(i % 4 === 3 ? 'land' : 'mobile', i % 4 === 3 ? L.pick(['brack', 'dash', 'intl']) : L.pick(['sp4', 'intl0', 'dash', 'c0031', 'dots', 'intlsp2']));
      const m = L.emailFor(p, L.pick(L.PRIVATE_DOMAINS), L.pick(['long', 'under', 'year', 'hyphen']));
      const b = L.dob(L.pick(['dash', 'slash', 'dots', 'iso', 'long']));
      d.s('person-name', name, 'cell, column 14 characters wide with wrap text: the name wraps in the cell' + (i % 4 === 1 ? ' (written surname first, "Achternaam, voorletters tussenvoegsel")' : ''));
      d.s('street-address', a, 'cell 13 wide with wrap text: the house number may wrap onto the next cell line');
      d.s('postcode', pc, 'cell 6 wide with wrap text: digits and letters on two lines');
      d.s('phone', t, 'cell 9 wide with wrap text: the number wraps inside the cell');
      d.s('email', m, 'cell 14 wide with wrap text: the long address wraps at any character when printed');
      d.s('date-of-birth', b, 'cell 9 wide, date of birth as text');
      ws.addRow([i + 1, name, a, pc, L.pick(['Tollebeek', 'Espel', 'Creil', 'Bant']), t, m, b, L.pick(notes)]);
    }
    ws.eachRow((r) => r.eachCell((c) => { c.alignment = { wrapText: true, vertical: 'top' }; c.font = { name: 'Arial', size: 9 }; }));
    ws.getRow(1).font = { bold: true, name: 'Arial', size: 9 };
    const ws2 = wb.addWorksheet('Organisaties');
    ws2.columns = [{ header: 'Organisatie', width: 30 }, { header: 'Contact', width: 24 }, { header: 'Telefoon', width: 16 }];
    ws2.addRow(['Rijkswaterstaat', 'Informatielijn', '0800-8002']);
    ws2.addRow(['Provincie Flevoland', 'Visarenddreef 1, 8232 PH Lelystad', '0320 265 265']);
    ws2.addRow(['Windkracht Zuidveld B.V. (KvK 81234567)', 'www.windkrachtzuidveld.nl', '']);
    d.p('public-body', 'Rijkswaterstaat', 'second sheet');
    d.p('org-phone', '0800-8002', 'second sheet, Rijkswaterstaat information line');
    d.p('public-body', 'Provincie Flevoland', 'second sheet');
    d.p('org-address', 'Visarenddreef 1, 8232 PH Lelystad', 'second sheet, provincial office');
    d.p('org-phone', '0320 265 265', 'second sheet, provincial switchboard');
    d.p('company', 'Windkracht Zuidveld B.V.', 'second sheet');
    d.p('website', 'www.windkrachtzuidveld.nl', 'second sheet');
    await wb.xlsx.writeFile(d.path);
  }

  // ---------------------------------------------------------------------------------------------- brief (pdfkit)
  {
    const d = C.doc('bundel-1/brief-aan-omwonende.pdf', 'pdf', 'pdfkit');
    const contact = L.person({ prefix: true }); const cMail = L.emailFor(contact, 'minezk.nl', 'hyphen');
    const cTel = L.phone('land', 'dash', '070'); const cMob = L.phone('mobile', 'intl0');
    const to = L.person(); const toAdr = L.street(); const toPc = L.postcode();
    const neighbour = L.person({ prefix: true }); const nTel = L.phone('mobile', 'sp2');
    const advisor = L.person(); const advTel = L.phone('mobile', 'dash4');
    const dobTo = L.dob('ordinal');
    const plate = L.plate();
    d.s('person-name', contact.full, 'side column (Contactpersoon), 95 pt wide, name wraps');
    d.s('email', cMail, 'side column 95 pt wide: the address is broken at a character inside it');
    d.s('phone', cTel, 'side column, after "T "');
    d.s('phone', cMob, 'side column, wraps after "+31 (0)6-"');
    d.s('person-name', to.formal, 'address block on page 1, first line after "De heer"/"Mevrouw"');
    d.s('street-address', toAdr, 'address block');
    d.s('postcode', toPc, 'address block, postcode and town');
    d.s('date-of-birth', dobTo, 'body, date of birth in words (ordinal) wrapped before the year');
    d.s('person-name', neighbour.full, 'body, the name runs over the page break: first part at the bottom of page 1, rest at the top of page 2');
    d.s('phone', nTel, 'body on page 2, wrapped after the second digit pair');
    d.s('person-name', advisor.formal, 'annotation (sticky note) on page 1, not in the page text');
    d.s('phone', advTel, 'annotation (sticky note) on page 1');
    d.s('licence-plate', plate, 'body, licence plate wrapped after its first dash');
    const sal = to.gender === 'm' ? 'Geachte heer ' + to.capFormal : 'Geachte mevrouw ' + to.capFormal;
    d.s('person-name', to.capFormal, 'greeting line "Geachte heer/mevrouw ..." (surname only; it also occurs inside the address-block name)');
    d.p('public-body', 'Ministerie van Economische Zaken en Klimaat', 'logo text and return address');
    d.p('org-address', 'Bezuidenhoutseweg 73', 'side column visiting address');
    d.p('org-address', '2594 AC Den Haag', 'side column visiting address');
    d.p('org-address', 'Postbus 20401', 'side column and return line');
    d.p('org-address', '2500 EK Den Haag', 'side column postal address');
    d.p('org-phone', 'T 070 379 8911', 'side column switchboard');
    d.p('website', 'www.rijksoverheid.nl/ezk', 'side column');
    d.p('office-holder', 'Rob Jetten', 'closing: "De minister voor Klimaat en Energie, Rob Jetten"');
    d.p('company', 'Windkracht Zuidveld B.V.', 'body');
    const nWords = neighbour.full.split(' ');
    const cut = nWords.slice(0, -1).join(' ');
    await O.pdfkitLetter({
      title: 'Uitnodiging keukentafelgesprek windpark Zuidveld', ministry: 'Ministerie van Economische Zaken\nen Klimaat',
      returnLine: '> Retouradres Postbus 20401 2500 EK Den Haag',
      address: [(to.gender === 'm' ? 'De heer ' : 'Mevrouw ') + to.formal, toAdr, `${toPc}  TOLLEBEEK`],
      meta: [['Datum', '4 april 2023'], ['Betreft', 'Uitnodiging keukentafelgesprek mast 4']],
      side: [{ text: 'Directoraat-generaal Klimaat en Energie', bold: true }, { text: 'Directie Warmte en Ketens' }, { gap: 6 },
        { text: 'Bezuidenhoutseweg 73' }, { text: '2594 AC Den Haag' }, { text: 'Postbus 20401' }, { text: '2500 EK Den Haag' }, { text: 'T 070 379 8911' }, { text: 'www.rijksoverheid.nl/ezk' }, { gap: 8 },
        { text: 'Contactpersoon', bold: true }, { text: contact.full }, { text: `T ${cTel}` }, { text: `M ${brk(cMob, '+31 (0)6-')}` }, { text: brk(cMail, Math.min(cMail.indexOf('@') + 2, 24)) }, { gap: 8 },
        { text: 'Ons kenmerk', bold: true }, { text: 'DGKE-WO / 23094411' }, { gap: 4 }, { text: 'Bijlage(n)', bold: true }, { text: '1' }],
      runningSide: (pg, n) => ['Directoraat-generaal Klimaat en Energie', 'Directie Warmte en Ketens', '', 'Ons kenmerk', 'DGKE-WO / 23094411', '', `Pagina ${pg} van ${n}`],
      body: [
        { text: sal + ',' },
        { text: 'Op 14 maart 2023 heeft u ons gemaild over het windpark dat Windkracht Zuidveld B.V. wil bouwen ten zuiden van Tollebeek. In deze brief reageer ik op uw vragen over slagschaduw en geluid, en nodig ik u uit voor een gesprek bij u thuis.' },
        { text: `U schreef dat u, geboren op de ${brk(dobTo, dobTo.replace(/ \d{4}$/, ''))} en al uw hele leven woonachtig in de polder, zich zorgen maakt over de waarde van uw woning. Die zorg begrijp ik. Het projectbureau zal een onafhankelijke taxatie laten uitvoeren als u dat wilt.` },
        { text: `Tijdens de informatieavond is gezien dat een auto met kenteken ${brk(plate, plate.indexOf('-') + 1)} langdurig op de oprit van de boerderij naast mast 4 stond; dat bleek de auto van de landmeter te zijn en niet, zoals gevreesd, van een medewerker van de ontwikkelaar.` },
        { text: 'Het windpark moet voldoen aan de landelijke normen voor geluid en slagschaduw. De ontwikkelaar heeft een stilstandvoorziening toegezegd die de molen stopt zodra er slagschaduw op een woning valt. Wij vragen een onafhankelijk bureau om te controleren of die voorziening werkt zoals beloofd. Ook wordt het geluid gedurende het eerste jaar na ingebruikname op drie punten in het dorp gemeten.' },
        { text: 'U vroeg ook of de locatie van de mast nog kan verschuiven. Dat is in beperkte mate mogelijk: de masten moeten op een onderlinge afstand van ten minste vierhonderd meter staan en buiten de beschermingszone van de dijk blijven. Binnen die grenzen kijken wij graag samen met u naar de beste plek.' },
        { text: `${neighbour.gender === 'm' ? 'Uw buurman' : 'Uw buurvrouw'}, die eveneens heeft gereageerd, ${neighbour.gender === 'm' ? 'de heer' : 'mevrouw'} ${brk(neighbour.full, cut + ' ')} heeft aangegeven graag bij het gesprek aanwezig te zijn. Dat is wat ons betreft geen bezwaar.`, cutAfter: cut },
        { text: `${neighbour.gender === 'm' ? 'Hij' : 'Zij'} is bereikbaar via ${brk(nTel, nTel.slice(0, 8))} en heeft gevraagd of het gesprek na vijf uur 's middags kan plaatsvinden.` },
        { text: 'Ik stel voor dat een medewerker van mijn ministerie u binnenkort belt om een afspraak te maken. Als u liever zelf contact opneemt, kunt u de contactpersoon bellen of mailen die rechtsboven in deze brief staat.' },
        { text: 'Hoogachtend,' }, { gap: 6 },
        { text: 'De minister voor Klimaat en Energie,' }, { gap: 26 }, { text: 'Rob Jetten' },
      ],
      notes: [{ page: 0, x: 420, y: 300, author: 'Projectbureau', text: `Terugbellen via ${advisor.formal}, ${advTel}, voor verzending controleren.` }],
    }, d.path);
  }
};
