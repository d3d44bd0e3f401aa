// The site's only client script: answer the search form (query and filters from the URL) with the Pagefind index.
// Plain JavaScript served as is, so that nothing is bundled into other pages.
const form = document.getElementById('search-form');
const input = document.getElementById('q');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.getElementById('search-more');
const msg = JSON.parse(form.dataset.messages);
const selects = [...form.querySelectorAll('select[data-filter]')];

const pagefind = await import(`${form.dataset.pagefind}pagefind.js`);
// No web worker: one script less to download (43 KB), and a search of these lists is quick on the page's thread.
await pagefind.options({ baseUrl: form.dataset.base, noWorker: true });
await pagefind.init();

const params = new URLSearchParams(location.search);
input.value = params.get('q') ?? '';
// The options are in the page (rendered from the model): asking pagefind.filters() would download every filter index.
for (const s of selects) s.value = params.get(s.name) ?? '';

const PAGE = 10;
let found = [];
let shownCount = 0;

// Each result's fragment is a separate download: fetch them ten at a time, on request.
async function showMore() {
  const next = await Promise.all(found.slice(shownCount, shownCount + PAGE).map((r) => r.data()));
  shownCount += next.length;
  for (const r of next) {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = r.url;
    a.textContent = [r.meta.id, r.meta.title ?? r.url].filter(Boolean).join(' ');
    const p = document.createElement('p');
    p.innerHTML = r.excerpt; // Pagefind escapes the page text and adds only <mark>.
    // On the English pages the data stays Chinese: mark it so (WCAG 3.1.2).
    if (document.documentElement.lang === 'en') for (const el of [a, p]) if (/\p{Script=Han}/u.test(el.textContent)) el.lang = 'zh-CN';
    li.append(a, p);
    list.append(li);
  }
  more.hidden = shownCount >= found.length;
}

async function run() {
  const q = input.value.trim();
  const filters = {};
  for (const s of selects) if (s.value) filters[s.dataset.filter] = s.value;
  list.replaceChildren();
  more.hidden = true;
  found = [];
  shownCount = 0;
  if (!q && !Object.keys(filters).length) {
    status.textContent = '';
    return;
  }
  status.textContent = msg.searching;
  // A filter-only search passes null: an empty string finds nothing.
  found = (await pagefind.search(q || null, { filters })).results;
  await showMore();
  status.textContent = found.length ? msg.results.replace('{n}', String(found.length)) : msg.none;
  status.dataset.done = 'true';
}

more.addEventListener('click', () => void showMore());

form.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const next = new URLSearchParams();
  if (input.value.trim()) next.set('q', input.value.trim());
  for (const s of selects) if (s.value) next.set(s.name, s.value);
  history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
  void run();
});
void run();
