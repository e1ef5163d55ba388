'use strict';
// Planting: makes an invented value, records it in the document's manifest entry and returns the value marked
// with the place where layout should break it ('¦' = line/column/page break, '^¦' = hyphenation).
const L = require('./lib');
const { brk, hyph } = require('./producers');

function breakPhone(v) {
  const m = v.match(/^(\+31 \(0\)\d+-|0\d-|\(0\d+\) |\+31 \d+ |0031 \d+ |0031-\d-|\+31-\d-|0\d{2,3}-|0\d{2,3} - |\+3[12] \d+ |\+49 \d+ )/);
  if (m && L.rnd() < 0.6) return { marked: brk(v, m[1].length), where: `after "${m[1].trim()}"` };
  const spaces = [...v.matchAll(/ /g)].map((x) => x.index);
  if (spaces.length && L.rnd() < 0.5) { const i = L.pick(spaces) + 1; return { marked: brk(v, i), where: `after "${v.slice(0, i).trim()}"` }; }
  const ds = [...v.matchAll(/\d/g)].map((x) => x.index).filter((i) => i > 2 && i < v.length - 1);
  const i = L.pick(ds);
  return { marked: brk(v, i), where: `inside the digits, after "${v.slice(0, i)}"` };
}
function breakEmail(v) {
  const at = v.indexOf('@');
  const r = L.rnd();
  if (r < 0.3) return { marked: brk(v, at + 1), where: 'after the "@"' };
  if (r < 0.5) return { marked: brk(v, at), where: 'before the "@"' };
  const dots = [...v.slice(0, at).matchAll(/[._-]/g)].map((x) => x.index);
  if (r < 0.75 && dots.length) { const i = L.pick(dots) + 1; return { marked: brk(v, i), where: `after "${v.slice(0, i)}"` }; }
  const i = L.int(3, v.length - 3); return { marked: brk(v, i), where: `at a character, after "${v.slice(0, i)}"` };
}
function breakIban(v) {
  const sp = [...v.matchAll(/ /g)].map((x) => x.index);
  if (sp.length) { const i = L.pick(sp) + 1; return { marked: brk(v, i), where: `between groups, after "${v.slice(0, i).trim()}"` }; }
  const i = L.pick([4, 8, 12, 14]); return { marked: brk(v, i), where: `inside the unspaced IBAN, after "${v.slice(0, i)}"` };
}
function breakName(v) {
  const hy = v.indexOf('-');
  if (hy > 0 && L.rnd() < 0.7) return { marked: brk(v, hy + 1), where: `at the hyphen of the double surname, after "${v.slice(0, hy + 1)}"` };
  const words = v.split(' ');
  if (words.length > 2 && L.rnd() < 0.5) { const k = L.int(1, words.length - 1); const pre = words.slice(0, k).join(' '); return { marked: brk(v, pre.length + 1), where: `between "${pre}" and "${words.slice(k).join(' ')}"` }; }
  const last = words[words.length - 1];
  if (last.length >= 7 && L.rnd() < 0.5) { const k = v.length - last.length + Math.floor(last.length / 2); return { marked: hyph(v, k), where: `hyphenated inside the surname as "${v.slice(0, k)}-" / "${v.slice(k)}"` }; }
  const pre = words.slice(0, -1).join(' ');
  return { marked: brk(v, pre.length + 1), where: `before the surname, after "${pre}"` };
}
function breakStreet(v) { const i = v.lastIndexOf(' ') + 1; return { marked: brk(v, i), where: 'before the house number' }; }
function breakPostcode(v) { return v.includes(' ') ? { marked: brk(v, 5), where: 'between digits and letters' } : { marked: brk(v, 4), where: 'between digits and letters (written without space)' }; }
function breakDob(v) {
  const parts = v.split(' ');
  if (parts.length >= 3) { const k = L.int(1, parts.length - 1); const pre = parts.slice(0, k).join(' '); return { marked: brk(v, pre.length + 1), where: `after "${pre}"` }; }
  const i = v.search(/[-./]/) + 1; return { marked: brk(v, i), where: `after "${v.slice(0, i)}"` };
}
function breakPlate(v) { const i = L.rnd() < 0.5 ? v.indexOf('-') + 1 : v.lastIndexOf('-') + 1; return { marked: brk(v, i), where: `after "${v.slice(0, i)}"` }; }
function breakBsn(v) { const i = v.includes(' ') || v.includes('.') ? v.search(/[ .]/) + 1 : L.int(3, 6); return { marked: brk(v, i), where: `after "${v.slice(0, i)}"` }; }

const BREAKERS = { phone: breakPhone, email: breakEmail, iban: breakIban, 'person-name': breakName, 'street-address': breakStreet,
  postcode: breakPostcode, 'date-of-birth': breakDob, 'licence-plate': breakPlate, bsn: breakBsn };

// d.s + a break: returns the marked value; `how` says which layout is meant to do the breaking
function planted(d, cls, value, how, { broken = true } = {}) {
  if (!broken) { d.s(cls, value, how); return value; }
  const b = BREAKERS[cls](value);
  d.s(cls, value, `${how}; meant to break ${b.where}`);
  return b.marked;
}
module.exports = { planted, BREAKERS };
