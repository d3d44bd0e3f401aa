// The site's only client script: answer the search form (query and filters from the URL) with the Pagefind index.
// Plain JavaScript served as is, so that nothing is bundled into other pages.
const form = document.getElementById('search-form');
const input = document.getElementById('q');
const status = document.getElementById('search-status');
const list = document.getElementById('search-results');
const more = document.getElementById('search-more');
const msg = JSON.parse(form.dataset.messages);
// [public word, the lists' term], longest words first (vocabulary/synonyms.yaml).
const synonyms = JSON.parse(form.dataset.synonyms ?? '[]');
const note = document.getElementById('search-synonyms');
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

// “黑名单” is also searched as “严重失信主体名单”, the words marked Chinese (WCAG 3.1.2).
function synonymNote(word, term) {
  return msg.synonym.split(/(\{word\}|\{term\})/).map((part) => {
    if (part !== '{word}' && part !== '{term}') return document.createTextNode(part);
    const span = document.createElement('span');
    span.lang = 'zh-CN';
    span.textContent = part === '{word}' ? word : term;
    return span;
  });
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
  // A word the public uses is also searched as the lists' own term; results of both, the literal query's first.
  let official = q;
  const used = [];
  for (const [word, term] of synonyms)
    if (official.includes(word)) {
      official = official.split(word).join(term);
      used.push([word, term]);
    }
  note.replaceChildren(...used.flatMap(([word, term]) => synonymNote(word, term)));
  // A filter-only search passes null: an empty string finds nothing.
  const searches = [q || null, ...(used.length ? [official] : [])].map((x) => pagefind.search(x, { filters }));
  const seen = new Set();
  found = (await Promise.all(searches)).flatMap((r) => r.results).filter((r) => !seen.has(r.id) && seen.add(r.id));
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
