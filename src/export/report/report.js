/* report.js: the behaviour of parley's HTML report. Reads the graph (JSON
 * Graph Format, as parley -f json writes it) from the page's JSON script
 * element (id "parley-data"), then builds the
 * timeline, the meetings table and the evidence panel, and applies the
 * search and filters to the diagram, the timeline and the table at once.
 * Every string from the data reaches the page through textContent or a
 * text node, never as markup. The filter lives in the URL fragment. */
(function () {
  'use strict';
  performance.mark('parley-start');

  var STATUSES = ['held', 'planned', 'cancelled'];
  var KINDS = ['talks', 'meeting', 'visit', 'call', 'summit', 'conference'];
  var encoder = new TextEncoder();
  var decoder = new TextDecoder();

  function $(id) { return document.getElementById(id); }

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  /* Lower case, accents removed: what the search compares. */
  function fold(s) {
    return String(s || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  }

  /* ---- the data ---------------------------------------------------------- */

  var graph = JSON.parse($('parley-data').textContent).graph;
  var docDates = new Map();
  (graph.metadata.documents || []).forEach(function (d) { docDates.set(d.id, d.date); });

  var nodes = new Map();   /* id -> node record */
  var edges = [];
  var edgeById = new Map(); /* "SOURCE>RELATION>TARGET" -> edge record */
  Object.keys(graph.nodes).forEach(function (id) {
    var n = graph.nodes[id];
    var meta = n.metadata || {};
    nodes.set(id, { id: id, label: n.label, type: meta.type, meta: meta,
                    out: [], inc: [], search: '' });
  });
  graph.edges.forEach(function (e) {
    var rec = { id: e.source + '>' + e.relation + '>' + e.target, source: e.source,
                target: e.target, relation: e.relation, meta: e.metadata || {} };
    if (!nodes.has(e.source) || !nodes.has(e.target)) return;
    edges.push(rec);
    edgeById.set(rec.id, rec);
    nodes.get(e.source).out.push(rec);
    nodes.get(e.target).inc.push(rec);
  });

  function neighbours(n) {
    return n.out.map(function (e) { return e.target; })
      .concat(n.inc.map(function (e) { return e.source; }));
  }

  function labelOf(id) { var n = nodes.get(id); return n ? n.label : id; }

  /* The state (or organisation) an official stands for. */
  function sideOf(official) {
    var rep = official.out.filter(function (e) { return e.relation === 'represents'; });
    if (rep.length) return labelOf(rep[0].target);
    var iso = official.meta.country;
    return iso ? labelOf('country:' + iso) : null;
  }

  var meetings = [];
  nodes.forEach(function (n) {
    var words = [n.label, n.id, n.meta.title, n.meta.iso3, n.meta.location, n.meta.kind];
    n.search = fold(words.filter(Boolean).join(' \u0001 '));
    if (n.type !== 'meeting') return;
    var parties = new Set(), people = [], place = n.meta.location || '';
    n.inc.forEach(function (e) {
      if (e.relation !== 'participant') return;
      var p = nodes.get(e.source);
      if (p.type === 'official') {
        people.push(p.label);
        var side = sideOf(p);
        if (side) parties.add(side);
      } else {
        parties.add(p.label);
      }
    });
    n.out.forEach(function (e) {
      if (e.relation === 'held_in' && !place) place = labelOf(e.target);
    });
    meetings.push({ node: n, id: n.id, date: n.meta.date || '', kind: n.meta.kind || '',
                    status: n.meta.status || '', place: place,
                    parties: Array.from(parties).sort().join(', '),
                    people: people.sort().join(', '), docs: n.meta.documents || 0 });
  });

  /* A meeting's date as the first and last day it may mean: a day, a
   * month, a year or a range "A/B". */
  function dayRange(date) {
    if (!date) return null;
    var parts = date.split('/');
    function lo(d) { return d.length === 4 ? d + '-01-01' : d.length === 7 ? d + '-01' : d; }
    function hi(d) { return d.length === 4 ? d + '-12-31' : d.length === 7 ? d + '-31' : d; }
    return [lo(parts[0]), hi(parts[parts.length - 1])];
  }

  /* ---- the state, kept in the URL fragment ---------------------------------- */

  var state;
  function defaults() {
    return { q: '', status: new Set(STATUSES), kind: new Set(allKinds()), from: '', to: '',
             focus: '', depth: 1, sort: 'date', desc: false, sel: '' };
  }

  function allKinds() {
    var ks = KINDS.slice();
    meetings.forEach(function (m) { if (m.kind && ks.indexOf(m.kind) < 0) ks.push(m.kind); });
    return ks;
  }

  function readHash() {
    var s = defaults();
    var p = new URLSearchParams(location.hash.replace(/^#/, ''));
    if (p.has('q')) s.q = p.get('q');
    if (p.has('status')) s.status = new Set(p.get('status').split(',').filter(Boolean));
    if (p.has('kind')) s.kind = new Set(p.get('kind').split(',').filter(Boolean));
    if (/^\d{4}-\d{2}-\d{2}$/.test(p.get('from') || '')) s.from = p.get('from');
    if (/^\d{4}-\d{2}-\d{2}$/.test(p.get('to') || '')) s.to = p.get('to');
    if (p.has('focus') && nodes.has(p.get('focus'))) s.focus = p.get('focus');
    var d = parseInt(p.get('depth'), 10);
    if (d >= 1 && d <= 3) s.depth = d;
    var sort = p.get('sort') || '';
    if (/^-?(date|kind|status|place|parties|people|docs)$/.test(sort)) {
      s.desc = sort[0] === '-';
      s.sort = sort.replace(/^-/, '');
    }
    if (p.has('sel') && (nodes.has(p.get('sel')) || edgeById.has(p.get('sel')))) s.sel = p.get('sel');
    return s;
  }

  function writeHash() {
    var p = new URLSearchParams();
    var d = defaults();
    if (state.q) p.set('q', state.q);
    if (state.status.size !== d.status.size) p.set('status', STATUSES.filter(function (x) { return state.status.has(x); }).join(','));
    if (state.kind.size !== d.kind.size) p.set('kind', allKinds().filter(function (x) { return state.kind.has(x); }).join(','));
    if (state.from) p.set('from', state.from);
    if (state.to) p.set('to', state.to);
    if (state.focus) { p.set('focus', state.focus); p.set('depth', String(state.depth)); }
    if (state.sort !== 'date' || state.desc) p.set('sort', (state.desc ? '-' : '') + state.sort);
    if (state.sel) p.set('sel', state.sel);
    var hash = p.toString();
    if (location.hash.replace(/^#/, '') === hash) return;
    lastHash = hash;
    try {
      history.replaceState(null, '', hash ? '#' + hash : location.pathname + location.search);
    } catch (e) {
      if (!(e instanceof DOMException)) throw e; /* WebKit refuses by throwing */
    }
    /* Refused (Chromium ignores the 201st replaceState of 10 seconds and
     * only warns): the fragment would stay stale until the next change,
     * so try again until it is written. */
    if (location.hash.replace(/^#/, '') !== hash && !retryTimer) {
      retryTimer = setTimeout(function () { retryTimer = 0; writeHash(); }, HASH_RETRY_MS);
    }
  }
  var lastHash = null, retryTimer = 0;

  /* A selection's fragment. Selections come in runs (clicking down the
   * table, through the diagram): within a run the fragment is written at
   * most once per SEL_WRITE_MS, the run's last selection always, so a run
   * does not use up the browser's allowance of URL changes. A selection
   * after a pause, and every change of search, filter, focus or sort, is
   * written at once. */
  var SEL_WRITE_MS = 250, HASH_RETRY_MS = 1000;
  var selWritten = -Infinity, selTimer = 0;
  function writeSelection() {
    var wait = selWritten + SEL_WRITE_MS - performance.now();
    if (wait <= 0) {
      selWritten = performance.now();
      writeHash();
    } else if (!selTimer) {
      selTimer = setTimeout(function () { selTimer = 0; writeSelection(); }, wait);
    }
  }

  /* ---- which nodes are shown ---------------------------------------------- */

  function meetingPasses(m) {
    if (!state.status.has(m.status)) return false;
    if (m.kind && !state.kind.has(m.kind)) return false;
    if (state.from || state.to) {
      var r = dayRange(m.date);
      if (!r) return false;
      if (state.from && r[1] < state.from) return false;
      if (state.to && r[0] > state.to) return false;
    }
    return true;
  }

  function meetingFilterOn() {
    var d = defaults();
    return state.status.size !== d.status.size || state.kind.size !== d.kind.size ||
      !!state.from || !!state.to;
  }

  function intersect(a, b) {
    if (!a) return b;
    var out = new Set();
    b.forEach(function (x) { if (a.has(x)) out.add(x); });
    return out;
  }

  /* A meeting, its participants and place, and the sides its officials
   * represent. */
  function addMeeting(set, m) {
    set.add(m.id);
    neighbours(m).forEach(function (id) {
      set.add(id);
      nodes.get(id).out.forEach(function (e) {
        if (e.relation === 'represents') set.add(e.target);
      });
    });
  }

  /* The ids shown, or null for all. */
  function shown() {
    var vis = null;
    if (meetingFilterOn()) {
      var keep = new Set();
      meetings.forEach(function (m) { if (meetingPasses(m)) addMeeting(keep, m.node); });
      vis = keep;
    }
    var q = fold(state.q.trim());
    if (q) {
      var found = new Set();
      nodes.forEach(function (n) {
        if (n.search.indexOf(q) < 0) return;
        found.add(n.id);
        /* Its neighbours and meetings, and for a state or organisation
         * also those of the officials who represent it. */
        var around = [n].concat(n.inc.filter(function (e) { return e.relation === 'represents'; })
          .map(function (e) { return nodes.get(e.source); }));
        around.forEach(function (a) {
          found.add(a.id);
          neighbours(a).forEach(function (id) {
            var x = nodes.get(id);
            if (x.type === 'meeting') addMeeting(found, x); else found.add(id);
          });
        });
      });
      vis = intersect(vis, found);
    }
    if (state.focus) {
      var near = new Set([state.focus]), ring = [state.focus];
      for (var step = 0; step < state.depth; step++) {
        var next = [];
        ring.forEach(function (id) {
          neighbours(nodes.get(id)).forEach(function (x) {
            if (!near.has(x)) { near.add(x); next.push(x); }
          });
        });
        ring = next;
      }
      vis = intersect(vis, near);
    }
    return vis;
  }

  /* ---- the diagram ------------------------------------------------------------ */

  var svg = document.querySelector('#diagram svg');
  var svgNodes = new Map(), svgEdges = new Map(), svgClusters = [];
  var baseW = 0, baseH = 0, zoom = 1;
  if (svg) {
    svg.querySelectorAll('g.node').forEach(function (g) {
      if (!g.classList.contains('legend') && nodes.has(g.id)) svgNodes.set(g.id, g);
    });
    svg.querySelectorAll('g.edge').forEach(function (g) {
      if (edgeById.has(g.id)) svgEdges.set(g.id, g);
    });
    svg.querySelectorAll('g.cluster.country').forEach(function (g) {
      svgClusters.push({ g: g, id: g.id.replace(/^cluster_/, '') });
    });
    baseW = parseFloat(svg.getAttribute('width')) || 800;
    baseH = parseFloat(svg.getAttribute('height')) || 600;
    svg.addEventListener('click', function (ev) {
      var g = ev.target.closest('g.node, g.edge');
      if (!g) return;
      if (svgNodes.has(g.id) || svgEdges.has(g.id)) select(g.id, true);
    });
  }

  function setZoom(z) {
    if (!svg) return;
    zoom = Math.max(0.05, Math.min(z, 8));
    svg.setAttribute('width', (baseW * zoom).toFixed(1) + 'pt');
    svg.setAttribute('height', (baseH * zoom).toFixed(1) + 'pt');
  }

  function fitZoom() {
    var w = $('diagram').clientWidth - 2;
    setZoom(w > 0 ? Math.min(1, w / (baseW * 4 / 3)) : 1);
  }

  $('zoom-in').addEventListener('click', function () { setZoom(zoom * 1.25); });
  $('zoom-out').addEventListener('click', function () { setZoom(zoom / 1.25); });
  $('zoom-fit').addEventListener('click', fitZoom);

  /* ---- the timeline ------------------------------------------------------------- */

  var chips = new Map(); /* meeting id -> its button */
  var months = [];       /* {box, ids} */
  (function buildTimeline() {
    var byMonth = new Map();
    meetings.forEach(function (m) {
      var key = m.date ? m.date.slice(0, 7) : 'undated';
      if (!byMonth.has(key)) byMonth.set(key, []);
      byMonth.get(key).push(m);
    });
    var keys = Array.from(byMonth.keys()).sort(function (a, b) {
      if (a === 'undated') return 1;
      if (b === 'undated') return -1;
      return a < b ? -1 : a > b ? 1 : 0;
    });
    var frag = document.createDocumentFragment();
    keys.forEach(function (key) {
      var box = el('div', 'month');
      box.appendChild(el('h3', null, key));
      var list = byMonth.get(key).sort(function (a, b) { return a.date < b.date ? -1 : a.date > b.date ? 1 : 0; });
      list.forEach(function (m) {
        var b = el('button', 'chip ' + m.status, (m.date.length > 7 ? m.date.slice(8, 10) + ' ' : '') +
          m.kind + ': ' + (m.parties || m.node.label));
        b.type = 'button';
        b.title = [m.date || 'undated', m.kind, m.status, m.place, m.parties].filter(Boolean).join(' \u00b7 ');
        b.dataset.id = m.id;
        chips.set(m.id, b);
        box.appendChild(b);
      });
      months.push({ box: box, ids: list.map(function (m) { return m.id; }) });
      frag.appendChild(box);
    });
    $('timeline').appendChild(frag);
    $('timeline').addEventListener('click', function (ev) {
      var b = ev.target.closest('button.chip');
      if (b) select(b.dataset.id);
    });
  })();

  /* ---- the meetings table --------------------------------------------------------- */

  var rows = new Map(); /* meeting id -> its <tr> */
  (function buildTable() {
    meetings.forEach(function (m) {
      var tr = el('tr');
      tr.dataset.id = m.id;
      tr.appendChild(el('td', null, m.date || 'undated'));
      tr.appendChild(el('td', null, m.kind));
      tr.appendChild(el('td', 'status ' + m.status, m.status));
      tr.appendChild(el('td', null, m.place));
      tr.appendChild(el('td', null, m.parties));
      tr.appendChild(el('td', null, m.people));
      tr.appendChild(el('td', 'num', m.docs));
      rows.set(m.id, tr);
    });
    $('no-meetings').hidden = meetings.length > 0;
    $('meetings').querySelector('tbody').addEventListener('click', function (ev) {
      var tr = ev.target.closest('tr');
      if (tr) select(tr.dataset.id);
    });
    $('meetings').querySelector('thead').addEventListener('click', function (ev) {
      var th = ev.target.closest('th');
      if (!th) return;
      if (state.sort === th.dataset.key) state.desc = !state.desc;
      else { state.sort = th.dataset.key; state.desc = false; }
      sortTable();
      writeHash();
    });
  })();

  function sortTable() {
    var key = state.sort, sign = state.desc ? -1 : 1;
    var list = meetings.slice().sort(function (a, b) {
      var x = a[key], y = b[key];
      if (key !== 'docs') {
        /* Undated and empty cells last in either direction. */
        if (!x !== !y) return x ? -1 : 1;
      }
      if (x < y) return -sign;
      if (x > y) return sign;
      return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
    });
    var body = $('meetings').querySelector('tbody');
    var frag = document.createDocumentFragment();
    list.forEach(function (m) { frag.appendChild(rows.get(m.id)); });
    body.appendChild(frag);
    $('meetings').querySelectorAll('th').forEach(function (th) {
      th.classList.toggle('asc', th.dataset.key === key && !state.desc);
      th.classList.toggle('desc', th.dataset.key === key && state.desc);
    });
  }

  /* ---- evidence -------------------------------------------------------------------- */

  /* Evidence offsets are byte offsets into the document, and the sentence
   * text is all the JSON holds of it: where the sentence starts is not
   * written. Every record of one sentence shares that start, so the page
   * looks for the one start at which each record's bytes begin and end on
   * word boundaries, preferring the one whose words best match the names
   * they are evidence of. Found once per sentence, when first shown. */
  var spansBySentence = null;
  var startCache = new Map();

  function sentenceKey(doc, sentence) { return doc + '\u0000' + sentence; }

  function indexSpans() {
    spansBySentence = new Map();
    function add(list, owner) {
      (list || []).forEach(function (ev) {
        if (typeof ev.sentence !== 'string') return;
        var k = sentenceKey(ev.document, ev.sentence);
        if (!spansBySentence.has(k)) spansBySentence.set(k, []);
        spansBySentence.get(k).push({ start: ev.start, end: ev.end, owner: owner });
      });
    }
    nodes.forEach(function (n) {
      add(n.meta.evidence, ownerOf([n.label, n.meta.kind, n.meta.title].filter(Boolean).join(' '),
        n.type !== 'meeting'));
    });
    edges.forEach(function (e) {
      add(e.meta.evidence, ownerOf(labelOf(e.source) + ' ' + labelOf(e.target) + ' ' +
        (nodes.get(e.source).meta.kind || '') + ' ' + (nodes.get(e.target).meta.kind || ''), false));
    });
  }

  function isSpace(b) { return b === 32 || b === 9 || b === 10 || b === 13; }
  function isWord(b) {
    return (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b >= 128;
  }
  function isCont(b) { return b >= 128 && b < 192; }

  function aligned(bytes, a, b) {
    var n = bytes.length;
    if (a < 0 || b > n || a >= b) return false;
    if (isSpace(bytes[a]) || isCont(bytes[a]) || isSpace(bytes[b - 1])) return false;
    if (a > 0 && isWord(bytes[a - 1]) && isWord(bytes[a])) return false;
    if (b < n && (isCont(bytes[b]) || (isWord(bytes[b - 1]) && isWord(bytes[b])))) return false;
    return true;
  }

  function words(s) {
    return fold(s).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length >= 2; });
  }

  /* What share of the words of text belong to the owner's names (a word
   * or its first four letters: "Russian" for Russia). */
  function wordsMatch(text, owner) {
    var ws = words(text);
    if (!ws.length) return 0;
    var hits = ws.filter(function (w) {
      return owner.whole.has(w) || (w.length >= 4 && owner.prefix.has(w.slice(0, 4)));
    });
    return hits.length / ws.length;
  }

  /* proper: the owner is a named thing (not a meeting), mentioned by a
   * capitalised word. */
  function ownerOf(text, proper) {
    var ws = words(text);
    return { whole: new Set(ws), proper: proper,
             prefix: new Set(ws.filter(function (w) { return w.length >= 4; })
               .map(function (w) { return w.slice(0, 4); })) };
  }

  /* The sentence's byte offset in its document, or null when no start,
   * or more than one equally good, is found: no mark is better than a
   * wrong one. */
  function sentenceStart(doc, sentence, bytes) {
    var k = sentenceKey(doc, sentence);
    if (startCache.has(k)) return startCache.get(k);
    if (!spansBySentence) indexSpans();
    var spans = spansBySentence.get(k) || [];
    var cut = /\.\.\.$/.test(sentence);
    var lo = 0, hi = Infinity;
    spans.forEach(function (s) {
      hi = Math.min(hi, s.start);
      if (!cut) lo = Math.max(lo, s.end - bytes.length);
    });
    lo = Math.max(lo, hi - bytes.length);
    var best = null, bestScore = -1, ties = 0;
    for (var S = lo; S <= hi; S++) {
      var score = 0;
      for (var i = 0; i < spans.length && score >= 0; i++) {
        var a = spans[i].start - S, b = spans[i].end - S;
        if (cut && b > bytes.length) continue;
        if (!aligned(bytes, a, b)) { score = -1; break; }
        var text = decoder.decode(bytes.subarray(a, b));
        score += 1 + wordsMatch(text, spans[i].owner);
        if (spans[i].owner.proper && /^\p{Lu}/u.test(text)) score += 0.25;
      }
      if (score > bestScore) { best = S; bestScore = score; ties = 0; }
      else if (score === bestScore && score >= 0) ties++;
    }
    var r = best === null || bestScore < 0 || ties > 0 ? null : best;
    startCache.set(k, r);
    return r;
  }

  /* The sentence as a paragraph, the evidence's bytes marked. */
  function sentenceView(ev) {
    var p = el('p', 'sentence');
    var text = typeof ev.sentence === 'string' ? ev.sentence : '';
    var bytes = encoder.encode(text);
    var at = sentenceStart(ev.document, text, bytes);
    if (at === null) {
      p.textContent = text;
      p.appendChild(el('span', 'approx', ' (the matched words could not be placed)'));
      return p;
    }
    var a = ev.start - at, b = Math.min(ev.end - at, bytes.length);
    p.appendChild(document.createTextNode(decoder.decode(bytes.subarray(0, a))));
    p.appendChild(el('mark', null, decoder.decode(bytes.subarray(a, b))));
    p.appendChild(document.createTextNode(decoder.decode(bytes.subarray(b))));
    return p;
  }

  function evidenceList(list) {
    var ol = el('ol', 'evidence');
    (list || []).forEach(function (ev) {
      var li = el('li');
      var head = el('div', 'ev-doc');
      head.appendChild(el('span', 'doc', ev.document));
      var date = docDates.get(ev.document);
      head.appendChild(document.createTextNode(' \u00b7 ' + (date || 'no date') +
        ' \u00b7 bytes ' + ev.start + '\u2013' + ev.end));
      li.appendChild(head);
      li.appendChild(sentenceView(ev));
      ol.appendChild(li);
    });
    return ol;
  }

  /* Meetings an element belongs to: a meeting's own and those sharing a
   * participant with it; a node's meetings; an edge's ends' meetings. */
  function relatedMeetings(id) {
    var out = new Set();
    function meetingsOf(nid) {
      var n = nodes.get(nid);
      if (!n) return;
      if (n.type === 'meeting') { out.add(n.id); return; }
      neighbours(n).forEach(function (x) { if (nodes.get(x).type === 'meeting') out.add(x); });
    }
    if (nodes.has(id)) {
      var n = nodes.get(id);
      if (n.type === 'meeting') {
        n.inc.forEach(function (e) { if (e.relation === 'participant') meetingsOf(e.source); });
        out.delete(id);
      } else {
        meetingsOf(id);
      }
    } else if (edgeById.has(id)) {
      var e = edgeById.get(id);
      var a = new Set(), b = new Set();
      [[e.source, a], [e.target, b]].forEach(function (pair) {
        out = new Set();
        meetingsOf(pair[0]);
        out.forEach(function (x) { pair[1].add(x); });
      });
      out = new Set();
      var both = e.relation === 'met';
      a.forEach(function (x) { if (!both || b.has(x)) out.add(x); });
      b.forEach(function (x) { if (!both || a.has(x)) out.add(x); });
    }
    return meetings.filter(function (m) { return out.has(m.id); });
  }

  function showEvidence(id) {
    var box = $('evidence');
    box.textContent = '';
    var node = nodes.get(id), edge = edgeById.get(id);
    if (!node && !edge) {
      box.appendChild(el('p', 'hint', 'Click a node or an edge of the diagram, a meeting of the timeline or a row of the table to see the sentences it was read from.'));
      return;
    }
    var meta = node ? node.meta : edge.meta;
    var head = el('div', 'ev-head');
    head.appendChild(el('span', 'type', node ? node.type : edge.relation));
    head.appendChild(el('span', 'name', node ? node.label
      : labelOf(edge.source) + ' \u2192 ' + labelOf(edge.target)));
    var dl = el('dl');
    function row(k, v) {
      if (v === null || v === undefined || v === '') return;
      dl.appendChild(el('dt', null, k));
      dl.appendChild(el('dd', null, v));
    }
    row('id', id);
    if (node) {
      Object.keys(meta).forEach(function (k) {
        if (['type', 'mentions', 'documents', 'evidence'].indexOf(k) < 0) row(k, meta[k]);
      });
    }
    row('mentions', meta.mentions);
    row('documents', meta.documents);
    head.appendChild(dl);
    if (node) {
      var f = el('button', null, state.focus === id ? 'Focused' : 'Focus on its neighbourhood');
      f.type = 'button';
      f.id = 'focus-here';
      f.addEventListener('click', function () { state.focus = id; update(); });
      head.appendChild(f);
    }
    box.appendChild(head);
    var ev = meta.evidence || [];
    box.appendChild(el('h3', null, ev.length ? 'Sentences (' + ev.length + ' of ' + meta.mentions + ' mentions)' : 'No sentences kept'));
    box.appendChild(evidenceList(ev));
    var rel = relatedMeetings(id);
    box.appendChild(el('h3', null, rel.length ? 'Related meetings' : 'No related meetings'));
    var ul = el('ul', 'related');
    rel.forEach(function (m) {
      var li = el('li');
      var b = el('button', null, (m.date || 'undated') + ' \u00b7 ' + m.kind + ' \u00b7 ' +
        m.status + ' \u00b7 ' + (m.parties || m.node.label));
      b.type = 'button';
      b.dataset.id = m.id;
      li.appendChild(b);
      ul.appendChild(li);
    });
    ul.addEventListener('click', function (e2) {
      var b = e2.target.closest('button');
      if (b) select(b.dataset.id);
    });
    box.appendChild(ul);
  }

  var lastSelected = [];
  function select(id, fromDiagram) {
    state.sel = id;
    writeSelection();
    markSelected();
    showEvidence(id);
    if (!fromDiagram) showInDiagram(id);
  }

  /* Scrolls the diagram (not the page) to the element's middle. */
  function showInDiagram(id) {
    var g = svgNodes.get(id) || svgEdges.get(id);
    if (!g) return;
    var box = $('diagram'), r = g.getBoundingClientRect(), b = box.getBoundingClientRect();
    box.scrollLeft += r.left + r.width / 2 - (b.left + b.width / 2);
    box.scrollTop += r.top + r.height / 2 - (b.top + b.height / 2);
  }

  function markSelected() {
    lastSelected.forEach(function (x) { x.classList.remove('selected'); });
    lastSelected = [svgNodes.get(state.sel), svgEdges.get(state.sel), rows.get(state.sel),
      chips.get(state.sel)].filter(Boolean);
    lastSelected.forEach(function (x) { x.classList.add('selected'); });
  }

  /* ---- the controls ---------------------------------------------------------------- */

  function checkboxes(box, values, set, name) {
    values.forEach(function (v) {
      var label = el('label');
      var input = el('input');
      input.type = 'checkbox';
      input.name = name;
      input.value = v;
      label.appendChild(input);
      label.appendChild(document.createTextNode(' ' + v));
      box.appendChild(label);
    });
    box.addEventListener('change', function () {
      set.clear();
      box.querySelectorAll('input:checked').forEach(function (i) { set.add(i.value); });
      update();
    });
  }

  state = readHash();
  checkboxes($('status'), STATUSES, { clear: function () { state.status.clear(); },
    add: function (v) { state.status.add(v); } }, 'status');
  checkboxes($('kind'), allKinds(), { clear: function () { state.kind.clear(); },
    add: function (v) { state.kind.add(v); } }, 'kind');

  var qTimer = 0;
  $('q').addEventListener('input', function () {
    clearTimeout(qTimer);
    qTimer = setTimeout(function () { state.q = $('q').value; update(); }, 120);
  });
  $('filters').addEventListener('submit', function (ev) { ev.preventDefault(); });
  $('from').addEventListener('change', function () { state.from = $('from').value; update(); });
  $('to').addEventListener('change', function () { state.to = $('to').value; update(); });
  $('depth').addEventListener('change', function () { state.depth = parseInt($('depth').value, 10) || 1; update(); });
  $('focus-clear').addEventListener('click', function () { state.focus = ''; update(); });
  $('reset').addEventListener('click', function () { var sel = state.sel; state = defaults(); state.sel = sel; update(); });
  window.addEventListener('hashchange', function () {
    if (location.hash.replace(/^#/, '') === lastHash) return;
    state = readHash();
    sortTable();
    update();
    markSelected();
    showEvidence(state.sel);
  });

  /* The controls as the state says. */
  function syncControls() {
    if ($('q').value !== state.q) $('q').value = state.q;
    $('status').querySelectorAll('input').forEach(function (i) { i.checked = state.status.has(i.value); });
    $('kind').querySelectorAll('input').forEach(function (i) { i.checked = state.kind.has(i.value); });
    $('from').value = state.from;
    $('to').value = state.to;
    $('depth').value = String(state.depth);
    $('focus-name').textContent = state.focus ? labelOf(state.focus) : 'none';
    $('focus-clear').disabled = !state.focus;
    var f = $('focus-here');
    if (f) f.textContent = state.focus === state.sel ? 'Focused' : 'Focus on its neighbourhood';
  }

  function update() {
    syncControls();
    var vis = shown();
    function on(id) { return !vis || vis.has(id); }
    svgNodes.forEach(function (g, id) { g.classList.toggle('out', !on(id)); });
    svgEdges.forEach(function (g, id) {
      var e = edgeById.get(id);
      g.classList.toggle('out', !(on(e.source) && on(e.target)));
    });
    svgClusters.forEach(function (c) { c.g.classList.toggle('out', nodes.has(c.id) && !on(c.id)); });
    var count = 0;
    meetings.forEach(function (m) {
      var show = on(m.id);
      if (show) count++;
      rows.get(m.id).classList.toggle('out-row', !show);
      chips.get(m.id).classList.toggle('out-row', !show);
    });
    months.forEach(function (mo) {
      mo.box.classList.toggle('empty', !mo.ids.some(on));
    });
    var nshown = 0;
    nodes.forEach(function (n) { if (on(n.id)) nshown++; });
    $('summary').textContent = count + ' of ' + meetings.length + ' meetings, ' + nshown + ' of ' +
      nodes.size + ' nodes shown; ' + docDates.size + ' document' + (docDates.size === 1 ? '' : 's') + '.';
    writeHash();
  }

  sortTable();
  fitZoom();
  update();
  markSelected();
  if (state.sel) { showEvidence(state.sel); showInDiagram(state.sel); }
  /* When the first view was ready, for tests and measurements. */
  performance.mark('parley-ready');
  document.documentElement.dataset.readyMs = String(Math.round(performance.now()));
  document.documentElement.dataset.ready = 'true';
})();
