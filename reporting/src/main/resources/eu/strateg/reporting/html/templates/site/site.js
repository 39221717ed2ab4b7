/* Strateg indicator portal: search and filters over window.STRATEG_INDEX (loaded by a script tag, so it works from file://),
   and the disaggregation selector of an indicator page. */
(function () {
  var dis = document.getElementById('dis');
  if (dis) {
    dis.addEventListener('change', function () {
      document.querySelectorAll('tr[data-dis]').forEach(function (r) {
        r.hidden = dis.value !== '' && r.getAttribute('data-dis') !== dis.value;
      });
    });
  }
  var index = window.STRATEG_INDEX;
  var q = document.getElementById('q');
  if (!index || !q) { return; }
  var fs = document.getElementById('fs'), fa = document.getElementById('fa'), fo = document.getElementById('fo');
  var out = document.getElementById('results'), count = document.getElementById('count');
  function cell(text) { var td = document.createElement('td'); td.textContent = text; return td; }
  function run() {
    var words = q.value.toLowerCase().split(/\s+/).filter(Boolean), shown = 0, found = 0;
    out.textContent = '';
    for (var i = 0; i < index.length; i++) {
      var e = index[i]; /* code, name, status class, status text, area, owner, href, stale */
      var hay = (e[0] + ' ' + e[1]).toLowerCase();
      if (words.some(function (w) { return hay.indexOf(w) < 0; })) { continue; }
      if (fs.value === 'stale' ? !e[7] : fs.value && e[2] !== fs.value) { continue; }
      if (fa.value && e[4] !== fa.value) { continue; }
      if (fo.value && e[5] !== fo.value) { continue; }
      found++;
      if (shown >= 200) { continue; }
      shown++;
      var tr = document.createElement('tr'), a = document.createElement('a'), td = document.createElement('td');
      a.href = e[6]; a.textContent = e[0]; td.appendChild(a); tr.appendChild(td);
      tr.appendChild(cell(e[1])); tr.appendChild(cell(e[3] + (e[7] ? ' ⚠' : ''))); tr.appendChild(cell(e[5]));
      out.appendChild(tr);
    }
    count.textContent = found + (found > shown ? ' (' + shown + ')' : '');
  }
  [q, fs, fa, fo].forEach(function (el) { el.addEventListener('input', run); el.addEventListener('change', run); });
  run();
})();
