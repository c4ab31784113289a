// Sổ tay Nghị quyết: the search page. Plain DOM, no inline script (the CSP forbids it). Every value from the
// server is inserted as text, except the highlights, which the server has HTML-escaped around its <mark> tags.
(function () {
  'use strict';

  const $ = (id) => document.getElementById(id);
  const input = $('q');
  const form = $('search-form');
  const list = $('suggestions');
  const status = $('status');
  const answerBox = $('answer');
  const filtersBox = $('filters');
  const resultsBox = $('results');
  const resultsView = $('results-view');
  const docBox = $('document');
  const welcome = $('welcome');
  const PAGE = 10;
  /** The parameters a search carries besides its text and page. */
  const SEARCH_KEYS = ['type', 'issuer', 'year', 'sort'];
  const EXAMPLES = ['9 nhiệm vụ trọng tâm là gì?', 'nq 05', 'chuyen doi so', 'Mục tiêu tăng trưởng GRDP bao nhiêu?',
    '45/KH-UBND', 'what are the key tasks of resolution 05?'];

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === 'class') node.className = v;
      else if (k === 'text') node.textContent = v;
      else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v === true ? '' : v);
    }
    for (const c of children) if (c !== null && c !== undefined) node.append(c);
    return node;
  }

  /** The server escapes highlights (only <mark> survives); parse them without running anything. */
  function highlighted(html) {
    const span = el('span');
    const doc = new DOMParser().parseFromString('<body>' + html + '</body>', 'text/html');
    for (const n of Array.from(doc.body.childNodes)) {
      if (n.nodeType === Node.TEXT_NODE) span.append(n.textContent);
      else if (n.nodeName === 'MARK') span.append(el('mark', { text: n.textContent }));
      else span.append(n.textContent || '');
    }
    return span;
  }

  async function getJson(url, options) {
    const r = await fetch(url, { ...(options || {}), headers: { Accept: 'application/json', ...((options || {}).headers || {}) } });
    const body = await r.json().catch(() => ({ error: 'Máy chủ trả lời không hợp lệ.', code: 'bad_response' }));
    if (!r.ok) throw new Error(body.error || ('Lỗi ' + r.status));
    return body;
  }

  /** Shown beside every internal document; only viewers granted internal access ever receive one. */
  function internalBadge(item) {
    return item && item.access === 'noi-bo' ? el('span', { class: 'badge-noi-bo', text: 'Nội bộ' }) : null;
  }

  function docLabel(d) {
    const parts = [];
    if (d.docType) parts.push(d.docType);
    if (d.docNumber) parts.push('số ' + d.docNumber);
    return parts.join(' ') || d.title || d.docId;
  }

  function formatDate(iso) {
    if (!iso) return '';
    const [y, m, d] = iso.split('-');
    return Number(d) + '/' + Number(m) + '/' + y;
  }

  function looksLikeQuestion(q) {
    const folded = q.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
    return /\?|\b(la gi|bao nhieu|nhung|nao|gi|ai|khi nao|o dau|the nao|ra sao|co phai|ve gi|what|which|how|who|when|where)\b/.test(folded);
  }

  // ---------- URL state ----------
  function stateFromUrl() {
    const p = new URLSearchParams(location.search);
    return { q: p.get('q') || '', type: p.get('type') || '', issuer: p.get('issuer') || '', year: p.get('year') || '',
      sort: p.get('sort') === 'moi-nhat' ? 'moi-nhat' : '' };
  }

  function urlFor(state) {
    const p = new URLSearchParams();
    for (const k of ['q', 'type', 'issuer', 'year', 'sort']) if (state[k]) p.set(k, state[k]);
    const s = p.toString();
    return '/' + (s ? '?' + s : '');
  }

  function go(url) {
    history.pushState(null, '', url);
    route();
  }

  // ---------- search ----------
  let searchSeq = 0;

  async function showSearch(state) {
    const seq = ++searchSeq;
    docBox.hidden = true;
    welcome.hidden = !!state.q;
    resultsView.hidden = !state.q;
    input.value = state.q;
    document.title = state.q ? state.q + ' – Sổ tay Nghị quyết' : 'Sổ tay Nghị quyết';
    answerBox.hidden = true;
    if (!state.q) {
      status.textContent = '';
      resultsBox.replaceChildren();
      filtersBox.hidden = true;
      return;
    }
    status.textContent = 'Đang tìm…';
    const params = new URLSearchParams({ q: state.q, limit: String(PAGE) });
    for (const k of SEARCH_KEYS) if (state[k]) params.set(k, state[k]);
    const search = getJson('/api/search?' + params);
    const ask = getJson('/api/ask?' + new URLSearchParams({ q: state.q })).catch(() => null);
    try {
      const res = await search;
      if (seq !== searchSeq) return;
      renderFilters(res.facets || {}, state, res.totalExact !== false, res.total);
      renderHits(res, state, false);
      status.textContent = res.total === 0 ? 'Không tìm thấy đoạn văn bản nào khớp.'
        : 'Tìm thấy ' + (res.totalExact === false ? 'ít nhất ' : '') + res.total + ' đoạn văn bản (' + res.tookMs + ' ms).';
    } catch (e) {
      if (seq !== searchSeq) return;
      status.textContent = e.message;
      resultsBox.replaceChildren();
      filtersBox.hidden = true;
    }
    const answer = await ask;
    if (seq !== searchSeq || !answer) return;
    const shown = ['list', 'count', 'document'].includes(answer.kind) || looksLikeQuestion(state.q);
    if (shown) renderAnswer(answer);
  }

  function renderAnswer(a) {
    const box = [el('h2', { text: 'Trả lời' }), el('p', { class: 'lead', text: a.answer })];
    if (a.items && a.items.length) {
      const ol = el('ol', { class: 'items' });
      for (const item of a.items) {
        const c = a.citations[item.citation];
        ol.append(el('li', {}, item.text, c ? el('a', { class: 'cite-ref', href: c.url, text: '[' + (item.citation + 1) + ']',
          'aria-label': 'Nguồn ' + (item.citation + 1) }) : null));
      }
      box.push(ol);
    }
    if (a.citations && a.citations.length) {
      const ol = el('ol', { class: 'citations', 'aria-label': 'Nguồn trích dẫn' });
      a.citations.forEach((c, i) => {
        const where = [c.docNumber || c.title, ...(c.path || [])].filter(Boolean).join(' › ');
        ol.append(el('li', { id: 'nguon-' + (i + 1) },
          el('a', { href: c.url, class: 'citation-link', text: where || c.docId }), internalBadge(c), ': ',
          c.highlight ? highlighted(c.highlight) : el('span', { text: c.quote })));
      });
      box.push(el('h3', { class: 'visually-hidden', text: 'Nguồn' }), ol);
    }
    answerBox.replaceChildren(...box);
    answerBox.hidden = false;
  }

  function renderFilters(facets, state, exact, total) {
    const groups = [['type', 'Loại văn bản'], ['issuer', 'Cơ quan ban hành'], ['year', 'Năm']];
    const parts = [];
    if (total > 1) {
      const ul = el('ul');
      for (const [value, label] of [['', 'Phù hợp nhất'], ['moi-nhat', 'Văn bản mới nhất']]) {
        ul.append(el('li', {}, el('button', {
          type: 'button', class: 'sort-option', 'data-sort': value || 'lien-quan', 'aria-pressed': state.sort === value ? 'true' : 'false',
          onclick: () => go(urlFor({ ...state, sort: value }))
        }, el('span', { text: label }))));
      }
      parts.push(el('h3', { text: 'Sắp xếp' }), ul);
    }
    const sortParts = parts.length;
    for (const [key, title] of groups) {
      const counts = facets[key] || {};
      const entries = Object.entries(counts).sort((a, b) => key === 'year' ? b[0].localeCompare(a[0]) : b[1] - a[1]);
      if (!entries.length) continue;
      const ul = el('ul');
      for (const [value, count] of entries.slice(0, 12)) {
        const on = state[key] === value;
        ul.append(el('li', {}, el('button', {
          type: 'button', class: 'facet', 'data-facet': key, 'aria-pressed': on ? 'true' : 'false',
          onclick: () => go(urlFor({ ...state, [key]: on ? '' : value }))
        }, el('span', { text: value }), el('span', { class: 'count', text: String(count) }))));
      }
      parts.push(el('h3', { text: title }), ul);
    }
    // a broad search counts its filters among the best passages only: say so rather than show a wrong total
    if (parts.length > sortParts && !exact) parts.push(el('p', { class: 'note', text: 'Số văn bản đếm trong các kết quả đầu.' }));
    filtersBox.replaceChildren(...parts);
    filtersBox.hidden = parts.length === 0;
  }

  function hitCard(h) {
    const url = '/documents/' + h.docId + '#' + encodeURIComponent(h.anchor);
    const meta = [h.issuer, formatDate(h.date)].filter(Boolean).join(' · ');
    return el('article', { class: 'hit' },
      el('h3', {}, el('a', { href: url, class: 'hit-link', 'data-link': '' }, docLabel(h)),
        h.title && h.docNumber ? el('span', { class: 'meta', text: ' – ' + h.title }) : null, internalBadge(h)),
      h.path && h.path.length ? el('p', { class: 'place', text: h.path.join(' › ') }) : null,
      el('p', { class: 'snippet' }, highlighted(h.highlight || '')),
      meta ? el('p', { class: 'meta', text: meta }) : null);
  }

  function renderHits(res, state, append) {
    const cards = res.hits.map(hitCard);
    const old = resultsBox.querySelector('.more');
    if (old) old.remove();
    if (append) resultsBox.append(...cards);
    else resultsBox.replaceChildren(...cards);
    const shown = resultsBox.querySelectorAll('.hit').length;
    if (shown < res.total && shown < 1000) {
      resultsBox.append(el('p', { class: 'more' }, el('button', {
        type: 'button', class: 'plain', onclick: async () => {
          const params = new URLSearchParams({ q: state.q, limit: String(PAGE), offset: String(shown) });
          for (const k of SEARCH_KEYS) if (state[k]) params.set(k, state[k]);
          try { renderHits(await getJson('/api/search?' + params), state, true); } catch (e) { status.textContent = e.message; }
        }
      }, 'Xem thêm kết quả')));
    }
  }

  // ---------- document view ----------
  function reference(section) {
    // "mục III.1", "Điều 5 khoản 2": how an official cites a place in a document
    const marks = [];
    let article = null;
    for (const h of section.path) {
      let m;
      if ((m = /^Điều\s+(\d+\w*)/.exec(h))) article = 'Điều ' + m[1];
      else if ((m = /^(Phần|Chương|Mục)\s+([IVXLCDM\d]+)/i.exec(h))) marks.push(m[1] + ' ' + m[2]);
      else if ((m = /^([IVXLCDM]+|\d+(?:\.\d+)*|[a-zđ])[.)\-]/.exec(h))) marks.push(m[1]);
    }
    const label = section.label && /^([\dIVXLCDM]+|[a-zđ])[.)]$/.exec(section.label);
    const clause = /-k(\d+)$/.exec(section.anchor);
    if (article) return article + (clause ? ' khoản ' + clause[1] : '');
    const simple = marks.filter((m) => !/\s/.test(m));
    if (label) simple.push(label[1]);
    return simple.length ? 'mục ' + simple.join('.') : '';
  }

  function citationText(doc, section) {
    let s = [doc.docType, doc.docNumber ? 'số ' + doc.docNumber : null].filter(Boolean).join(' ') || doc.title;
    if (doc.date) s += ' ngày ' + formatDate(doc.date);
    if (doc.issuer) s += ' của ' + doc.issuer;
    if (doc.title && doc.docNumber) s += ' ' + (doc.title.charAt(0).toLowerCase() + doc.title.slice(1)).replace(/^về /, 'về ');
    const ref = section ? reference(section) : '';
    return ref ? s + ', ' + ref : s;
  }

  async function copy(text, button) {
    try {
      await navigator.clipboard.writeText(text);
    } catch (e) {
      const t = el('textarea', { class: 'visually-hidden' });
      t.value = text;
      document.body.append(t);
      t.select();
      document.execCommand('copy');
      t.remove();
    }
    const old = button.textContent;
    button.textContent = 'Đã sao chép';
    status.textContent = 'Đã sao chép: ' + text;
    setTimeout(() => { button.textContent = old; }, 1500);
  }

  async function showDocument(docId) {
    docBox.hidden = false;
    resultsView.hidden = true;
    answerBox.hidden = true;
    welcome.hidden = true;
    status.textContent = 'Đang mở văn bản…';
    let doc;
    try {
      doc = await getJson('/api/documents/' + docId.split('/').map(encodeURIComponent).join('/'));
    } catch (e) {
      status.textContent = e.message;
      docBox.replaceChildren(el('p', { text: 'Không mở được văn bản “' + docId + '”.' }));
      return;
    }
    document.title = docLabel(doc) + ' – Sổ tay Nghị quyết';
    const toc = el('ol');
    const body = el('div', { class: 'sections' });
    let previous = [];
    for (const s of doc.sections) {
      let same = 0;
      while (same < previous.length && same < s.path.length && previous[same] === s.path[same]) same++;
      for (let level = same; level < s.path.length; level++) {
        const tag = 'h' + Math.min(2 + level, 4);
        const heading = s.path[level];
        const id = s.anchor + '-h' + level;
        body.append(el('div', { class: 'section heading' }, el(tag, { id, text: heading })));
        toc.append(el('li', { class: 'toc-l' + level }, el('a', { href: '#' + id, text: heading })));
      }
      previous = s.path;
      body.append(el('div', { class: 'section', id: s.anchor, 'data-anchor': s.anchor, tabindex: '-1' },
        el('p', { text: s.text })));
    }
    const target = () => doc.sections.find((s) => '#' + s.anchor === decodeURIComponent(location.hash)) || null;
    const citeButton = el('button', { type: 'button', class: 'plain', id: 'copy-citation',
      onclick: () => copy(citationText(doc, target()), citeButton) }, 'Sao chép trích dẫn');
    const linkButton = el('button', { type: 'button', class: 'plain', id: 'copy-link',
      onclick: () => copy(location.href, linkButton) }, 'Sao chép liên kết');
    const printButton = el('button', { type: 'button', class: 'plain', onclick: () => window.print() }, 'In');
    const back = el('button', { type: 'button', class: 'plain', onclick: () => history.length > 1 ? history.back() : go('/') }, '← Quay lại');
    const meta = [doc.issuer, doc.date ? 'ngày ' + formatDate(doc.date) : null].filter(Boolean).join(' · ');
    docBox.replaceChildren(
      el('header', {}, el('p', { class: 'meta' }, docLabel(doc), internalBadge(doc)), el('h1', { text: doc.title || docLabel(doc) }),
        meta ? el('p', { class: 'meta', text: meta }) : null),
      el('div', { class: 'tools' }, back, citeButton, linkButton, printButton),
      el('div', { class: 'doc-layout' }, el('nav', { class: 'toc', 'aria-label': 'Mục lục' }, el('h2', { class: 'visually-hidden', text: 'Mục lục' }), toc), body));
    status.textContent = docLabel(doc) + ': ' + doc.sections.length + ' đoạn.';
    markTarget();
  }

  function markTarget() {
    for (const old of docBox.querySelectorAll('.section.target')) old.classList.remove('target');
    if (!location.hash) return;
    const node = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!node) return;
    node.classList.add('target');
    node.scrollIntoView({ block: 'center' });
    if (node.classList.contains('section')) node.focus({ preventScroll: true });
  }

  // ---------- suggestions (accessible combobox) ----------
  let suggestTimer = null;
  let suggestSeq = 0;
  let active = -1;

  function closeSuggestions() {
    list.hidden = true;
    list.replaceChildren();
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  }

  function pick(s) {
    closeSuggestions();
    go('/documents/' + s.docId + (s.anchor ? '#' + encodeURIComponent(s.anchor) : ''));
  }

  async function suggest() {
    const q = input.value.trim();
    const seq = ++suggestSeq;
    if (q.length < 2) { closeSuggestions(); return; }
    let items;
    try { items = await getJson('/api/suggest?' + new URLSearchParams({ q, limit: '8' })); } catch (e) { return; }
    if (seq !== suggestSeq || document.activeElement !== input) return;
    if (!items.length) { closeSuggestions(); return; }
    list.replaceChildren(...items.map((s, i) => el('li', { id: 'goi-y-' + i, role: 'option', 'aria-selected': 'false',
      onmousedown: (e) => { e.preventDefault(); pick(s); } }, s.label)));
    list._items = items;
    list.hidden = false;
    input.setAttribute('aria-expanded', 'true');
    active = -1;
  }

  function move(delta) {
    const options = list.querySelectorAll('li');
    if (!options.length) return;
    active = (active + delta + options.length) % options.length;
    options.forEach((o, i) => o.setAttribute('aria-selected', i === active ? 'true' : 'false'));
    input.setAttribute('aria-activedescendant', options[active].id);
  }

  input.addEventListener('input', () => { clearTimeout(suggestTimer); suggestTimer = setTimeout(suggest, 150); });
  input.addEventListener('blur', () => setTimeout(closeSuggestions, 100));
  input.addEventListener('keydown', (e) => {
    if (list.hidden) return;
    if (e.key === 'ArrowDown') { e.preventDefault(); move(1); }
    else if (e.key === 'ArrowUp') { e.preventDefault(); move(-1); }
    else if (e.key === 'Escape') { e.preventDefault(); closeSuggestions(); }
    else if (e.key === 'Enter' && active >= 0) { e.preventDefault(); pick(list._items[active]); }
  });

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    closeSuggestions();
    const q = input.value.trim();
    if (q) go(urlFor({ q }));
  });

  document.addEventListener('keydown', (e) => {
    const typing = ['INPUT', 'TEXTAREA', 'SELECT'].includes(document.activeElement.tagName);
    if (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) { e.preventDefault(); input.focus(); input.select(); }
  });

  // links inside the page stay in the page
  document.addEventListener('click', (e) => {
    const a = e.target.closest('a[href^="/"]');
    if (!a || e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    const url = new URL(a.href);
    if (url.pathname === location.pathname && url.search === location.search && url.hash) {
      e.preventDefault();
      history.pushState(null, '', url.hash);
      markTarget();
      return;
    }
    e.preventDefault();
    go(url.pathname + url.search + url.hash);
  });

  window.addEventListener('popstate', route);
  window.addEventListener('hashchange', markTarget);

  $('examples').append(...EXAMPLES.map((q) => el('li', {}, el('a', { href: urlFor({ q }), text: q }))));

  // ---------- internal access: the token goes once to the server, which keeps it in an HttpOnly cookie ----------
  const accessOpen = $('access-open');
  const accessForm = $('access-form');
  const accessToken = $('access-token');
  const accessLogout = $('access-logout');
  const accessBadge = $('access-badge');

  function showAccess(access) {
    const internal = access === 'noi-bo';
    accessBadge.hidden = !internal;
    accessLogout.hidden = !internal;
    accessOpen.hidden = internal;
    accessForm.hidden = true;
    accessOpen.setAttribute('aria-expanded', 'false');
  }

  accessOpen.addEventListener('click', () => {
    accessForm.hidden = !accessForm.hidden;
    accessOpen.setAttribute('aria-expanded', accessForm.hidden ? 'false' : 'true');
    if (!accessForm.hidden) accessToken.focus();
  });

  accessForm.addEventListener('submit', async (e) => {
    e.preventDefault();
    try {
      const res = await getJson('/api/access/login', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ token: accessToken.value.trim() }) });
      accessToken.value = '';
      showAccess(res.access);
      route();
      status.textContent = 'Đã đăng nhập: kết quả gồm cả văn bản nội bộ.';
    } catch (err) {
      status.textContent = err.message;
      accessToken.select();
    }
  });

  accessLogout.addEventListener('click', async () => {
    try {
      showAccess((await getJson('/api/access/logout', { method: 'POST' })).access);
      route();
      status.textContent = 'Đã đăng xuất: chỉ còn văn bản công khai.';
    } catch (err) {
      status.textContent = err.message;
    }
  });

  getJson('/api/access').then((res) => showAccess(res.access), () => showAccess('public'));

  function route() {
    if (location.pathname.startsWith('/documents/')) {
      showDocument(decodeURIComponent(location.pathname.slice('/documents/'.length)));
    } else {
      showSearch(stateFromUrl());
    }
  }

  route();
}());
