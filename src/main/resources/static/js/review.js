// The review screen: PDF.js renders the working PDF's pages; the redactions are drawn over them in the shared
// coordinate system (points, origin top-left of the page as displayed), which is PDF.js's viewport at scale 1.
// Everything here is also possible with the plain forms in the side panel; this adds the pages, drawing,
// resizing and keyboard shortcuts. No inline scripts or styles: positions are set through the CSSOM.
const root = document.getElementById('review');
const pagesEl = document.getElementById('review-pages');
const listEl = document.getElementById('redaction-list');
const errorEl = document.getElementById('review-error');
const canWork = root.dataset.canWork === 'true';
const csrf = {
  token: document.querySelector('meta[name="_csrf"]')?.content,
  header: document.querySelector('meta[name="_csrf_header"]')?.content,
};
const nl = document.documentElement.lang !== 'en';
const T = nl
  ? {proposed: 'voorgesteld', accepted: 'geaccepteerd', rejected: 'afgewezen', page: 'pagina', accept: 'Accepteren',
     reject: 'Afwijzen', reopen: 'Heropenen', all: 'Op alle voorkomens', box: 'Lakvlak', drawn: 'Vlak getekend',
     keep: 'Openbaar in deze zaak', undone: 'Ongedaan gemaakt', redone: 'Opnieuw gedaan', nothing: 'Niets om ongedaan te maken',
     decided: 'beoordeeld', inCase: 'in de zaak', open: 'open', hits: 'plaatsen in', docs: 'documenten', none: 'Nergens gevonden',
     redactAll: n => 'Alle ' + n + ' weglakken', redacted: n => n + ' plaatsen weggelakt', confidence: 'zekerheid',
     thumb: (n, o, t) => 'Pagina ' + n + ': ' + o + ' open van ' + t, zoom: z => 'Zoom ' + Math.round(z * 100) + '%',
     shown: (n, t) => n + ' van ' + t + ' getoond', finding: 'Bevinding van de controle', redactHere: 'Hier weglakken',
     keepHere: 'Openbaar houden'}
  : {proposed: 'proposed', accepted: 'accepted', rejected: 'rejected', page: 'page', accept: 'Accept', reject: 'Reject',
     reopen: 'Reopen', all: 'Apply to all occurrences', box: 'Redaction box', drawn: 'Box drawn',
     keep: 'Public in this case', undone: 'Undone', redone: 'Redone', nothing: 'Nothing to undo',
     decided: 'decided', inCase: 'in the case', open: 'open', hits: 'places in', docs: 'documents', none: 'Not found anywhere',
     redactAll: n => 'Redact all ' + n, redacted: n => n + ' places redacted', confidence: 'confidence',
     thumb: (n, o, t) => 'Page ' + n + ': ' + o + ' open of ' + t, zoom: z => 'Zoom ' + Math.round(z * 100) + '%',
     shown: (n, t) => n + ' of ' + t + ' shown', finding: 'Finding of the check', redactHere: 'Redact here',
     keepHere: 'Keep public'};

let state = {redactions: []};
let scale = 1.4;
let fitWidth = false;
let selected = null; // {redaction, area}: the finding and the area that arrows resize
let drawing = false;
let pdf = null;
const pageLayers = new Map(); // page number -> overlay element
const pageSizes = new Map(); // page number -> {width, height} at scale 1
const live = document.createElement('p');
live.className = 'visually-hidden';
live.setAttribute('aria-live', 'polite');
root.appendChild(live);
const kenmerk = root.dataset.kenmerk;
const filters = {status: '', category: '', confidence: 0};

function say(text) { live.textContent = text; }

function showError(text) {
  if (!errorEl) return;
  errorEl.querySelector('p').textContent = text || '';
  errorEl.classList.toggle('hidden', !text);
}

async function send(url, params) {
  const headers = {'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded'};
  if (csrf.header && csrf.token) headers[csrf.header] = csrf.token;
  const response = await fetch(url, {method: 'POST', headers, body: new URLSearchParams(params), credentials: 'same-origin'});
  const body = await response.json().catch(() => null);
  showError(response.ok ? '' : (body && body.error ? body.error : 'HTTP ' + response.status));
  return {ok: response.ok, body};
}

async function post(url, params) {
  const {ok, body} = await send(url, params);
  if (body && body.redactions) {
    state = body;
    render();
  }
  return ok;
}

async function load() {
  const response = await fetch(root.dataset.state, {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
  state = await response.json();
}

// ---- undo and redo: a stack of acts per case, kept in the session; the server stores every step in the history ----
const undoKey = 'openbaar.undo.' + kenmerk;
function undoStack() {
  try { return JSON.parse(sessionStorage.getItem(undoKey)) || {done: [], undone: []}; } catch (e) { return {done: [], undone: []}; }
}
function keepHistory(h) {
  sessionStorage.setItem(undoKey, JSON.stringify(h));
  const u = document.getElementById('undo');
  const r = document.getElementById('redo');
  if (u) u.disabled = h.done.length === 0;
  if (r) r.disabled = h.undone.length === 0;
}
function remember(label, acts) {
  const real = acts.filter(a => a.before.status !== a.after.status || a.before.ground !== a.after.ground);
  if (!real.length) return;
  const h = undoStack();
  h.done.push({label, acts: real});
  if (h.done.length > 200) h.done.shift();
  h.undone = [];
  keepHistory(h);
}
function snapshot(ids) {
  const m = new Map();
  for (const r of state.redactions) if (!ids || ids.includes(r.id)) m.set(r.id, {status: r.status, ground: r.ground});
  return m;
}
async function step(redo) {
  const h = undoStack();
  const entry = (redo ? h.undone : h.done).pop();
  if (!entry) { say(T.nothing); return; }
  for (const a of entry.acts) {
    const to = redo ? a.after : a.before;
    const status = to.status === 'nieuw' ? 'rejected' : to.status;
    await send(`/beheer/redacties/${a.id}/herstellen`, {status, ground: to.ground, redo: String(redo), keptPublic: String(!!a.keptPublic)});
  }
  (redo ? h.done : h.undone).push(entry);
  keepHistory(h);
  await load();
  render();
  say((redo ? T.redone : T.undone) + ': ' + entry.label);
}

// ---- pages, zoom, thumbnails ----
async function renderPages() {
  const pdfjs = await import(root.dataset.pdfjs);
  pdfjs.GlobalWorkerOptions.workerSrc = root.dataset.worker;
  pdf = await pdfjs.getDocument({url: root.dataset.pdf, isEvalSupported: false, standardFontDataUrl: root.dataset.fonts,
    wasmUrl: root.dataset.wasm, withCredentials: true}).promise;
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const v = page.getViewport({scale: 1});
    pageSizes.set(n, {width: v.width, height: v.height});
  }
  if (fitWidth) scale = fitScale();
  await drawPages();
  await drawThumbnails();
  root.dataset.rendered = 'true';
}

function fitScale() {
  const widest = Math.max(...[...pageSizes.values()].map(s => s.width));
  const room = pagesEl.clientWidth - 4;
  return widest > 0 && room > 100 ? room / widest : scale;
}

async function drawPages() {
  pagesEl.replaceChildren();
  pageLayers.clear();
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({scale});
    const wrap = document.createElement('div');
    wrap.className = 'review-page';
    wrap.dataset.page = n;
    wrap.id = 'pagina-' + n;
    wrap.setAttribute('role', 'group');
    wrap.setAttribute('aria-label', T.page + ' ' + n);
    const canvas = document.createElement('canvas');
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.floor(viewport.width * ratio);
    canvas.height = Math.floor(viewport.height * ratio);
    canvas.style.width = viewport.width + 'px';
    canvas.style.height = viewport.height + 'px';
    canvas.setAttribute('aria-hidden', 'true');
    const overlay = document.createElement('div');
    overlay.className = 'review-overlay';
    overlay.style.width = viewport.width + 'px';
    overlay.style.height = viewport.height + 'px';
    wrap.append(canvas, overlay);
    pagesEl.appendChild(wrap);
    pageLayers.set(n, overlay);
    await page.render({canvas, canvasContext: canvas.getContext('2d'), viewport,
      transform: ratio !== 1 ? [ratio, 0, 0, ratio, 0, 0] : null}).promise;
    if (canWork) enableDrawing(overlay, n);
  }
  const z = document.getElementById('zoom-level');
  if (z) z.textContent = T.zoom(scale);
}

async function drawThumbnails() {
  const list = document.getElementById('review-thumbs');
  if (!list) return;
  list.replaceChildren();
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({scale: 0.18});
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = '#pagina-' + n;
    a.className = 'review-thumb';
    a.dataset.page = n;
    const canvas = document.createElement('canvas');
    canvas.width = Math.floor(viewport.width);
    canvas.height = Math.floor(viewport.height);
    canvas.setAttribute('aria-hidden', 'true');
    await page.render({canvas, canvasContext: canvas.getContext('2d'), viewport}).promise;
    const name = document.createElement('span');
    name.className = 'visually-hidden';
    name.textContent = T.page + ' ' + n + ': ';
    const count = document.createElement('span');
    count.className = 'review-thumb-count';
    const tail = document.createElement('span');
    tail.className = 'visually-hidden';
    tail.textContent = ' ' + T.open;
    a.append(canvas, name, count, tail);
    a.addEventListener('click', e => { e.preventDefault(); document.getElementById('pagina-' + n)?.scrollIntoView({block: 'start'}); });
    li.appendChild(a);
    list.appendChild(li);
  }
  counts();
}

function counts() {
  for (const a of document.querySelectorAll('.review-thumb')) {
    const n = Number(a.dataset.page);
    const on = state.redactions.filter(r => r.areas.some(x => x.page === n));
    const open = on.filter(r => r.status === 'proposed').length;
    a.querySelector('.review-thumb-count').textContent = open + '/' + on.length;
    a.classList.toggle('has-open', open > 0);
  }
}

async function zoom(to, fit = false) {
  fitWidth = fit;
  scale = Math.min(4, Math.max(0.5, fit ? fitScale() : to));
  if (!pdf) return;
  const keep = selected;
  await drawPages();
  render();
  if (keep) select(keep.redaction, keep.area);
  say(T.zoom(scale));
}

// ---- the findings over the pages: one highlight per finding, colour by category, pattern by status ----
const palette = ['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'];
const knownColours = {'naam': 'c0', 'e-mailadres': 'c1', 'functioneel e-mailadres': 'c2', 'telefoonnummer': 'c3', 'adres': 'c4',
  'postcode': 'c4', 'persoonlijke beleidsopvatting': 'c5', 'handmatig': 'c6', 'zoekterm': 'c7'};
function colour(category) {
  if (knownColours[category]) return knownColours[category];
  let h = 0;
  for (const ch of category || '') h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return palette[h % palette.length];
}

function visible(r) {
  if (filters.status && r.status !== filters.status) return false;
  if (filters.category && r.category !== filters.category) return false;
  if (filters.confidence > 0 && r.score != null && r.score * 100 < filters.confidence) return false;
  return true;
}

function label(r) {
  return T.box + ': ' + r.category + ', ' + r.ground + ', ' + T[r.status] + (r.text ? ', ' + r.text : '')
    + (r.score != null ? ', ' + T.confidence + ' ' + Math.round(r.score * 100) + '%' : '');
}

function render() {
  for (const overlay of pageLayers.values()) overlay.replaceChildren();
  for (const r of state.redactions) {
    if (!visible(r)) continue;
    r.areas.forEach((a, i) => {
      const overlay = pageLayers.get(a.page);
      if (!overlay) return;
      const box = document.createElement('div');
      box.className = 'review-box ' + r.status + ' ' + colour(r.category);
      box.dataset.redaction = r.id;
      box.dataset.area = a.id;
      if (i === 0) {
        // One stop per finding for the keyboard and the screen reader; its other areas are part of the same highlight.
        box.tabIndex = 0;
        box.setAttribute('role', 'button');
        box.setAttribute('aria-label', label(r));
        const code = document.createElement('span');
        code.className = 'code ' + colour(r.category);
        code.textContent = r.ground;
        code.setAttribute('aria-hidden', 'true');
        box.appendChild(code);
      } else {
        box.setAttribute('aria-hidden', 'true');
      }
      place(box, a);
      if (selected && selected.redaction === r.id) box.classList.add('selected');
      box.addEventListener('click', () => select(r.id, a.id));
      box.addEventListener('focus', () => select(r.id, r.areas[0].id, false));
      overlay.appendChild(box);
    });
  }
  renderList();
  renderProgress();
  counts();
  marker();
}

function place(el, a) {
  el.style.left = (a.x * scale) + 'px';
  el.style.top = (a.y * scale) + 'px';
  el.style.width = Math.max(2, a.width * scale) + 'px';
  el.style.height = Math.max(2, a.height * scale) + 'px';
}

function renderProgress() {
  const el = document.getElementById('review-progress');
  if (!el || !state.progress) return;
  const p = state.progress;
  const c = state.caseProgress;
  el.textContent = p.decided + '/' + p.total + ' ' + T.decided + ' · ' + c.decided + '/' + c.total + ' ' + T.inCase;
  const bar = document.getElementById('review-progress-bar');
  if (bar) { bar.max = Math.max(1, p.total); bar.value = p.decided; }
  const drawGround = document.getElementById('draw-ground');
  if (drawGround && state.drawGround && !drawGround.dataset.touched) drawGround.value = state.drawGround;
}

function renderFilters() {
  const select = document.getElementById('filter-category');
  if (!select) return;
  const have = new Set([...select.options].map(o => o.value));
  for (const c of [...new Set(state.redactions.map(r => r.category))].sort()) {
    if (have.has(c)) continue;
    const o = document.createElement('option');
    o.value = c;
    o.textContent = c;
    select.appendChild(o);
  }
}

function renderList() {
  if (!listEl) return;
  listEl.replaceChildren();
  const shown = state.redactions.filter(visible);
  const count = document.getElementById('filter-count');
  if (count) count.textContent = T.shown(shown.length, state.redactions.length);
  for (const r of shown) {
    const li = document.createElement('li');
    li.className = 'redaction-item ' + r.status + ' ' + colour(r.category) + (selected && selected.redaction === r.id ? ' selected' : '');
    li.id = 'redaction-' + r.id;
    const p = document.createElement('p');
    p.className = 'utrecht-paragraph';
    p.textContent = r.category + ' — ' + r.ground + ' — ' + T[r.status] + ' · ' + T.page + ' ' + r.areas[0].page
      + (r.text ? ': ' + r.text : '') + (r.score != null ? ' (' + Math.round(r.score * 100) + '%)' : '');
    li.appendChild(p);
    if (canWork) {
      const actions = document.createElement('div');
      actions.className = 'redaction-actions';
      const acts = [['accepteren', T.accept], ['afwijzen', T.reject], ['heropenen', T.reopen]];
      if (r.text || r.subject) acts.push(['alle-voorkomens', T.all]);
      if (r.text) acts.push(['openbaar-in-zaak', T.keep]);
      for (const [action, text] of acts) {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'utrecht-button utrecht-button--subtle';
        b.textContent = text;
        b.dataset.action = action;
        b.addEventListener('click', () => { select(r.id, r.areas[0].id, false); act(r.id, action); });
        actions.appendChild(b);
      }
      li.appendChild(actions);
    }
    listEl.appendChild(li);
  }
}

function findings() {
  return state.redactions.filter(visible).filter(r => r.areas.length)
    .sort((x, y) => x.areas[0].page - y.areas[0].page || x.areas[0].y - y.areas[0].y || x.areas[0].x - y.areas[0].x);
}

function select(redaction, area, focus = true) {
  selected = {redaction, area};
  document.querySelectorAll('.review-box.selected, .redaction-item.selected').forEach(e => e.classList.remove('selected'));
  document.querySelectorAll(`.review-box[data-redaction="${redaction}"]`).forEach(e => e.classList.add('selected'));
  const el = document.querySelector(`.review-box[data-redaction="${redaction}"][tabindex="0"]`);
  if (el) {
    if (focus) el.focus({preventScroll: false});
    el.scrollIntoView({block: 'nearest'});
  }
  const item = document.getElementById('redaction-' + redaction);
  if (item) { item.classList.add('selected'); item.scrollIntoView({block: 'nearest'}); }
}

/** j/k: to the next or previous finding (not the next word box); with Shift to the next one still open. */
function move(stepBy, openOnly = false) {
  let items = findings();
  if (openOnly) items = items.filter(r => r.status === 'proposed' || (selected && r.id === selected.redaction));
  if (!items.length) return;
  let i = selected ? items.findIndex(x => x.id === selected.redaction) : (stepBy > 0 ? -1 : items.length);
  i = (i + stepBy + items.length) % items.length;
  select(items[i].id, items[i].areas[0].id);
}

const actionStatus = {'accepteren': 'accepted', 'afwijzen': 'rejected', 'heropenen': 'proposed'};
async function act(redaction, action, extra = {}, advance = false) {
  const keep = selected;
  const before = snapshot();
  const r0 = state.redactions.find(x => x.id === redaction);
  await post(`/beheer/redacties/${redaction}/${action}`, extra);
  // "Op alle voorkomens" and "openbaar in deze zaak" change other documents too; undo here restores this document's.
  const acts = [];
  for (const r of state.redactions) {
    const b = before.get(r.id);
    if (b && (b.status !== r.status || b.ground !== r.ground)) {
      acts.push({id: r.id, before: b, after: {status: r.status, ground: r.ground}, keptPublic: action === 'openbaar-in-zaak'});
    }
  }
  remember((r0 ? r0.text || r0.category : '') + ' ' + (actionStatus[action] ? T[actionStatus[action]] : action), acts);
  const r = state.redactions.find(x => x.id === redaction);
  if (r) say(label(r));
  if (advance && r && r.status !== 'proposed') {
    // As in the review tools people know: a decision moves on to the next proposal still open.
    const open = findings().filter(x => x.status === 'proposed');
    const after = open.find(x => x.areas[0].page > r.areas[0].page || (x.areas[0].page === r.areas[0].page
      && (x.areas[0].y > r.areas[0].y || (x.areas[0].y === r.areas[0].y && x.areas[0].x > r.areas[0].x)))) || open[0];
    if (after) { select(after.id, after.areas[0].id); return; }
  }
  if (keep) select(keep.redaction, keep.area);
}

let pending = null;
function nudge(dx, dy, dw, dh) {
  if (!selected) return;
  const r = state.redactions.find(x => x.id === selected.redaction);
  const a = r && r.areas.find(x => x.id === selected.area);
  if (!a) return;
  a.x = Math.max(0, a.x + dx);
  a.y = Math.max(0, a.y + dy);
  a.width = Math.max(1, a.width + dw);
  a.height = Math.max(1, a.height + dh);
  const el = document.querySelector(`.review-box[data-area="${a.id}"]`);
  if (el) place(el, a);
  clearTimeout(pending);
  pending = setTimeout(() => {
    const keep = selected;
    post(`/beheer/redactievlakken/${a.id}/formaat`, {redaction: r.id, x: a.x, y: a.y, width: a.width, height: a.height})
      .then(() => keep && select(keep.redaction, keep.area));
  }, 400);
}

function enableDrawing(overlay, page) {
  let start = null;
  let ghost = null;
  const point = e => {
    const rect = overlay.getBoundingClientRect();
    return {x: (e.clientX - rect.left) / scale, y: (e.clientY - rect.top) / scale};
  };
  overlay.addEventListener('pointerdown', e => {
    if (!drawing || e.target !== overlay) return;
    start = point(e);
    ghost = document.createElement('div');
    ghost.className = 'review-box drawing';
    overlay.appendChild(ghost);
    overlay.setPointerCapture(e.pointerId);
  });
  overlay.addEventListener('pointermove', e => {
    if (!start) return;
    const p = point(e);
    place(ghost, {x: Math.min(start.x, p.x), y: Math.min(start.y, p.y), width: Math.abs(p.x - start.x), height: Math.abs(p.y - start.y)});
  });
  overlay.addEventListener('pointerup', e => {
    if (!start) return;
    const p = point(e);
    const box = {x: Math.min(start.x, p.x), y: Math.min(start.y, p.y), width: Math.abs(p.x - start.x), height: Math.abs(p.y - start.y)};
    start = null;
    ghost.remove();
    if (box.width >= 2 && box.height >= 2) draw(page, box);
  });
}

async function draw(page, box, ground = document.getElementById('draw-ground').value) {
  const ids = new Set(state.redactions.map(r => r.id));
  await post(`/beheer/documenten/${root.dataset.document}/redacties`,
    {page, x: box.x, y: box.y, width: box.width, height: box.height, ground});
  say(T.drawn);
  const made = state.redactions.find(r => !ids.has(r.id));
  if (made) {
    remember(T.drawn, [{id: made.id, before: {status: 'nieuw', ground: made.ground}, after: {status: made.status, ground: made.ground}}]);
    select(made.id, made.areas[0].id);
  }
  return made;
}

function toggleDrawing(on = !drawing) {
  drawing = on;
  root.classList.toggle('review-draw', drawing);
  document.getElementById('draw-toggle')?.setAttribute('aria-pressed', String(drawing));
}

// ---- search-and-redact across the case: the hits first, then one decision for all ----
const searchForm = document.getElementById('search-redact');
const hitsEl = document.getElementById('search-hits');
async function searchCase() {
  const q = document.getElementById('search-q').value;
  const mode = document.getElementById('search-mode').value;
  const url = `/beheer/verzoeken/${encodeURIComponent(kenmerk)}/zoeken-en-weglakken.json?` + new URLSearchParams({q, mode});
  const response = await fetch(url, {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
  const body = await response.json().catch(() => null);
  hitsEl.replaceChildren();
  const button = document.getElementById('search-redact-all');
  button.hidden = true;
  if (!response.ok) { showError(body && body.error ? body.error : 'HTTP ' + response.status); return; }
  showError('');
  const summary = document.createElement('p');
  summary.className = 'utrecht-paragraph';
  summary.id = 'search-summary';
  summary.textContent = body.hits.length ? body.hits.length + ' ' + T.hits + ' ' + body.documents + ' ' + T.docs : T.none;
  hitsEl.appendChild(summary);
  const ol = document.createElement('ol');
  ol.className = 'search-hit-list';
  ol.tabIndex = 0; // it scrolls: reachable by keyboard
  ol.setAttribute('aria-label', summary.textContent);
  for (const h of body.hits.slice(0, 200)) {
    const li = document.createElement('li');
    li.className = 'search-hit';
    li.textContent = h.title + ', ' + T.page + ' ' + h.page + ': ' + h.context + (h.existing ? ' (' + T.box + ')' : '');
    ol.appendChild(li);
  }
  hitsEl.appendChild(ol);
  if (body.hits.length) {
    button.hidden = false;
    button.textContent = T.redactAll(body.hits.length);
    button.dataset.q = q;
    button.dataset.mode = mode;
    button.focus();
  }
  say(summary.textContent);
}
async function redactSearch() {
  const button = document.getElementById('search-redact-all');
  const ground = document.getElementById('search-ground').value;
  const {ok, body} = await send(`/beheer/verzoeken/${encodeURIComponent(kenmerk)}/zoeken-en-weglakken`,
    {q: button.dataset.q, mode: button.dataset.mode, ground});
  if (!ok) return;
  remember('"' + button.dataset.q + '"', body.acts);
  button.hidden = true;
  hitsEl.replaceChildren();
  await load();
  render();
  say(T.redacted(body.redacted));
  const p = document.createElement('p');
  p.className = 'utrecht-paragraph';
  p.id = 'search-summary';
  p.textContent = T.redacted(body.redacted);
  hitsEl.appendChild(p);
}
searchForm?.addEventListener('submit', e => { e.preventDefault(); searchCase(); });
document.getElementById('search-redact-all')?.addEventListener('click', () => redactSearch());

// ---- a place named in the address (a finding of the package check): #vlak=page,x,y,w,h ----
function target() {
  const m = /vlak=(\d+),([\d.]+),([\d.]+),([\d.]+),([\d.]+)/.exec(location.hash);
  return m ? {page: Number(m[1]), x: Number(m[2]), y: Number(m[3]), width: Number(m[4]), height: Number(m[5])} : null;
}
function marker() {
  const t = target();
  if (!t) return;
  const overlay = pageLayers.get(t.page);
  if (!overlay) return;
  let el = document.getElementById('gate-finding');
  if (!el) {
    el = document.createElement('div');
    el.id = 'gate-finding';
    el.className = 'review-box gate-finding';
    el.tabIndex = -1;
    el.setAttribute('role', 'note');
    el.setAttribute('aria-label', T.finding);
  }
  overlay.appendChild(el);
  place(el, t);
  const panel = document.getElementById('gate-panel');
  if (panel) panel.hidden = false;
}
document.getElementById('gate-redact')?.addEventListener('click', async () => {
  const t = target();
  if (!t) return;
  const made = await draw(t.page, t);
  if (made) { history.replaceState(null, '', location.pathname + location.search); document.getElementById('gate-finding')?.remove();
    document.getElementById('gate-panel').hidden = true; }
});
document.getElementById('gate-keep')?.addEventListener('click', async () => {
  const t = target();
  if (!t) return;
  // Keeping it public is a rejected box at that place with the text under it; the next build's check allows it.
  const made = await draw(t.page, t);
  if (made) {
    await act(made.id, made.text ? 'openbaar-in-zaak' : 'afwijzen');
    history.replaceState(null, '', location.pathname + location.search);
    document.getElementById('gate-finding')?.remove();
    document.getElementById('gate-panel').hidden = true;
  }
});

// ---- controls ----
document.getElementById('draw-toggle')?.addEventListener('click', () => toggleDrawing());
document.getElementById('draw-ground')?.addEventListener('change', e => { e.target.dataset.touched = 'true'; });
document.getElementById('zoom-in')?.addEventListener('click', () => zoom(scale * 1.25));
document.getElementById('zoom-out')?.addEventListener('click', () => zoom(scale / 1.25));
document.getElementById('zoom-fit')?.addEventListener('click', () => zoom(scale, true));
document.getElementById('undo')?.addEventListener('click', () => step(false));
document.getElementById('redo')?.addEventListener('click', () => step(true));
for (const [id, key, parse] of [['filter-status', 'status', v => v], ['filter-category', 'category', v => v],
  ['filter-confidence', 'confidence', v => Number(v) || 0]]) {
  document.getElementById(id)?.addEventListener('change', e => { filters[key] = parse(e.target.value); render(); });
}

document.addEventListener('keydown', e => {
  const tag = (e.target.tagName || '').toLowerCase();
  if (['input', 'select', 'textarea'].includes(tag)) return;
  if ((e.ctrlKey || e.metaKey) && (e.key === 'z' || e.key === 'Z' || e.key === 'y')) {
    if (!canWork) return;
    step(e.key === 'y' || e.shiftKey);
    e.preventDefault();
    return;
  }
  if (e.ctrlKey || e.metaKey) return;
  const big = e.shiftKey && e.altKey ? 10 : 1;
  switch (e.key) {
    case 'j': move(1); break;
    case 'k': move(-1); break;
    case 'J': move(1, true); break;
    case 'K': move(-1, true); break;
    case 'a': if (canWork && selected) act(selected.redaction, 'accepteren', {}, true); break;
    case 'r': if (canWork && selected) act(selected.redaction, 'afwijzen', {}, true); break;
    case 'n': { const a = document.getElementById('next-document'); if (a) location.href = a.href; break; }
    case 'N': { const a = document.getElementById('previous-document'); if (a) location.href = a.href; break; }
    case 'h': if (canWork && selected) act(selected.redaction, 'heropenen'); break;
    case 'o': if (canWork && selected) act(selected.redaction, 'alle-voorkomens'); break;
    case 'p': if (canWork && selected) act(selected.redaction, 'openbaar-in-zaak', {}, true); break;
    case 'u': if (canWork) step(false); break;
    case 'U': if (canWork) step(true); break;
    case '+': case '=': zoom(scale * 1.25); break;
    case '-': zoom(scale / 1.25); break;
    case '0': zoom(scale, true); break;
    case '/': document.getElementById('search-q')?.focus(); break;
    case 'd':
      if (!canWork) return;
      toggleDrawing();
      if (drawing && document.activeElement?.closest('.review-page') == null) {
        // Keyboard drawing: a box in the middle of the first visible page, then Alt+arrows to move, Shift+arrows to size.
        const first = [...pageLayers.keys()][0];
        if (first) draw(first, {x: 100, y: 100, width: 120, height: 16}).then(() => toggleDrawing(false));
      }
      break;
    case 'ArrowRight': case 'ArrowLeft': case 'ArrowUp': case 'ArrowDown': {
      if (!canWork || !selected || !(e.shiftKey || e.altKey)) return;
      const dx = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      const dy = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
      if (e.shiftKey && !e.altKey) nudge(0, 0, dx, dy); else nudge(dx * big, dy * big, 0, 0);
      break;
    }
    case 'Escape': toggleDrawing(false); break;
    default: return;
  }
  e.preventDefault();
});

(async () => {
  try {
    keepHistory(undoStack());
    await load();
    renderFilters();
    await renderPages();
    render();
    const t = target();
    if (t) document.getElementById('pagina-' + t.page)?.scrollIntoView({block: 'start'});
    const m = /redactie-(\d+)/.exec(location.hash);
    if (m) { const r = state.redactions.find(x => x.id === Number(m[1])); if (r) select(r.id, r.areas[0].id); }
  } catch (err) {
    showError(String(err));
  }
})();
