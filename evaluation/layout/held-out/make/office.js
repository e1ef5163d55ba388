'use strict';
// Helpers for the page producers: a pdfkit page writer with a right-hand side column (Rijkshuisstijl letter),
// and a PostScript page builder with columns, running headers/footers and page numbers.
const { PDFDocument, measure, wrap, psToPdf } = require('./producers');
const fs = require('fs');

// Lays out paragraphs into columns of `lines` height; a paragraph may end a column/page exactly at a marked value
// when it carries {breakAfter: true}: the column is cut after the line that ends at the paragraph's first marker.
function flow(paras, width, w, lineH, colHeight) {
  const out = []; // {lines: [...], forcedEnd}
  for (const p of paras) {
    if (p.gap) { out.push({ gap: p.gap }); continue; }
    const lines = wrap(p.text, width, w, p.minW);
    let cut = -1;
    if (p.cutAfter) { const mk = lines.marks || []; cut = (p.cutMark === 99 ? mk[mk.length - 1] : mk[p.cutMark || 0]) ?? -1; }
    out.push({ lines, cut, font: p.font, size: p.size, indent: p.indent || 0 });
  }
  return out;
}

// PostScript document of pages with running header/footer "Pagina n van N" and columns.
// spec: {title, header, footer, cols: [{x, w}], top, bottom, size, lead, paras: [{text, font, cutAfter, gap}], first: ops on page 1, firstTop}
function psColumns(spec, outPdf, name) {
  const size = spec.size || 9.5, lead = spec.lead || size * 1.32;
  const w = measure('Helvetica', size);
  const blocks = flow(spec.paras, spec.cols[0].w, w, lead);
  const pages = []; let page = [...(spec.first || [])]; let col = 0;
  let y = spec.firstTop || spec.top;
  const nextCol = () => { col++; if (col >= spec.cols.length) { pages.push(page); page = []; col = 0; } y = pages.length === 0 && spec.firstTop ? spec.firstTop : spec.top; };
  for (const b of blocks) {
    if (b.gap) { y -= b.gap; if (y < spec.bottom) nextCol(); continue; }
    for (let i = 0; i < b.lines.length; i++) {
      if (y < spec.bottom) nextCol();
      page.push({ font: b.font === 'bold' ? 'FB' : b.font === 'italic' ? 'FI' : 'F', size: b.size || size, x: spec.cols[col].x + b.indent, y, text: b.lines[i] });
      y -= lead * ((b.size || size) / size);
      if (i === b.cut) nextCol();
    }
    y -= lead * 0.6;
  }
  if (page.length) pages.push(page);
  const n = pages.length;
  pages.forEach((ops, i) => {
    if (spec.header) ops.push({ font: 'F', size: 7.5, x: spec.cols[0].x, y: 806, text: spec.header(i + 1, n) });
    if (spec.footer) ops.push({ font: 'F', size: 7.5, x: spec.cols[0].x, y: 30, text: spec.footer(i + 1, n) });
    if (spec.rule) ops.push({ raw: `0.5 setlinewidth ${spec.cols[0].x} 800 moveto 540 800 lineto stroke` });
  });
  psToPdf(pages, outPdf, name, spec.title);
  return pages;
}

// pdfkit letter in the style of the Rijkshuisstijl: centred logo ribbon, sender column on the right, body on the
// left that runs over a page break (cut after a marked value), running header with the page number on page 2+.
function pdfkitLetter(spec, outPdf) {
  const doc = new PDFDocument({ size: 'A4', margin: 0, bufferPages: true, info: { Title: spec.title, Author: spec.authorMeta || 'Rijksoverheid', Producer: 'pdfkit' } });
  const stream = fs.createWriteStream(outPdf); doc.pipe(stream);
  const bodyX = 80, bodyW = 335, sideX = 455, sideW = 95, lead = 13;
  const logo = () => {
    doc.save().rect(287, 0, 22, 70).fill('#154273').restore();
    doc.font('Helvetica').fontSize(9).fillColor('black').text(spec.ministry, 315, 40, { width: 200, lineBreak: true });
  };
  const side = (items) => {
    let y = 150;
    for (const it of items) {
      if (it.gap) { y += it.gap; continue; }
      doc.font(it.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(it.bold ? 6.5 : 6.5);
      const lines = wrap(it.text, sideW, measure(it.bold ? 'Helvetica-Bold' : 'Helvetica', 6.5));
      for (const l of lines) { doc.text(l, sideX, y, { lineBreak: false }); y += 8.5; }
    }
  };
  logo(); side(spec.side);
  let y = 150;
  doc.font('Helvetica').fontSize(6.5).text(spec.returnLine, bodyX, y - 18, { lineBreak: false });
  doc.fontSize(9.5);
  for (const l of spec.address) { doc.text(l, bodyX, y, { lineBreak: false }); y += lead; }
  y = 270;
  for (const [k, v] of spec.meta) { doc.font('Helvetica').fontSize(9.5).text(k, bodyX, y, { lineBreak: false }); doc.text(v, bodyX + 70, y, { lineBreak: false }); y += lead; }
  y += lead;
  let page = 1; const total = spec.pages || 2;
  const footer = () => { doc.font('Helvetica').fontSize(6.5).text(`Pagina ${page} van ${total}`, sideX, 800, { lineBreak: false }); };
  for (const p of spec.body) {
    if (p.gap) { y += p.gap; continue; }
    const font = p.bold ? 'Helvetica-Bold' : 'Helvetica';
    const lines = wrap(p.text, bodyW, measure(font, 9.5), p.minW);
    const cut = p.cutAfter ? lines.findIndex((l) => l.endsWith(p.cutAfter)) : -1;
    for (let i = 0; i < lines.length; i++) {
      doc.font(font).fontSize(9.5).text(lines[i], bodyX, y, { lineBreak: false }); y += lead;
      if (i === cut || y > 770) {
        footer(); doc.addPage(); page++; logo(); y = 150;
        doc.font('Helvetica').fontSize(6.5);
        let sy = 150; for (const l of spec.runningSide(page, total)) { doc.text(l, sideX, sy, { lineBreak: false }); sy += 8.5; }
        doc.fontSize(9.5);
      }
    }
    y += lead * 0.7;
  }
  footer();
  for (const n of spec.notes || []) { doc.switchToPage(n.page || 0); doc.note(n.x, n.y, 18, 18, n.text, { Name: 'Comment', T: n.author }); }
  doc.end();
  return new Promise((r) => stream.on('finish', r));
}

module.exports = { psColumns, pdfkitLetter, flow };
