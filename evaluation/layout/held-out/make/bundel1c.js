'use strict';
// Bundel 1 (slot): verslag (Chromium), mail (Python email), presentatie, chat, aanmeldingen, gescand bezwaar.
const G = require('./generic');
const G3 = require('./generic3');
const T = require('./themes');
module.exports = async function (C) {
  G.chromiumMinutes(C, 'bundel-1/verslag-informatieavond.pdf', T.ezk, { title: 'Verslag informatieavond windpark Zuidveld' });
  await G.mail(C, 'bundel-1/mail-04.eml', 'python', T.ezk, { html: true, domains: ['minezk.nl', 'rvo.nl', 'windkrachtzuidveld.nl'] });
  await G3.deck(C, 'bundel-1/presentatie-bewonersavond.pptx', T.ezk, { title: 'Windpark Zuidveld: stand van zaken' });
  G3.chatTxt(C, 'bundel-1/teams-chat-projectteam.txt', T.ezk, { title: 'Projectteam Zuidveld' });
  G3.csvList(C, 'bundel-1/aanmeldingen-keukentafel.csv', T.ezk, { n: 10 });
  await G3.scan(C, 'bundel-1/scan-bezwaarschrift.png', T.ezk, { dpi: 200, angle: 1.4 });
};
