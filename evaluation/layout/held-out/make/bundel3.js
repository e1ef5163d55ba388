'use strict';
// Bundel 3: VWS / GGD Haaglanden, XL-teststraat (najaar 2020).
const G = require('./generic');
const G2 = require('./generic2');
const G3 = require('./generic3');
const T = require('./themes');
module.exports = async function (C) {
  const V = T.vws;
  await G3.deck(C, 'bundel-3/presentatie-beleidsteam.pptx', V, { title: 'Regionaal beleidsteam: testcapaciteit' });
  await G3.deck(C, 'bundel-3/presentatie-teststraat.pptx', V, { title: 'XL-teststraat Binckhorst: inrichting' });
  await G3.exceljsList(C, 'bundel-3/rooster-teststraat.xlsx', V, { sheet: 'Rooster', title: 'Rooster XL-teststraat', n: 14 });
  G3.htmlPage(C, 'bundel-3/rapportage-opschaling.html', V, { title: 'Rapportage opschaling testcapaciteit' });
  await G.mail(C, 'bundel-3/mail-07.eml', 'nodemailer', V, { nCc: 7, html: true, domains: ['minvws.nl', 'ggdhaaglanden.nl', 'rivm.nl', 'vrh.nl'] });
  await G.mail(C, 'bundel-3/mail-08.eml', 'nodemailer', V, { nTo: 1, nCc: 3, width: 66, domains: ['minvws.nl', 'ggdhaaglanden.nl'] });
  G.chromiumMinutes(C, 'bundel-3/verslag-beleidsteam.pdf', V, { title: 'Verslag regionaal beleidsteam Haaglanden' });
  await G3.scan(C, 'bundel-3/scan-aanmeldformulier.pdf', V, { dpi: 200, angle: 0.9 });
  G3.csvList(C, 'bundel-3/export-afspraken.csv', V, { n: 9 });
  G3.columnsTxt(C, 'bundel-3/gespreksverslag-kolommen.txt', V);
  G2.loWriter(C, 'bundel-3/notitie-opschaling.docx', V, { title: 'Notitie opschaling GGD Haaglanden', heading: 'Advies' });
};
