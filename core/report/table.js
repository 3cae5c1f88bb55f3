// The report's tables: sortable, filterable by text and facets, paged (so 100,000 rows stay responsive),
// and downloadable as CSV with the same rules as `arrscore export --format csv` (core/csvwriter.cpp).
var ArrScoreTable = (function () {
  'use strict';

  var collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });
  var numberFormat = new Intl.NumberFormat();
  // The locale the report was made in (report.js passes it): numbers as the app shows them.
  function useLocale(locale) {
    collator = new Intl.Collator(locale, { numeric: true, sensitivity: 'base' });
    numberFormat = new Intl.NumberFormat(locale);
  }
  var PAGE_SIZES = [25, 50, 100, 250];

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (key) {
      if (key === 'class') node.className = attrs[key];
      else node.setAttribute(key, attrs[key]);
    });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // ---- CSV: RFC 4180, formula injection neutralised, numbers untouched ----
  function quote(s) { return /[",\r\n]/.test(s) ? '"' + s.replace(/"/g, '""') + '"' : s; }
  function textField(s) { return quote(s.length && '=+-@\t\r'.indexOf(s.charAt(0)) >= 0 ? "'" + s : s); }
  function csvField(v) {
    if (v === null || v === undefined) return '';
    if (typeof v === 'number') return String(v);
    if (typeof v === 'boolean') return v ? 'true' : 'false';
    if (Array.isArray(v)) {
      var numbers = v.every(function (x) { return typeof x === 'number'; });
      var joined = v.map(function (x) { return x === null ? '' : String(x); }).join('; ');
      return numbers ? quote(joined) : textField(joined);
    }
    return textField(String(v));
  }
  function toCsv(columns, rows, bom) {
    var lines = [columns.map(function (c) { return textField(c); }).join(',')];
    for (var i = 0; i < rows.length; ++i) lines.push(rows[i].map(csvField).join(','));
    return (bom ? '\ufeff' : '') + lines.join('\r\n') + '\r\n';
  }
  function download(name, text) {
    var url = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    var a = el('a', { href: url, download: name });
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(function () { URL.revokeObjectURL(url); }, 10000);
  }

  function display(v) {
    if (v === null || v === undefined || v === '') return '—';
    if (Array.isArray(v)) return v.length ? v.join(', ') : '—';
    if (typeof v === 'number') return numberFormat.format(v);
    if (typeof v === 'boolean') return v ? 'yes' : 'no';
    return String(v);
  }
  function facetKey(v) { return v === null || v === undefined || v === '' ? '\u0000' : String(v); }

  function create(section, table, opts) {
    if (!table) {
      section.appendChild(el('p', { class: 'unavailable' }, opts.unavailable || 'Not available.'));
      return null;
    }
    var idx = {};
    table.columns.forEach(function (name, i) { idx[name] = i; });
    var rows = table.rows;
    var columns = opts.columns.filter(function (c) { return c.get || idx[c.key] !== undefined; }).map(function (c) {
      var i = idx[c.key];
      // belowKey: the column holding this one's cutoff; a value below it gets a sign, not only a colour.
      var cut = c.belowKey !== undefined ? idx[c.belowKey] : undefined;
      var below = cut === undefined ? null : function (r) {
        return typeof r[i] === 'number' && typeof r[cut] === 'number' && r[i] < r[cut];
      };
      return Object.assign({}, c, { get: c.get || function (r) { return r[i]; }, below: below });
    });
    var state = { query: [], facets: [], candidatesOnly: false, sort: opts.sort || null, page: 0, pageSize: 50 };
    var filtered = [];
    var searchText = null;
    var sortKeys = new Map();

    // Controls
    var controls = el('div', { class: 'controls' });
    var search = el('input', { type: 'search', placeholder: 'Filter…', 'aria-label': 'Filter ' + opts.id });
    controls.appendChild(search);
    (opts.facets || []).forEach(function (f) {
      var i = idx[f.key];
      if (i === undefined) return;
      var counts = new Map();
      rows.forEach(function (r) { var k = facetKey(r[i]); counts.set(k, (counts.get(k) || 0) + 1); });
      if (counts.size < 2) return;
      var values = Array.from(counts.keys()).sort(function (a, b) { return collator.compare(a, b); });
      var select = el('select', { 'aria-label': f.label, 'data-facet': f.key });
      select.appendChild(el('option', { value: '' }, f.all || 'All'));
      values.forEach(function (k, n) {
        var label = k === '\u0000' ? '(none)' : (f.format ? f.format(k) : k);
        select.appendChild(el('option', { value: String(n) }, label + ' (' + numberFormat.format(counts.get(k)) + ')'));
      });
      var facet = { column: i, value: null };
      select.addEventListener('change', function () {
        facet.value = select.value === '' ? null : values[Number(select.value)];
        apply(true);
      });
      state.facets.push(facet);
      controls.appendChild(select);
    });
    if (opts.candidateFilter) {
      var box = el('input', { type: 'checkbox', 'data-filter': 'candidates' });
      var label = el('label', { class: 'check' });
      label.appendChild(box);
      label.appendChild(document.createTextNode('Candidates only'));
      box.addEventListener('change', function () { state.candidatesOnly = box.checked; apply(true); });
      controls.appendChild(label);
    }
    var bomBox = el('input', { type: 'checkbox' });
    var bomLabel = el('label', { class: 'check', title: 'Start the file with a byte order mark, for Excel' });
    bomLabel.appendChild(bomBox);
    bomLabel.appendChild(document.createTextNode('Excel BOM'));
    var csvButton = el('button', { type: 'button', 'data-action': 'csv' }, 'Download CSV');
    csvButton.addEventListener('click', function () {
      download(opts.csvName, toCsv(table.columns, filtered.map(function (n) { return rows[n]; }), bomBox.checked));
    });
    controls.appendChild(csvButton);
    controls.appendChild(bomLabel);
    section.appendChild(controls);

    // Table
    var wrap = el('div', { class: 'scroll' });
    var tableEl = el('table', { 'data-table': opts.id });
    var headRow = el('tr');
    var headers = columns.map(function (c, n) {
      var th = el('th', { scope: 'col', class: c.numeric ? 'num' : '' });
      var button = el('button', { type: 'button' }, c.label);
      button.addEventListener('click', function () {
        if (state.sort && state.sort.column === n) state.sort.descending = !state.sort.descending;
        else state.sort = { column: n, descending: !!c.numeric && c.key !== 'custom_format_score' };
        apply(false);
      });
      th.appendChild(button);
      headRow.appendChild(th);
      return th;
    });
    var thead = el('thead');
    thead.appendChild(headRow);
    var tbody = el('tbody');
    tableEl.appendChild(thead);
    tableEl.appendChild(tbody);
    wrap.appendChild(tableEl);
    section.appendChild(wrap);

    // Pager
    var pager = el('div', { class: 'pager' });
    var count = el('span', { class: 'count', 'aria-live': 'polite' });
    var buttons = el('div', { class: 'buttons' });
    function pageButton(text, action) {
      var b = el('button', { type: 'button', 'data-page': action }, text);
      b.addEventListener('click', function () {
        var last = Math.max(0, Math.ceil(filtered.length / state.pageSize) - 1);
        state.page = action === 'first' ? 0 : action === 'prev' ? Math.max(0, state.page - 1)
          : action === 'next' ? Math.min(last, state.page + 1) : last;
        render();
      });
      buttons.appendChild(b);
      return b;
    }
    var first = pageButton('«', 'first'), prev = pageButton('‹ Prev', 'prev');
    var pageLabel = el('span', { class: 'count' });
    buttons.appendChild(pageLabel);
    var next = pageButton('Next ›', 'next'), last = pageButton('»', 'last');
    var size = el('select', { 'aria-label': 'Rows per page' });
    PAGE_SIZES.forEach(function (n) {
      var o = el('option', { value: String(n) }, n + ' per page');
      if (n === state.pageSize) o.selected = true;
      size.appendChild(o);
    });
    size.addEventListener('change', function () { state.pageSize = Number(size.value); state.page = 0; render(); });
    buttons.appendChild(size);
    pager.appendChild(count);
    pager.appendChild(buttons);
    section.appendChild(pager);

    function rowText(r) {
      var parts = [];
      (opts.search || []).forEach(function (key) {
        var v = r[idx[key]];
        if (v !== null && v !== undefined) parts.push(Array.isArray(v) ? v.join(' ') : String(v));
      });
      return parts.join('\u0001').toLowerCase();
    }
    function apply(resetPage) {
      var terms = state.query;
      if (terms.length && !searchText) searchText = rows.map(rowText);
      filtered = [];
      for (var n = 0; n < rows.length; ++n) {
        var r = rows[n];
        var ok = true;
        for (var f = 0; ok && f < state.facets.length; ++f) {
          var facet = state.facets[f];
          if (facet.value !== null && facetKey(r[facet.column]) !== facet.value) ok = false;
        }
        if (ok && state.candidatesOnly && !opts.candidateFilter(r)) ok = false;
        for (var t = 0; ok && t < terms.length; ++t) if (searchText[n].indexOf(terms[t]) < 0) ok = false;
        if (ok) filtered.push(n);
      }
      if (state.sort) {
        var s = state.sort;
        var column = columns[s.column];
        var keys = sortKeys.get(s.column);
        if (!keys) {
          keys = rows.map(function (r) { var v = column.get(r); return Array.isArray(v) ? v.join(', ') : v; });
          sortKeys.set(s.column, keys);
        }
        var dir = s.descending ? -1 : 1;
        filtered.sort(function (a, b) {
          var va = keys[a], vb = keys[b];
          var na = va === null || va === undefined || va === '', nb = vb === null || vb === undefined || vb === '';
          if (na || nb) return na && nb ? a - b : na ? 1 : -1; // unknown values last, either way
          var c = typeof va === 'number' && typeof vb === 'number' ? va - vb : collator.compare(String(va), String(vb));
          return c ? c * dir : a - b;
        });
      }
      headers.forEach(function (th, n) {
        if (state.sort && state.sort.column === n) th.setAttribute('aria-sort', state.sort.descending ? 'descending' : 'ascending');
        else th.removeAttribute('aria-sort');
      });
      if (resetPage) state.page = 0;
      render();
    }
    function render() {
      var pages = Math.max(1, Math.ceil(filtered.length / state.pageSize));
      state.page = Math.min(state.page, pages - 1);
      var from = state.page * state.pageSize;
      var to = Math.min(filtered.length, from + state.pageSize);
      var fragment = document.createDocumentFragment();
      for (var n = from; n < to; ++n) {
        var r = rows[filtered[n]];
        var tr = el('tr');
        columns.forEach(function (c) {
          var v = c.get(r);
          var td = el('td', { class: (c.numeric ? 'num ' : '') + (c.cls || '') });
          var text = c.format ? c.format(v) : display(v);
          // Browsers ignore min-width on a cell: a block inside keeps long text columns readable.
          if (c.cls === 'title' || c.cls === 'list') td.appendChild(el('div', null, text));
          else if (c.signed && typeof v === 'number' && v !== 0) td.appendChild(el('span', { class: v < 0 ? 'neg' : 'pos' }, text));
          else td.textContent = text;
          if (c.below && c.below(r)) {
            var cue = el('span', { class: 'cue', title: 'below the cutoff', 'aria-hidden': 'true' }, '\u25BC');
            td.appendChild(cue);
            td.appendChild(el('span', { class: 'sr-only' }, ' (below the cutoff)'));
          }
          tr.appendChild(td);
        });
        fragment.appendChild(tr);
      }
      if (!filtered.length) {
        var empty = el('td', { class: 'empty', colspan: String(columns.length) },
          rows.length ? 'No rows match the filter.' : (opts.empty || 'No rows.'));
        var tr0 = el('tr');
        tr0.appendChild(empty);
        fragment.appendChild(tr0);
      }
      tbody.replaceChildren(fragment);
      count.textContent = filtered.length
        ? 'Rows ' + numberFormat.format(from + 1) + '–' + numberFormat.format(to) + ' of ' + numberFormat.format(filtered.length) +
          (filtered.length !== rows.length ? ' (filtered from ' + numberFormat.format(rows.length) + ')' : '')
        : '0 of ' + numberFormat.format(rows.length) + ' rows';
      pageLabel.textContent = 'Page ' + numberFormat.format(state.page + 1) + ' of ' + numberFormat.format(pages);
      first.disabled = prev.disabled = state.page === 0;
      next.disabled = last.disabled = state.page >= pages - 1;
      csvButton.disabled = !filtered.length;
    }
    var timer = null;
    search.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        state.query = search.value.toLowerCase().split(/\s+/).filter(function (t) { return t.length; });
        apply(true);
      }, 150);
    });
    apply(true);
    return { toCsv: toCsv, csvField: csvField };
  }

  return { create: create, csvField: csvField, toCsv: toCsv, useLocale: useLocale };
})();
