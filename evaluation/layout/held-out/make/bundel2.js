'use strict';
// Bundel 2: Gemeente Utrecht, evenement Domstad Live (2023).
const G = require('./generic');
const G2 = require('./generic2');
const G3 = require('./generic3');
const T = require('./themes');
module.exports = async function (C) {
  const U = T.utrecht;
  G2.psLetter(C, 'bundel-2/besluit-schadeverzoek.pdf', U, { subject: 'Besluit op uw verzoek om schadevergoeding' });
  G2.psMinutes(C, 'bundel-2/verslag-driehoeksoverleg.pdf', U, { title: 'Verslag lokaal driehoeksoverleg Utrecht' });
  G2.loWriter(C, 'bundel-2/besluit-evenementenvergunning.docx', U, { title: 'Besluit evenementenvergunning Domstad Live', heading: 'Besluit' });
  G2.loWriter(C, 'bundel-2/beslissing-op-bezwaar.pdf', U, { title: 'Beslissing op bezwaar evenementenvergunning', heading: 'Beslissing' });
  G3.fodsList(C, 'bundel-2/meldingen-overlast.xlsx', U, { sheet: 'Meldingen', n: 10 });
  G3.csvList(C, 'bundel-2/parkeerontheffingen.csv', U, { n: 8 });
  await G.mail(C, 'bundel-2/mail-05.eml', 'python', U, { policy: 'compat32', cte: '8bit', nCc: 6, domains: ['utrecht.nl', 'politie.nl', 'vru.nl'] });
  await G.mail(C, 'bundel-2/mail-06.eml', 'nodemailer', U, { nTo: 2, nCc: 8, width: 76, domains: ['utrecht.nl', 'politie.nl', 'vru.nl', 'ggdru.nl'] });
  await G3.scan(C, 'bundel-2/scan-klachtformulier.tif', U, { dpi: 300, angle: 0.7 });
  await G3.scan(C, 'bundel-2/scan-bezwaar-bewoner.tif', U, { dpi: 200, angle: 1.8, renderer: 'gs' });
  G3.htmlPage(C, 'bundel-2/intranet-evenementenoverleg.html', U, { title: 'Evenementenoverleg Domstad Live: vragen en antwoorden' });
  G3.chatTxt(C, 'bundel-2/whatsapp-handhaving.txt', U, { title: 'Handhaving Transwijk' });
  await G3.deck(C, 'bundel-2/presentatie-evaluatie.pptx', U, { title: 'Evaluatie Domstad Live 2023' });
};
