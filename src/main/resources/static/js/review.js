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
     reject: 'Afwijzen', reopen: 'Heropenen', all: 'Op alle voorkomens', box: 'Lakvlak', drawn: 'Vlak getekend'}
  : {proposed: 'proposed', accepted: 'accepted', rejected: 'rejected', page: 'page', accept: 'Accept', reject: 'Reject',
     reopen: 'Reopen', all: 'Apply to all occurrences', box: 'Redaction box', drawn: 'Box drawn'};

let state = {redactions: []};
let scale = 1.4;
let selected = null; // {redaction, area}
let drawing = false;
const pageLayers = new Map(); // page number -> overlay element
const live = document.createElement('p');
live.className = 'visually-hidden';
live.setAttribute('aria-live', 'polite');
root.appendChild(live);

function say(text) { live.textContent = text; }

function showError(text) {
  if (!errorEl) return;
  errorEl.querySelector('p').textContent = text || '';
  errorEl.classList.toggle('hidden', !text);
}

async function post(url, params) {
  const headers = {'Accept': 'application/json', 'Content-Type': 'application/x-www-form-urlencoded'};
  if (csrf.header && csrf.token) headers[csrf.header] = csrf.token;
  const response = await fetch(url, {method: 'POST', headers, body: new URLSearchParams(params), credentials: 'same-origin'});
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    showError(body && body.error ? body.error : 'HTTP ' + response.status);
  } else {
    showError('');
  }
  if (body && body.redactions) {
    state = body;
    render();
  }
  return response.ok;
}

async function load() {
  const response = await fetch(root.dataset.state, {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
  state = await response.json();
}

async function renderPages() {
  const pdfjs = await import(root.dataset.pdfjs);
  pdfjs.GlobalWorkerOptions.workerSrc = root.dataset.worker;
  const pdf = await pdfjs.getDocument({url: root.dataset.pdf, isEvalSupported: false, standardFontDataUrl: root.dataset.fonts,
    wasmUrl: root.dataset.wasm, withCredentials: true}).promise;
  pagesEl.replaceChildren();
  for (let n = 1; n <= pdf.numPages; n++) {
    const page = await pdf.getPage(n);
    const viewport = page.getViewport({scale});
    const wrap = document.createElement('div');
    wrap.className = 'review-page';
    wrap.dataset.page = n;
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
  root.dataset.rendered = 'true';
}

function label(r) {
  return T.box + ': ' + r.category + ', ' + r.ground + ', ' + T[r.status] + (r.text ? ', ' + r.text : '');
}

function render() {
  for (const overlay of pageLayers.values()) overlay.replaceChildren();
  for (const r of state.redactions) {
    for (const a of r.areas) {
      const overlay = pageLayers.get(a.page);
      if (!overlay) continue;
      const box = document.createElement('div');
      box.className = 'review-box ' + r.status;
      box.tabIndex = 0;
      box.setAttribute('role', 'button');
      box.setAttribute('aria-label', label(r));
      box.dataset.redaction = r.id;
      box.dataset.area = a.id;
      place(box, a);
      const code = document.createElement('span');
      code.className = 'code';
      code.textContent = r.ground;
      box.appendChild(code);
      if (selected && selected.redaction === r.id && selected.area === a.id) {
        box.classList.add('selected');
      }
      box.addEventListener('click', () => select(r.id, a.id));
      box.addEventListener('focus', () => select(r.id, a.id, false));
      overlay.appendChild(box);
    }
  }
  renderList();
}

function place(el, a) {
  el.style.left = (a.x * scale) + 'px';
  el.style.top = (a.y * scale) + 'px';
  el.style.width = Math.max(2, a.width * scale) + 'px';
  el.style.height = Math.max(2, a.height * scale) + 'px';
}

function renderList() {
  if (!listEl) return;
  listEl.replaceChildren();
  for (const r of state.redactions) {
    const li = document.createElement('li');
    li.className = 'redaction-item ' + r.status + (selected && selected.redaction === r.id ? ' selected' : '');
    li.id = 'redaction-' + r.id;
    const p = document.createElement('p');
    p.className = 'utrecht-paragraph';
    p.textContent = r.category + ' — ' + r.ground + ' — ' + T[r.status] + ' · ' + T.page + ' ' + r.areas[0].page
      + (r.text ? ': ' + r.text : '');
    li.appendChild(p);
    if (canWork) {
      const actions = document.createElement('div');
      actions.className = 'redaction-actions';
      for (const [action, text] of [['accepteren', T.accept], ['afwijzen', T.reject], ['heropenen', T.reopen], ['alle-voorkomens', T.all]]) {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'utrecht-button utrecht-button--subtle';
        b.textContent = text;
        b.dataset.action = action;
        b.addEventListener('click', () => act(r.id, action));
        actions.appendChild(b);
      }
      li.appendChild(actions);
    }
    listEl.appendChild(li);
  }
}

function all() {
  return state.redactions.flatMap(r => r.areas.map(a => ({redaction: r.id, area: a.id})));
}

function select(redaction, area, focus = true) {
  selected = {redaction, area};
  document.querySelectorAll('.review-box.selected, .redaction-item.selected').forEach(e => e.classList.remove('selected'));
  const el = document.querySelector(`.review-box[data-area="${area}"]`);
  if (el) {
    el.classList.add('selected');
    if (focus) el.focus({preventScroll: false});
    el.scrollIntoView({block: 'nearest'});
  }
  document.getElementById('redaction-' + redaction)?.classList.add('selected');
}

function move(step) {
  const items = all();
  if (!items.length) return;
  let i = selected ? items.findIndex(x => x.area === selected.area) : -1;
  i = (i + step + items.length) % items.length;
  select(items[i].redaction, items[i].area);
}

async function act(redaction, action, extra = {}) {
  const keep = selected;
  await post(`/beheer/redacties/${redaction}/${action}`, extra);
  if (keep) select(keep.redaction, keep.area);
  const r = state.redactions.find(x => x.id === redaction);
  if (r) say(label(r));
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

async function draw(page, box) {
  const ground = document.getElementById('draw-ground').value;
  await post(`/beheer/documenten/${root.dataset.document}/redacties`,
    {page, x: box.x, y: box.y, width: box.width, height: box.height, ground});
  say(T.drawn);
  const last = state.redactions[state.redactions.length - 1];
  if (last) select(last.id, last.areas[0].id);
}

function toggleDrawing(on = !drawing) {
  drawing = on;
  root.classList.toggle('review-draw', drawing);
  document.getElementById('draw-toggle')?.setAttribute('aria-pressed', String(drawing));
}

document.getElementById('draw-toggle')?.addEventListener('click', () => toggleDrawing());

document.addEventListener('keydown', e => {
  const tag = (e.target.tagName || '').toLowerCase();
  if (['input', 'select', 'textarea'].includes(tag) || e.ctrlKey || e.metaKey) return;
  const big = e.shiftKey && e.altKey ? 10 : 1;
  switch (e.key) {
    case 'j': move(1); break;
    case 'k': move(-1); break;
    case 'a': if (canWork && selected) act(selected.redaction, 'accepteren'); break;
    case 'r': if (canWork && selected) act(selected.redaction, 'afwijzen'); break;
    case 'u': if (canWork && selected) act(selected.redaction, 'heropenen'); break;
    case 'o': if (canWork && selected) act(selected.redaction, 'alle-voorkomens'); break;
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
    await load();
    await renderPages();
    render();
  } catch (err) {
    showError(String(err));
  }
})();
