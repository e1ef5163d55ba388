// Live progress on the request page: while background work runs (reading, detection, the publication package),
// the progress bars are refreshed from the page itself every few seconds; when everything has finished the page
// reloads once so new documents, results and buttons appear — unless the user has typed in a form, in which case
// only the refresh link is offered, so nothing typed is lost. Without JavaScript the "Vernieuwen" link does the same.
const INTERVAL_MS = 3000;
let edited = false;
document.addEventListener('input', () => { edited = true; });

function running(root) {
  return root.querySelector('[data-running="true"]') !== null;
}

async function poll() {
  let html;
  try {
    const response = await fetch(window.location.pathname + window.location.search, {
      credentials: 'same-origin', headers: { 'Accept': 'text/html' } });
    if (!response.ok || response.redirected) {
      return; // logged out or gone: leave the page as it is
    }
    html = await response.text();
  } catch (e) {
    setTimeout(poll, INTERVAL_MS * 3);
    return;
  }
  const fresh = new DOMParser().parseFromString(html, 'text/html');
  const now = fresh.getElementById('progress');
  const here = document.getElementById('progress');
  if (now && here) {
    here.replaceChildren(...Array.from(now.childNodes).map((n) => document.importNode(n, true)));
  }
  const queuedHere = document.getElementById('package-queued');
  if (queuedHere && !fresh.getElementById('package-queued')) {
    queuedHere.setAttribute('data-running', 'false');
  }
  if (running(fresh)) {
    setTimeout(poll, INTERVAL_MS);
  } else if (!edited) {
    window.location.reload();
  }
}

if (running(document)) {
  setTimeout(poll, INTERVAL_MS);
}
