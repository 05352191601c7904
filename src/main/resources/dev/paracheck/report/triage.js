(function () {
  var bar = document.querySelector('nav.triage');
  if (!bar) { return; }
  var key = 'paracheck-triage:' + location.pathname;
  var verdicts = {};
  var picks = {};
  var lastUrl = null;
  function each(selector, f) { document.querySelectorAll(selector).forEach(f); }
  function renderings(term) {
    var found = [];
    each('.terms', function (s) {
      if (s.dataset.term === term && found.length === 0) {
        s.querySelectorAll('button.rendering').forEach(function (b) { found.push(b.dataset.rendering); });
      }
    });
    return found;
  }
  function show() {
    each('[data-fingerprint]', function (e) {
      var v = verdicts[e.dataset.fingerprint];
      if (v) { e.dataset.triage = v; } else { delete e.dataset.triage; }
    });
    each('button.verdict', function (b) {
      var v = verdicts[b.closest('[data-fingerprint]').dataset.fingerprint];
      b.setAttribute('aria-pressed', String(v === b.dataset.verdict));
    });
    each('.terms', function (s) {
      s.querySelectorAll('button.rendering').forEach(function (b) {
        b.setAttribute('aria-pressed', String(picks[s.dataset.term] === b.dataset.rendering));
      });
    });
    var triaged = Object.keys(verdicts).length;
    var picked = Object.keys(picks).length;
    bar.querySelector('.triaged').textContent = String(triaged);
    bar.querySelector('.picked').textContent = String(picked);
    bar.querySelector('#download-baseline').disabled = triaged === 0;
    bar.querySelector('#download-glossary').disabled = picked === 0;
  }
  function save() {
    try { localStorage.setItem(key, JSON.stringify({verdicts: verdicts, picks: picks})); } catch (e) { }
  }
  function load() {
    var saved;
    try { saved = JSON.parse(localStorage.getItem(key) || '{}') || {}; } catch (e) { return; }
    var shown = {};
    each('[data-fingerprint]', function (e) { shown[e.dataset.fingerprint] = true; });
    Object.keys(saved.verdicts || {}).forEach(function (f) {
      var v = saved.verdicts[f];
      if (shown[f] && (v === 'accepted' || v === 'false-alarm')) { verdicts[f] = v; }
    });
    Object.keys(saved.picks || {}).forEach(function (t) {
      if (renderings(t).indexOf(saved.picks[t]) >= 0) { picks[t] = saved.picks[t]; }
    });
  }
  function download(name, type, text) {
    if (lastUrl) { URL.revokeObjectURL(lastUrl); }
    lastUrl = URL.createObjectURL(new Blob([text], {type: type}));
    var a = document.createElement('a');
    a.href = lastUrl;
    a.download = name;
    a.hidden = true;
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  function baseline() {
    return JSON.stringify({tool: bar.dataset.tool, fingerprints: Object.keys(verdicts).sort()}, null, 2)
      + '\n';
  }
  function cell(value) {
    return /[",\r\n]/.test(value) ? '"' + value.replace(/"/g, '""') + '"' : value;
  }
  function glossary() {
    var rows = [['source', 'target', 'forbidden', 'note', 'case']];
    Object.keys(picks).sort().forEach(function (t) {
      var others = renderings(t).filter(function (r) { return r !== picks[t]; });
      rows.push([t, picks[t], others.join('|'), '', '']);
    });
    return rows.map(function (r) { return r.map(cell).join(','); }).join('\n') + '\n';
  }
  function toggle(map, key, value) {
    if (map[key] === value) { delete map[key]; } else { map[key] = value; }
  }
  document.addEventListener('click', function (e) {
    var b = e.target.closest ? e.target.closest('button') : null;
    if (!b) { return; }
    if (b.classList.contains('verdict')) {
      toggle(verdicts, b.closest('[data-fingerprint]').dataset.fingerprint, b.dataset.verdict);
    } else if (b.classList.contains('rendering')) {
      toggle(picks, b.closest('.terms').dataset.term, b.dataset.rendering);
    } else if (b.id === 'download-baseline') {
      download('paracheck-baseline.json', 'application/json', baseline());
    } else if (b.id === 'download-glossary') {
      download('paracheck-glossary.csv', 'text/csv', glossary());
    } else {
      return;
    }
    save();
    show();
  });
  load();
  show();
})();
