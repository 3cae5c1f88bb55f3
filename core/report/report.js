// The report's page script. Every string from a server reaches the page through textContent or a text
// node: no HTML is ever parsed from a string, there are no inline event handlers, eval or network requests.
(function () {
  'use strict';

  var data = JSON.parse(document.getElementById('data').textContent);
  var root = document.documentElement;
  var SVG = 'http://www.w3.org/2000/svg';
  // Numbers and dates in the locale the report was made in (the app's or the command line's), as its
  // tables show them; the reader's browser decides when there is none (C) or it does not know it.
  var locale = (function (tag) {
    try { return tag && Intl.NumberFormat.supportedLocalesOf([tag]).length ? tag : undefined; } catch (e) { return undefined; }
  })(data.locale);
  var numberFormat = new Intl.NumberFormat(locale);
  var collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
  window.ArrScoreTable.useLocale(locale);
  var PALETTE = ['#2f6fde', '#e0803c', '#2e9e6a', '#b44fc2', '#c2412d', '#1b9aaa', '#8a6d3b', '#6b7a8f'];

  // ---- small helpers ----
  function el(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (key) {
        if (key === 'text') node.textContent = attrs[key];
        else if (key === 'class') node.className = attrs[key];
        else node.setAttribute(key, attrs[key]);
      });
    }
    for (var i = 2; i < arguments.length; ++i) {
      var child = arguments[i];
      if (child !== null && child !== undefined)
        node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  function svg(tag, attrs, text) {
    var node = document.createElementNS(SVG, tag);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, String(attrs[key])); });
    if (text !== undefined) node.textContent = text;
    return node;
  }
  function num(n) { return n === null || n === undefined ? '—' : numberFormat.format(n); }
  // As the app's QLocale::formattedDataSize(n, 1): powers of 1024, IEC units, one decimal.
  var sizeFormat = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  function bytes(n) {
    if (n === null || n === undefined) return '—';
    var units = ['bytes', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB'];
    var i = 0;
    var v = n;
    while (Math.abs(v) >= 1024 && i < units.length - 1) { v /= 1024; ++i; }
    return (i === 0 ? numberFormat.format(v) : sizeFormat.format(v)) + ' ' + units[i];
  }
  function when(iso) {
    if (!iso) return '—';
    var d = new Date(iso);
    return isNaN(d.getTime()) ? iso : d.toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  }
  function pad2(n) { return n < 10 ? '0' + n : String(n); }
  function truncate(s, n) { return s.length > n ? s.slice(0, n - 1) + '…' : s; }
  function unavailable(host, text) { host.appendChild(el('p', { class: 'unavailable', text: text })); }

  // ---- theme: the system's unless the reader picked one ----
  function storedTheme() { try { return window.localStorage.getItem('arrscore-theme'); } catch (e) { return null; } }
  function applyTheme(theme) {
    if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
    else root.removeAttribute('data-theme');
  }
  function effectiveTheme() {
    var t = root.getAttribute('data-theme');
    if (t) return t;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  var toggle = document.getElementById('theme-toggle');
  function updateToggle() { toggle.textContent = effectiveTheme() === 'dark' ? 'Light theme' : 'Dark theme'; }
  var requested = null;
  try { requested = new URLSearchParams(window.location.search).get('theme'); } catch (e) { requested = null; }
  applyTheme(requested || storedTheme());
  updateToggle();
  toggle.addEventListener('click', function () {
    var next = effectiveTheme() === 'dark' ? 'light' : 'dark';
    applyTheme(next);
    try { window.localStorage.setItem('arrscore-theme', next); } catch (e) { /* private mode, file:// */ }
    updateToggle();
  });
  if (window.matchMedia) {
    var mq = window.matchMedia('(prefers-color-scheme: dark)');
    if (mq.addEventListener) mq.addEventListener('change', updateToggle);
  }

  // ---- the files as objects of columns ----
  function columnIndex(table) {
    var index = {};
    (table ? table.columns : []).forEach(function (name, i) { index[name] = i; });
    return index;
  }
  var files = data.files;
  var F = columnIndex(files);
  var candidates = data.candidates;
  var C = columnIndex(candidates);

  function displayTitle(row, idx) {
    var title = row[idx.kind] === 'episode' && row[idx.series_title] ? row[idx.series_title] : row[idx.title];
    var text = title === null || title === undefined ? '' : String(title);
    if (row[idx.kind] === 'episode' && row[idx.season] !== null && row[idx.season] !== undefined) {
      var eps = row[idx.episodes] || [];
      text += ' S' + pad2(row[idx.season]) + (eps.length ? 'E' + eps.map(pad2).join('-E') : '');
    } else if (idx.year !== undefined && row[idx.year]) {
      text += ' (' + row[idx.year] + ')';
    }
    return text;
  }

  // ---- header ----
  document.getElementById('generated').textContent =
    'Generated ' + when(data.generated_at) + ' · ' + data.instances.length + ' instance' +
    (data.instances.length === 1 ? '' : 's');
  var instanceBody = document.querySelector('#instance-table tbody');
  data.instances.forEach(function (inst) {
    instanceBody.appendChild(el('tr', null,
      el('td', { text: inst.name }),
      el('td', { text: (inst.app || inst.type) }),
      el('td', { text: inst.version || '—' }),
      el('td', { class: 'nowrap', text: when(inst.synced_at) }),
      el('td', { class: 'num', text: num(inst.files) }),
      el('td', { text: inst.scores_available ? 'available' : 'not sent by this server' })));
  });

  // ---- summary cards ----
  var cards = document.getElementById('cards');
  function card(label, value, sub, extra) {
    var c = el('div', { class: 'card' }, el('div', { class: 'label', text: label }));
    var v = el('div', { class: 'value', text: value === null ? 'Not available in this build' : value });
    if (value === null) v.className = 'value na';
    c.appendChild(v);
    if (sub) c.appendChild(el('div', { class: 'sub', text: sub }));
    if (extra) c.appendChild(extra);
    cards.appendChild(c);
  }
  var s = data.summary;
  card('Files', num(s.files), num(s.scored_files) + ' with a score');
  card('Size', bytes(s.size_bytes), s.files ? bytes(Math.round(s.size_bytes / s.files)) + ' per file' : '');
  card('Mean score', s.mean_score === null ? '—' : num(s.mean_score), 'of the files with a score');
  var counts = data.analysis && data.analysis.candidate_counts;
  if (candidates) {
    card('Upgrade candidates', num(candidates.rows.length),
      counts && counts.capped ? num(counts.capped) + ' more capped by profiles without upgrades' : 'below a cutoff of their profile');
  } else {
    card('Upgrade candidates', null, 'needs the analysis');
  }
  var health = data.analysis && data.analysis.health;
  if (health) {
    var meter = el('div', { class: 'meter', role: 'meter', 'aria-valuemin': '0', 'aria-valuemax': '100',
      'aria-valuenow': String(health.health), 'aria-label': 'Health' }, el('div'));
    meter.firstChild.style.width = Math.max(0, Math.min(100, health.health)) + '%';
    card('Health', num(health.health) + ' / 100', num(health.passed) + ' of ' + num(health.checks) + ' checks pass', meter);
  } else {
    card('Health', null, 'needs the analysis');
  }

  // ---- charts ----
  function hbarChart(host, items, opts) {
    opts = opts || {};
    if (!items.length) { unavailable(host, opts.empty || 'No data.'); return; }
    var rowH = 22, labelW = 150, width = 440, valueW = 56;
    var height = items.length * rowH + 8;
    var max = 0;
    items.forEach(function (it) { max = Math.max(max, Math.abs(it.value)); });
    var hasNeg = items.some(function (it) { return it.value < 0; });
    var plotW = width - labelW - valueW;
    var zero = labelW + (hasNeg ? plotW / 2 : 0);
    var scale = max ? (hasNeg ? plotW / 2 : plotW) / max : 0;
    var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': opts.label || '' });
    chart.appendChild(svg('line', { class: 'axis', x1: zero, x2: zero, y1: 0, y2: height - 4 }));
    items.forEach(function (it, i) {
      var y = 4 + i * rowH;
      var w = Math.max(1, Math.abs(it.value) * scale);
      var x = it.value < 0 ? zero - w : zero;
      var g = svg('g');
      g.appendChild(svg('title', {}, it.label + ': ' + num(it.value)));
      g.appendChild(svg('text', { class: 'label', x: labelW - 6, y: y + 14, 'text-anchor': 'end' }, truncate(it.label, 22)));
      g.appendChild(svg('rect', { class: it.value < 0 ? 'bar neg' : 'bar', x: x, y: y + 3, width: w, height: rowH - 7, rx: 2 }));
      // A negative bar's figure goes right of the axis, where no positive bar of its row can be.
      g.appendChild(svg('text', { x: it.value < 0 ? zero + 4 : x + w + 4, y: y + 14 }, num(it.value)));
      chart.appendChild(g);
    });
    host.appendChild(chart);
  }

  function countBy(col, labelOf, limit) {
    var map = new Map();
    if (col === undefined) return [];
    files.rows.forEach(function (r) {
      var key = labelOf(r[col]);
      map.set(key, (map.get(key) || 0) + 1);
    });
    var items = [];
    map.forEach(function (value, label) { items.push({ label: label, value: value }); });
    items.sort(function (a, b) { return b.value - a.value || collator.compare(a.label, b.label); });
    if (items.length > limit) {
      var rest = items.slice(limit - 1).reduce(function (sum, it) { return sum + it.value; }, 0);
      items = items.slice(0, limit - 1).concat([{ label: 'other', value: rest }]);
    }
    return items;
  }
  hbarChart(document.getElementById('chart-quality'),
    countBy(F.quality, function (v) { return v ? String(v) : 'unknown'; }, 12),
    { label: 'Files by quality', empty: 'No files.' });
  hbarChart(document.getElementById('chart-resolution'),
    countBy(F.resolution, function (v) { return v ? v + 'p' : 'unknown'; }, 12),
    { label: 'Files by resolution', empty: 'No files.' });

  // Score distribution: one histogram per profile of an instance, chosen with a select.
  (function () {
    var host = document.getElementById('chart-scores');
    var groups = new Map();
    files.rows.forEach(function (r) {
      var score = r[F.custom_format_score];
      if (score === null || score === undefined) return;
      var key = r[F.instance] + ' · ' + (r[F.quality_profile] === null ? 'unknown profile' : r[F.quality_profile]);
      var g = groups.get(key);
      if (!g) { g = { key: key, scores: [], cutoff: r[F.cutoff_format_score] }; groups.set(key, g); }
      g.scores.push(score);
    });
    var list = Array.from(groups.values()).sort(function (a, b) {
      return b.scores.length - a.scores.length || collator.compare(a.key, b.key);
    });
    if (!list.length) { unavailable(host, 'No file has a score.'); return; }
    var select = el('select', { 'aria-label': 'Profile' });
    list.forEach(function (g, i) { select.appendChild(el('option', { value: String(i), text: g.key + ' (' + num(g.scores.length) + ')' })); });
    host.querySelector('figcaption').appendChild(select);
    var body = el('div');
    host.appendChild(body);
    function niceWidth(min, max, bins) {
      var span = Math.max(1, max - min + 1);
      for (var p = 1; ; p *= 10) {
        var steps = [1, 2, 5];
        for (var k = 0; k < 3; ++k) if (Math.ceil(span / (steps[k] * p)) <= bins) return steps[k] * p;
      }
    }
    function draw() {
      var g = list[Number(select.value)];
      var min = Infinity, max = -Infinity;
      g.scores.forEach(function (v) { if (v < min) min = v; if (v > max) max = v; });
      if (g.cutoff !== null && g.cutoff !== undefined) { min = Math.min(min, g.cutoff); max = Math.max(max, g.cutoff); }
      var bw = niceWidth(min, max, 24);
      var start = Math.floor(min / bw) * bw;
      var binsN = Math.floor((max - start) / bw) + 1;
      var bins = new Array(binsN).fill(0);
      g.scores.forEach(function (v) { bins[Math.floor((v - start) / bw)]++; });
      var top = Math.max.apply(null, bins);
      // Drawn at the width it is shown at, so that its text stays legible on a phone.
      var width = Math.max(340, Math.min(900, body.clientWidth || 900));
      var height = width < 600 ? 220 : 260, left = 48, bottom = 36, plotH = height - bottom - 10, plotW = width - left - 10;
      var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': 'Score distribution of ' + g.key });
      for (var t = 0; t <= 4; ++t) {
        var gy = 10 + plotH - plotH * t / 4;
        chart.appendChild(svg('line', { class: 'grid', x1: left, x2: width - 10, y1: gy, y2: gy }));
        chart.appendChild(svg('text', { x: left - 6, y: gy + 4, 'text-anchor': 'end' }, num(Math.round(top * t / 4))));
      }
      var bwPx = plotW / binsN;
      var labelEvery = Math.ceil(binsN / (width < 600 ? 5 : 12));
      bins.forEach(function (count, i) {
        var h = top ? plotH * count / top : 0;
        var from = start + i * bw;
        var met = g.cutoff !== null && from >= g.cutoff;
        var bar = svg('rect', { class: met ? 'bar met' : 'bar', x: left + i * bwPx + 1, y: 10 + plotH - h,
          width: Math.max(1, bwPx - 2), height: h });
        bar.appendChild(svg('title', {}, (bw === 1 ? from : from + ' to ' + (from + bw - 1)) + ': ' + num(count) + ' files'));
        chart.appendChild(bar);
        if (i % labelEvery === 0)
          chart.appendChild(svg('text', { x: left + i * bwPx + bwPx / 2, y: height - bottom + 16, 'text-anchor': 'middle' }, num(from)));
      });
      if (g.cutoff !== null && g.cutoff !== undefined) {
        var cx = left + (g.cutoff - start) / bw * bwPx;
        chart.appendChild(svg('line', { class: 'cutoff', x1: cx, x2: cx, y1: 6, y2: 10 + plotH }));
        var right = cx > width - 120;
        chart.appendChild(svg('text', { class: 'label', x: right ? cx - 4 : cx + 4, y: 18, 'text-anchor': right ? 'end' : 'start' },
          'cutoff ' + num(g.cutoff)));
      }
      chart.appendChild(svg('text', { x: left + plotW / 2, y: height - 4, 'text-anchor': 'middle' }, 'custom format score'));
      body.replaceChildren(chart, el('div', { class: 'legend' },
        el('span', { style: 'color: var(--bar)', text: 'below the cutoff' }),
        el('span', { style: 'color: var(--good)', text: 'at or above the cutoff' })));
    }
    select.addEventListener('change', draw);
    draw();
  })();

  // Custom format contribution: the analysis's totals, largest magnitude first.
  (function () {
    var host = document.getElementById('chart-formats');
    var formats = data.analysis && data.analysis.formats;
    if (!formats) { unavailable(host, 'Not available in this build: the analysis is not part of this report.'); return; }
    var multi = data.instances.length > 1;
    var items = formats.filter(function (f) { return f.total_contribution !== 0; }).map(function (f) {
      return { label: (multi ? f.instance + ' · ' : '') + f.format, value: f.total_contribution };
    }).sort(function (a, b) { return Math.abs(b.value) - Math.abs(a.value); }).slice(0, 14);
    hbarChart(host, items, { label: 'Custom format contribution', empty: 'No matched format carries a score.' });
    host.appendChild(el('p', { class: 'note', text: 'Sum over the files of the score their profile gives the format; the 14 largest.' }));
  })();

  // Trend: mean score per sync, one line per instance.
  (function () {
    var host = document.getElementById('chart-trend');
    var points = data.trend && data.trend.points;
    if (!points) { unavailable(host, 'No history in this report: it needs the stored syncs.'); return; }
    var series = new Map();
    points.forEach(function (p) {
      if (p.mean_score === null || p.mean_score === undefined) return;
      var t = new Date(p.synced_at).getTime();
      if (isNaN(t)) return;
      if (!series.has(p.instance)) series.set(p.instance, []);
      series.get(p.instance).push({ t: t, v: p.mean_score, c: p.candidates });
    });
    var all = [];
    series.forEach(function (list) { all = all.concat(list); });
    if (all.length < 2) { unavailable(host, 'The trend needs at least two syncs with scores.'); return; }
    var t0 = Math.min.apply(null, all.map(function (p) { return p.t; }));
    var t1 = Math.max.apply(null, all.map(function (p) { return p.t; }));
    var v0 = Math.min.apply(null, all.map(function (p) { return p.v; }));
    var v1 = Math.max.apply(null, all.map(function (p) { return p.v; }));
    if (v0 === v1) { v0 -= 1; v1 += 1; }
    if (t0 === t1) { t1 = t0 + 1; }
    var width = 440, height = 220, left = 48, right = 12, top = 10, bottom = 30;
    var plotW = width - left - right, plotH = height - top - bottom;
    function x(t) { return left + (t - t0) / (t1 - t0) * plotW; }
    function y(v) { return top + plotH - (v - v0) / (v1 - v0) * plotH; }
    var chart = svg('svg', { viewBox: '0 0 ' + width + ' ' + height, role: 'img', 'aria-label': 'Mean score over time' });
    for (var k = 0; k <= 4; ++k) {
      var val = v0 + (v1 - v0) * k / 4;
      chart.appendChild(svg('line', { class: 'grid', x1: left, x2: width - right, y1: y(val), y2: y(val) }));
      chart.appendChild(svg('text', { x: left - 6, y: y(val) + 4, 'text-anchor': 'end' }, num(Math.round(val * 10) / 10)));
    }
    var shortSpan = t1 - t0 < 2 * 24 * 3600 * 1000;
    [t0, t1].forEach(function (t, i) {
      var d = new Date(t);
      chart.appendChild(svg('text', { x: x(t), y: height - 8, 'text-anchor': i ? 'end' : 'start' },
        shortSpan ? d.toLocaleString(locale, { dateStyle: 'short', timeStyle: 'short' }) : d.toLocaleDateString(locale)));
    });
    var legend = el('div', { class: 'legend' });
    var i = 0;
    series.forEach(function (list, name) {
      var color = PALETTE[i++ % PALETTE.length];
      list.sort(function (a, b) { return a.t - b.t; });
      var d = list.map(function (p, j) { return (j ? 'L' : 'M') + x(p.t).toFixed(1) + ' ' + y(p.v).toFixed(1); }).join(' ');
      chart.appendChild(svg('path', { class: 'line', d: d, stroke: color }));
      list.forEach(function (p) {
        var dot = svg('circle', { class: 'dot', cx: x(p.t), cy: y(p.v), r: 3.5, fill: color });
        dot.appendChild(svg('title', {}, name + ' · ' + when(new Date(p.t).toISOString()) + ': mean ' + num(p.v) + ', ' + num(p.c) + ' candidates'));
        chart.appendChild(dot);
      });
      var key = el('span', { text: name });
      key.style.color = color;
      legend.appendChild(key);
    });
    host.appendChild(chart);
    host.appendChild(legend);
  })();

  // ---- tables ----
  window.ArrScoreTable.create(document.getElementById('candidates'), candidates, {
    id: 'candidates',
    unavailable: 'Not available in this build: the upgrade-candidate analysis is not part of this report.',
    empty: 'No upgrade candidates: every file meets its profile\u2019s cutoffs.',
    csvName: 'arrscore-candidates.csv',
    columns: [
      { label: 'Title', get: function (r) { return displayTitle(r, C); }, cls: 'title' },
      { label: 'Priority', key: 'priority', numeric: true },
      { label: 'Score', key: 'custom_format_score', numeric: true, signed: true, belowKey: 'cutoff_format_score' },
      { label: 'Cutoff', key: 'cutoff_format_score', numeric: true },
      { label: 'Gap', key: 'score_gap', numeric: true },
      { label: 'Quality', key: 'quality', cls: 'nowrap' },
      { label: 'Profile', key: 'quality_profile' },
      { label: 'Reasons', key: 'reasons', cls: 'list' },
      { label: 'Instance', key: 'instance' }
    ],
    facets: [{ label: 'Instance', key: 'instance', all: 'All instances' },
      { label: 'Profile', key: 'quality_profile', all: 'All profiles' }],
    search: ['title', 'series_title', 'quality', 'quality_profile', 'reasons', 'negative_formats', 'missing_formats'],
    sort: { column: 1, descending: true }
  });

  // ---- audit: findings from the servers' own history, grouped by kind ----
  (function () {
    var host = document.getElementById('audit');
    var audit = data.audit;
    if (!audit) { unavailable(host, 'No audit in this report: it needs the server history that syncs store.'); return; }
    var EVENTS = {
      grabbed: 'Grabbed', downloadFolderImported: 'Imported', downloadFailed: 'Download failed',
      downloadIgnored: 'Download ignored', fileDeleted: 'File deleted', fileRenamed: 'File renamed'
    };
    var findings = audit.findings || [];
    var kinds = audit.kinds || [];
    (audit.notes || []).forEach(function (note) { host.appendChild(el('p', { class: 'notice', text: note })); });
    if (!findings.length) {
      host.appendChild(el('p', { class: 'unavailable', text: 'No findings: the stored history shows no upgrade loop, score mismatch or repeated failure.' }));
      return;
    }
    var byKind = new Map();
    findings.forEach(function (f) {
      if (!byKind.has(f.kind)) byKind.set(f.kind, []);
      byKind.get(f.kind).push(f);
    });
    // Kinds in the order the app lists them; one the page does not know (a newer app) after them.
    var order = kinds.map(function (k) { return k.name; });
    byKind.forEach(function (list, name) { if (order.indexOf(name) < 0) order.push(name); });
    var info = {};
    kinds.forEach(function (k) { info[k.name] = k; });
    var summary = el('ul', { class: 'audit-summary', 'aria-label': 'Findings by kind' });
    order.forEach(function (name) {
      var list = byKind.get(name);
      if (list) summary.appendChild(el('li', null, el('strong', { text: num(list.length) }), ' ' + ((info[name] && info[name].title) || name)));
    });
    host.appendChild(el('p', { class: 'count', text: num(findings.length) + ' finding' + (findings.length === 1 ? '' : 's') + ' from the servers\u2019 own history. Open one for its explanation and events.' }));
    host.appendChild(summary);

    function timeline(events, title) {
      if (!events || !events.length) return el('p', { class: 'muted', text: 'No event of the server\u2019s history is behind this finding.' });
      var body = el('tbody');
      events.forEach(function (e) {
        var release = [e.source_title, e.indexer ? 'indexer ' + e.indexer : null, e.reason ? 'reason ' + e.reason : null,
          e.message || null].filter(function (v) { return v; }).join(' · ');
        body.appendChild(el('tr', null,
          el('td', { class: 'nowrap', text: when(e.date) }),
          el('td', { class: 'nowrap', text: EVENTS[e.type] || e.type }),
          el('td', { class: 'num', text: e.score === null || e.score === undefined ? '—' : num(e.score) }),
          el('td', { class: 'nowrap', text: e.quality || '—' }),
          el('td', { class: 'release' }, el('div', { text: release || '—' }))));
      });
      var head = el('tr');
      ['Date', 'Event', 'Score then', 'Quality', 'Release'].forEach(function (label, i) {
        head.appendChild(el('th', { scope: 'col', class: i === 2 ? 'num' : '', text: label }));
      });
      // Focusable, so that a keyboard can scroll a timeline wider than the page.
      return el('div', { class: 'scroll', tabindex: '0', role: 'region', 'aria-label': 'Events of ' + title },
        el('table', { class: 'plain' }, el('thead', null, head), body));
    }

    order.forEach(function (name) {
      var list = byKind.get(name);
      if (!list) return;
      var k = info[name] || { title: name, description: '' };
      var group = el('div', { class: 'audit-kind', 'data-kind': name },
        el('h3', { text: k.title + ' (' + num(list.length) + ')' }));
      if (k.description) group.appendChild(el('p', { class: 'muted', text: k.description }));
      list.forEach(function (f) {
        var ids = (f.series_id ? 'series ' + f.series_id + ', episode ' : 'movie ') + f.item_id + (f.file_id ? ', file ' + f.file_id : '');
        var details = el('details', { class: 'finding' },
          el('summary', null, el('span', { class: 'what', text: f.title || ids }),
            el('span', { class: 'muted', text: f.instance + ' · ' + ids })),
          el('div', { class: 'body' }, el('p', { text: f.explanation || '' }), timeline(f.events, f.title || ids)));
        group.appendChild(details);
      });
      host.appendChild(group);
    });
    // A printed report shows every explanation, not only the summaries.
    window.addEventListener('beforeprint', function () {
      Array.prototype.forEach.call(host.querySelectorAll('details'), function (d) { d.open = true; });
    });
  })();

  var candidateKeys = null;
  if (candidates && C.instance !== undefined && C.file_id !== undefined) {
    candidateKeys = new Set();
    candidates.rows.forEach(function (r) { candidateKeys.add(r[C.instance] + '\u0000' + r[C.file_id]); });
  }
  window.ArrScoreTable.create(document.getElementById('files'), files, {
    id: 'files',
    empty: 'No files.',
    csvName: 'arrscore-files.csv',
    columns: [
      { label: 'Title', get: function (r) { return displayTitle(r, F); }, cls: 'title' },
      { label: 'Score', key: 'custom_format_score', numeric: true, signed: true, belowKey: 'cutoff_format_score' },
      { label: 'Cutoff', key: 'cutoff_format_score', numeric: true },
      { label: 'Quality', key: 'quality', cls: 'nowrap' },
      { label: 'Profile', key: 'quality_profile' },
      { label: 'Custom formats', key: 'custom_formats', cls: 'list' },
      { label: 'Size', key: 'size_bytes', numeric: true, format: bytes },
      { label: 'Release group', key: 'release_group' },
      { label: 'Instance', key: 'instance' },
      { label: 'Added', key: 'date_added', format: function (v) { return v ? new Date(v).toLocaleDateString(locale) : '—'; }, cls: 'nowrap' }
    ],
    facets: [
      { label: 'Instance', key: 'instance', all: 'All instances' },
      { label: 'Profile', key: 'quality_profile', all: 'All profiles' },
      { label: 'Quality', key: 'quality', all: 'All qualities' },
      { label: 'Resolution', key: 'resolution', all: 'All resolutions', format: function (v) { return v ? v + 'p' : 'unknown'; } }
    ],
    search: ['title', 'series_title', 'episode_title', 'quality', 'quality_profile', 'custom_formats',
      'release_group', 'relative_path'],
    candidateFilter: candidateKeys ? function (r) { return candidateKeys.has(r[F.instance] + '\u0000' + r[F.file_id]); } : null,
    sort: { column: 1, descending: false }
  });
  document.body.setAttribute('data-rendered', 'true');
})();
