'use strict';
// Builds the whole held-out corpus and writes manifest-draft.json (the layouts as intended); check.js then looks at
// every document as printed or decoded and writes manifest.json with what really happened to each value.
const fs = require('fs');
const path = require('path');
const L = require('./lib');

(async () => {
  const C = new L.Corpus();
  const only = process.argv.slice(2);
  for (const b of ['bundel1', 'bundel1b', 'bundel1c', 'bundel2', 'bundel2b', 'bundel3', 'bundel3b', 'bundel4', 'bundel4b']) {
    if (!fs.existsSync(path.join(__dirname, b + '.js'))) continue;
    await require('./' + b)(C);
  }
  fs.writeFileSync(path.join(__dirname, '..', 'manifest-draft.json'), JSON.stringify(C.manifest(''), null, 1));
  const n = C.docs.reduce((a, d) => a + d.secrets.length, 0), p = C.docs.reduce((a, d) => a + d.public.length, 0);
  console.log(`${C.docs.length} documents, ${n} secrets, ${p} public items`);
})().catch((e) => { console.error(e); process.exit(1); });
