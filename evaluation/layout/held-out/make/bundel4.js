'use strict';
// Bundel 4: LNV, opkoopregeling Lbv-plus (najaar 2023).
const G = require('./generic');
const G2 = require('./generic2');
const G3 = require('./generic3');
const T = require('./themes');
module.exports = async function (C) {
  const N = T.lnv;
  G2.psLetter(C, 'bundel-4/brief-aan-veehouder.pdf', N, { subject: 'Besluit op uw aanvraag Lbv-plus' });
  G.chromiumMinutes(C, 'bundel-4/verslag-keukentafelgesprekken.pdf', N, { title: 'Verslag keukentafelgesprekken Gelderse Vallei' });
  await G3.exceljsList(C, 'bundel-4/overzicht-aanvragen.xlsx', N, { sheet: 'Aanvragen', title: 'Overzicht aanvragen Lbv-plus', n: 12 });
  G3.columnsTxt(C, 'bundel-4/gespreksverslag-veehouder.txt', N);
  await G.mail(C, 'bundel-4/mail-09.eml', 'python', N, { nCc: 5, html: true, htmlCte: 'quoted-printable', domains: ['minlnv.nl', 'rvo.nl', 'gelderland.nl'] });
  await G.mail(C, 'bundel-4/mail-10.eml', 'nodemailer', N, { nTo: 4, nCc: 5, domains: ['minlnv.nl', 'rvo.nl', 'tweedekamer.nl'] });
  await G3.deck(C, 'bundel-4/presentatie-gebiedsproces.pptx', N, { title: 'Gebiedsproces Gelderse Vallei' });
  await G3.scan(C, 'bundel-4/scan-machtiging.pdf', N, { dpi: 200, angle: 1.6, pdfWith: 'gs' });
  await G3.scan(C, 'bundel-4/scan-aanvraagformulier.png', N, { dpi: 250, angle: 0.6, renderer: 'gs' });
  G3.htmlPage(C, 'bundel-4/antwoorden-kamervragen.html', N, { title: 'Antwoorden op Kamervragen over de opkoopregeling' });
  G3.csvList(C, 'bundel-4/registratie-gesprekken.csv', N, { n: 8 });
  G2.loWriter(C, 'bundel-4/beschikking-lbv-plus.docx', N, { title: 'Beschikking Lbv-plus', heading: 'Beschikking' });
  G2.psMinutes(C, 'bundel-4/verslag-gebiedsoverleg.pdf', N, { title: 'Verslag gebiedsoverleg Gelderse Vallei' });
};
