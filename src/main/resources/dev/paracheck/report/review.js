(function () {
  var boxes = document.querySelectorAll('input.filter');
  function apply() {
    var off = {};
    boxes.forEach(function (b) { if (!b.checked) { off[b.dataset.kind + ':' + b.value] = true; } });
    document.querySelectorAll('[data-check]').forEach(function (e) {
      var hidden = off['check:' + e.dataset.check] || off['severity:' + e.dataset.severity];
      e.hidden = !!hidden;
    });
  }
  boxes.forEach(function (b) { b.addEventListener('change', apply); });
  var current = -1;
  function go(step) {
    var rows = Array.prototype.filter.call(document.querySelectorAll('tr.finding'),
      function (r) { return !r.hidden; });
    if (rows.length === 0) { return; }
    current = (current + step + rows.length) % rows.length;
    var row = rows[current];
    document.querySelectorAll('tr.current').forEach(function (r) { r.classList.remove('current'); });
    row.classList.add('current');
    row.scrollIntoView({block: 'center'});
    history.replaceState(null, '', '#' + row.id);
  }
  document.addEventListener('keydown', function (e) {
    if (e.target && e.target.tagName === 'INPUT') { return; }
    if (e.key === 'n' || e.key === 'j') { go(1); }
    if (e.key === 'p' || e.key === 'k') { go(-1); }
  });
})();
