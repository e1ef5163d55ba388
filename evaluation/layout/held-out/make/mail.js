'use strict';
// E-mail helpers: plain-text bodies hard-wrapped as a mail client does (at a column, with forced breaks where a value
// was marked), quoted reply chains ("> " prefixes added after wrapping), and two producers: nodemailer's MailComposer
// and Python's standard email package.
const fs = require('fs');
const path = require('path');
const { wrap, clean, run, SRC } = require('./producers');

const chars = (s) => s.length;
function body(paras, width = 72) {
  return paras.map((p) => (Array.isArray(p) ? p.join('\n').replace(/\^¦/g, '-\n').replace(/¦/g, '\n') : wrap(p, width, chars).join('\n'))).join('\n\n');
}
function quote(text, depth = 1) {
  const pre = '>'.repeat(depth) + ' ';
  return text.split('\n').map((l) => (l ? pre + l : pre.trim())).join('\n');
}
async function nodemailer(opts, out) {
  const MailComposer = require('nodemailer/lib/mail-composer');
  const mail = new MailComposer({ textEncoding: undefined, ...opts });
  const buf = await new Promise((res, rej) => mail.compile().build((e, m) => (e ? rej(e) : res(m))));
  fs.writeFileSync(out, buf);
}
// spec: {from, to: [...], cc: [...], subject, date (RFC 2822), text, html?, messageId, inReplyTo?}
function pythonEmail(spec, out) {
  const specFile = path.join(SRC, path.basename(out) + '.json');
  fs.writeFileSync(specFile, JSON.stringify(spec));
  run('python3', [path.join(__dirname, 'pymail.py'), specFile, out]);
}
module.exports = { body, quote, nodemailer, pythonEmail, clean };
