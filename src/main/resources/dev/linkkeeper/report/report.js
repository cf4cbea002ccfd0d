(function () {
  'use strict';
  // Sorting and filtering only move and hide existing rows: no markup is ever built from data.
  var table = document.getElementById('links');
  if (!table) return;
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var texts = rows.map(function (tr) { return tr.textContent.toLowerCase(); });
  var search = document.getElementById('q');
  var status = document.getElementById('status');
  var shown = document.getElementById('shown');
  var headers = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var sorted = { column: -1, ascending: true };

  function matches(tr, i, query, wanted) {
    if (wanted === 'problems' && tr.getAttribute('data-problem') !== '1') return false;
    if (wanted !== 'all' && wanted !== 'problems' && tr.getAttribute('data-status') !== wanted) return false;
    return query === '' || texts[i].indexOf(query) >= 0;
  }

  function filter() {
    var query = search.value.trim().toLowerCase();
    var wanted = status.value;
    var n = 0;
    rows.forEach(function (tr, i) {
      var keep = matches(tr, i, query, wanted);
      tr.hidden = !keep;
      if (keep) n++;
    });
    shown.textContent = n + ' of ' + rows.length + ' links';
  }

  function key(tr, column) {
    var cell = tr.cells[column];
    var v = cell.getAttribute('data-v');
    return v !== null ? v : cell.textContent.trim().toLowerCase();
  }

  function sortBy(column) {
    var numeric = headers[column].getAttribute('data-sort') === 'num';
    sorted.ascending = sorted.column === column ? !sorted.ascending : true;
    sorted.column = column;
    var order = rows.map(function (tr, i) { return { tr: tr, i: i, k: key(tr, column) }; });
    order.sort(function (a, b) {
      var c = numeric ? Number(a.k) - Number(b.k) : (a.k < b.k ? -1 : a.k > b.k ? 1 : 0);
      if (!sorted.ascending) c = -c;
      return c !== 0 ? c : a.i - b.i;
    });
    order.forEach(function (o) { tbody.appendChild(o.tr); });
    headers.forEach(function (th, i) {
      if (i === column) th.setAttribute('aria-sort', sorted.ascending ? 'ascending' : 'descending');
      else th.removeAttribute('aria-sort');
    });
  }

  headers.forEach(function (th, i) {
    var button = th.querySelector('button');
    if (button) button.addEventListener('click', function () { sortBy(i); });
  });
  Array.prototype.forEach.call(document.querySelectorAll('[data-filter]'), function (card) {
    card.addEventListener('click', function () {
      status.value = card.getAttribute('data-filter');
      filter();
      table.scrollIntoView({ behavior: 'smooth', block: 'start' });
    });
  });
  search.addEventListener('input', filter);
  status.addEventListener('change', filter);
  document.getElementById('controls').hidden = false;
  document.documentElement.setAttribute('data-js', 'ready');
  filter();
})();
