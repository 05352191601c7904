(function () {
  var table = document.getElementById('pairs');
  if (!table || !table.tHead || table.tBodies.length === 0) { return; }
  var body = table.tBodies[0];
  var heads = Array.prototype.slice.call(table.tHead.rows[0].cells);
  var rows = Array.prototype.slice.call(body.rows);
  var caption = document.getElementById('order');
  var column = -1;
  var descending = false;
  rows.forEach(function (r, i) { r.setAttribute('data-rank', i); });
  function num(cell, name) {
    var n = parseFloat(cell.getAttribute(name));
    return isNaN(n) ? -Infinity : n;
  }
  function text(cell) {
    var v = cell.getAttribute('data-sort');
    return v === null ? cell.textContent : v;
  }
  function compare(a, b, c, numeric) {
    var x = a.cells[c], y = b.cells[c];
    if (!numeric) { return text(x).localeCompare(text(y)); }
    var d = num(x, 'data-sort') - num(y, 'data-sort');
    if (d === 0 || isNaN(d)) { d = num(x, 'data-sort2') - num(y, 'data-sort2'); }
    return isNaN(d) ? 0 : d;
  }
  function sortBy(c) {
    var numeric = heads[c].getAttribute('data-type') === 'num';
    descending = c === column ? !descending : numeric;
    column = c;
    rows.sort(function (a, b) {
      var d = compare(a, b, c, numeric);
      if (descending) { d = -d; }
      return d !== 0 ? d : a.getAttribute('data-rank') - b.getAttribute('data-rank');
    });
    rows.forEach(function (r) { body.appendChild(r); });
    heads.forEach(function (th, i) {
      if (i === c) {
        th.setAttribute('aria-sort', descending ? 'descending' : 'ascending');
      } else {
        th.removeAttribute('aria-sort');
      }
    });
    if (caption) {
      caption.textContent = 'Sorted by ' + heads[c].textContent + ', '
        + (descending ? 'descending' : 'ascending') + '. Click a heading to sort, again to reverse.';
    }
  }
  heads.forEach(function (th, c) {
    if (!th.hasAttribute('data-type')) { return; }
    var button = document.createElement('button');
    button.type = 'button';
    while (th.firstChild) { button.appendChild(th.firstChild); }
    th.appendChild(button);
    th.addEventListener('click', function () { sortBy(c); });
  });
  if (caption) { caption.textContent += ' Click a heading to sort, again to reverse.'; }
  var filters = document.getElementById('filters');
  var filter = document.getElementById('filter');
  var status = document.getElementById('status');
  var shown = document.getElementById('shown');
  function matches(r) {
    var q = filter ? filter.value.trim().toLowerCase() : '';
    if (q && (r.getAttribute('data-path') || '').toLowerCase().indexOf(q) < 0) { return false; }
    var s = status ? status.value : 'all';
    if (s === 'stale' || s === 'not-parallel') { return r.classList.contains(s); }
    if (s === 'errors') { return parseInt(r.getAttribute('data-errors'), 10) > 0; }
    return true;
  }
  function applyFilter() {
    var n = 0;
    rows.forEach(function (r) {
      r.hidden = !matches(r);
      if (!r.hidden) { n++; }
    });
    if (shown) { shown.textContent = n + ' of ' + rows.length + ' pages shown'; }
  }
  if (filters && filter && status) {
    filter.addEventListener('input', applyFilter);
    status.addEventListener('change', applyFilter);
    filters.hidden = false;
    applyFilter();
  }
})();
