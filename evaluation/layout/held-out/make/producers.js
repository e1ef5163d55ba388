'use strict';
// Thin wrappers around the producers used for the corpus: headless Chromium, LibreOffice, Ghostscript, ImageMagick,
// pdfkit. Text for Ghostscript/pdfkit pages is laid out here line by line so that a line, column or page break falls
// exactly where a value was marked: '¦' ends the line inside a word, '^¦' ends it with a hyphenation hyphen.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const SCRATCH = process.env.HELDOUT_SCRATCH || '/tmp/hogen';
const SRC = path.join(SCRATCH, 'src');
fs.mkdirSync(SRC, { recursive: true });
const CONVERT = '/usr/bin/convert';

function run(cmd, args, opts = {}) {
  return execFileSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], timeout: 300000, ...opts });
}

// ---- markers --------------------------------------------------------------------------------------------------
const brk = (value, after) => insertAt(value, after, '¦');
const hyph = (value, after) => insertAt(value, after, '^¦');
function insertAt(value, after, mark) {
  const i = typeof after === 'number' ? after : value.indexOf(after) + after.length;
  if (typeof after !== 'number' && value.indexOf(after) < 0) throw new Error(`'${after}' not in '${value}'`);
  return value.slice(0, i) + mark + value.slice(i);
}
const clean = (s) => s.replace(/\^¦/g, '').replace(/¦/g, '');

// ---- Chromium ---------------------------------------------------------------------------------------------------
// Pages may carry <span class="pad" data-for="ID" data-want="wrap|column"> before a value <span id="ID">; the script
// below adds filler words to the pad until the value really is split over two lines (or two columns) on screen,
// and the page uses the same widths on screen and in print, so the split survives printing.
const PAD_SCRIPT = `<script>
(function(){
  const words = 'en daarbij ook nog zoals eerder besproken in het overleg van vorige week is afgesproken dat wij de stukken tijdig aanleveren'.split(' ');
  document.querySelectorAll('.pad').forEach(function(pad){
    const t = document.getElementById(pad.dataset.for); if (!t) return;
    const want = pad.dataset.want || 'wrap';
    const ok = function(){ const r = t.getClientRects(); if (r.length < 2) return false;
      if (want === 'column') return r[r.length-1].left > r[0].right; return r[1].top > r[0].top; };
    for (let i = 0; i < 80 && !ok(); i++) pad.textContent += (pad.textContent ? ' ' : '') + words[i % words.length];
  });
})();
</script>`;
function chromiumPdf(html, outPdf, name) {
  const src = path.join(SRC, name + '.html');
  fs.writeFileSync(src, html);
  run('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--no-pdf-header-footer', '--run-all-compositor-stages-before-draw',
    '--virtual-time-budget=3000', `--print-to-pdf=${outPdf}`, 'file://' + src]);
}

// ---- LibreOffice ------------------------------------------------------------------------------------------------
function soffice(target, files, outDir) {
  run('soffice', ['-env:UserInstallation=file://' + path.join(SCRATCH, 'lo-profile'), '--headless', '--convert-to', target, '--outdir', outDir, ...files]);
}

// ---- line layout with Helvetica metrics (pdfkit's AFM) ----------------------------------------------------------
const PDFDocument = require('pdfkit');
const measureDoc = new PDFDocument({ autoFirstPage: false });
function measure(font, size) { measureDoc.font(font).fontSize(size); return (s) => measureDoc.widthOfString(s); }
// Greedy line breaking as a word processor does: break opportunities at spaces and after hyphens, plus the marked
// places inside values. wrap() tries widths between minW and width and keeps the one at which most marked places
// become natural line ends; a marked place that still is not a line end is then forced (a slightly short line).
function units(text) {
  const out = []; let cur = ''; let id = 0;
  const push = (after) => { out.push({ text: cur, after, id: after.startsWith('m') ? id++ : -1 }); cur = ''; };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') { push('newline'); continue; }
    if (ch === ' ' || ch === '\t') { if (cur) push('space'); else if (out.length && out[out.length - 1].after === 'space') continue; else push('space'); continue; }
    if (ch === '^' && text[i + 1] === '¦') { i++; push('mh'); continue; }
    if (ch === '¦') { push('m'); continue; }
    cur += ch;
    if (ch === '-' && /[A-Za-zÀ-ÿ]{2}/.test(cur.slice(-3, -1)) && text[i + 1] && /[A-Za-zÀ-ÿ]/.test(text[i + 1])) push('hyphen');
  }
  if (cur) push('end');
  return out;
}
function greedy(us, width, w, forced) {
  const lines = []; let line = ''; let hits = 0; let prevAfter = null; const marks = [];
  const sep = (a) => (a === 'space' ? ' ' : '');
  for (let i = 0; i < us.length; i++) {
    const u = us[i];
    const cand = line === '' ? u.text : line + sep(prevAfter) + u.text;
    const endExtra = u.after === 'mh' ? '-' : '';
    if (line !== '' && w(cand + endExtra) > width && w(cand) > width - 0.01) {
      lines.push(line + (prevAfter === 'mh' ? '-' : '')); if (prevAfter && prevAfter.startsWith('m')) hits++;
      line = u.text;
    } else line = cand;
    while (w(line) > width && line.length > 1) { // a word longer than the line: break it where it no longer fits
      let k = line.length; while (k > 1 && w(line.slice(0, k)) > width) k--; lines.push(line.slice(0, k)); line = line.slice(k);
    }
    prevAfter = u.after;
    if (u.after === 'newline' || (u.after.startsWith('m') && forced.has(u.id))) {
      if (u.after.startsWith('m')) marks.push(lines.length);
      lines.push(line + (u.after === 'mh' ? '-' : '')); line = ''; prevAfter = null;
    }
  }
  if (line.trim()) lines.push(line);
  const out = lines.map((l) => l.replace(/\s+$/, '')); out.marks = marks;
  return { lines: out, hits };
}
function wrap(text, width, w, minW) {
  const us = units(text);
  const markers = us.filter((u) => u.after.startsWith('m')).map((u) => u.id);
  if (!markers.length) return greedy(us, width, w, new Set()).lines;
  let best = null;
  const lo = minW ?? width * 0.86; const step = (width - lo) / 40;
  for (let x = width; x >= lo; x -= step) {
    const r = greedy(us, x, w, new Set());
    if (!best || r.hits > best.hits) best = { x, hits: r.hits };
    if (r.hits === markers.length) break;
  }
  // force every marker: one that the chosen width made a natural line end stays one, the others end a short line
  return greedy(us, best.x, w, new Set(markers)).lines;
}

// ---- PostScript via Ghostscript -----------------------------------------------------------------------------------
function psString(s) {
  let out = '(';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (ch === '(' || ch === ')' || ch === '\\') out += '\\' + ch;
    else if (c < 128) out += ch;
    else if (c < 256) out += '\\' + c.toString(8).padStart(3, '0');
    else if (ch === '’' || ch === '‘') out += "'"; else if (ch === '–' || ch === '—') out += '-'; else if (ch === '€') out += 'EUR';
    else out += '?';
  }
  return out + ')';
}
const PS_PROLOG = `%!PS-Adobe-3.0
%%Creator: held-out corpus (handwritten PostScript)
/Enc ISOLatin1Encoding dup length array copy dup 39 /quotesingle put dup 45 /hyphen put def
/reenc { findfont dup length dict begin { 1 index /FID ne { def } { pop pop } ifelse } forall
  /Encoding Enc def currentdict end definefont pop } def
/F /Helvetica reenc /FB /Helvetica-Bold reenc /FI /Helvetica-Oblique reenc
/t { moveto show } def
`;
// ops: list of {font, size, x, y, text} or {raw}; pages: array of ops arrays (points, origin bottom-left)
function psToPdf(pages, outPdf, name, title) {
  let ps = PS_PROLOG + `[ /Title ${psString(title || name)} /Author (held-out corpus) /DOCINFO pdfmark\n`;
  pages.forEach((ops, i) => {
    ps += `%%Page: ${i + 1} ${i + 1}\n<< /PageSize [595 842] >> setpagedevice\n`;
    for (const o of ops) {
      if (o.raw) { ps += o.raw + '\n'; continue; }
      ps += `/${o.font || 'F'} ${o.size || 10} selectfont ${psString(o.text)} ${o.x.toFixed(2)} ${o.y.toFixed(2)} t\n`;
    }
    ps += 'showpage\n';
  });
  const src = path.join(SRC, name + '.ps');
  fs.writeFileSync(src, ps, 'latin1');
  run('gs', ['-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-sDEVICE=pdfwrite', '-dCompatibilityLevel=1.6', `-sOutputFile=${outPdf}`, src]);
}

// ---- scans: render a page, tilt it, add noise -------------------------------------------------------------------
// kind: 'png' (grey, posterised), 'tif' (bilevel CCITT G4, like a fax/copier), 'jpg' (for an image-only PDF)
function scanPage(pdf, page, out, { dpi = 200, angle = 1.1, noise = 0.6, kind = 'png', renderer = 'pdftoppm' } = {}) {
  const base = path.join(SRC, path.basename(out) + '-render');
  let rendered;
  if (renderer === 'gs') {
    rendered = base + '.png';
    run('gs', ['-q', '-dSAFER', '-dBATCH', '-dNOPAUSE', '-sDEVICE=pnggray', `-r${dpi}`, `-dFirstPage=${page}`, `-dLastPage=${page}`, `-sOutputFile=${rendered}`, pdf]);
  } else {
    run('pdftoppm', ['-gray', '-png', '-r', String(dpi), '-f', String(page), '-l', String(page), '-singlefile', pdf, base]);
    rendered = base + '.png';
  }
  const common = [rendered, '-background', 'white', '-rotate', String(angle), '+repage', '-gravity', 'center',
    '-attenuate', String(noise), '+noise', 'Gaussian', '-blur', '0x0.6', '-colorspace', 'Gray', '-density', String(dpi), '-units', 'PixelsPerInch'];
  if (kind === 'tif') run(CONVERT, [...common, '-threshold', '62%', '-monochrome', '-compress', 'Group4', out]);
  else if (kind === 'jpg') run(CONVERT, [...common, '-quality', '45', '-sampling-factor', '2x2', out]);
  else run(CONVERT, [...common, '-posterize', '6', '-define', 'png:compression-level=9', out]);
}

module.exports = { run, brk, hyph, clean, chromiumPdf, soffice, measure, wrap, psToPdf, psString, scanPage, SRC, SCRATCH, CONVERT, PDFDocument };
