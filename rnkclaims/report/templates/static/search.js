/* Offline search over window.RNK_SEARCH (search-index.js): every word of the query must
   appear in an entry's title, subtitle or text, ignoring case and accents. Results are
   built with DOM calls and textContent only: nothing from the index is parsed as HTML. */
(function () {
  "use strict";
  var index = window.RNK_SEARCH || [];
  var fold = function (s) {
    return String(s).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  };
  var entries = index.map(function (e) {
    return { kind: e[0], path: e[1], title: e[2], sub: e[3], text: e[4],
             head: fold(e[2] + " " + e[3]), body: fold(e[4]) };
  });
  var input = document.getElementById("q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("results");
  var MAX = 200;

  function snippet(text, words) {
    var folded = fold(text), at = -1;
    for (var i = 0; i < words.length && at < 0; i++) { at = folded.indexOf(words[i]); }
    var start = Math.max(0, at - 60);
    var out = text.slice(start, start + 200);
    return (start > 0 ? "…" : "") + out + (start + 200 < text.length ? "…" : "");
  }

  function run(query) {
    var words = fold(query).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w; });
    while (list.firstChild) { list.removeChild(list.firstChild); }
    if (!words.length) { status.textContent = "Type words to search."; return; }
    var hits = [];
    entries.forEach(function (e, i) {
      var score = 0;
      for (var j = 0; j < words.length; j++) {
        var inHead = e.head.indexOf(words[j]) >= 0;
        if (!inHead && e.body.indexOf(words[j]) < 0) { return; }
        score += inHead ? 2 : 1;
      }
      hits.push([score, i]);
    });
    hits.sort(function (a, b) { return b[0] - a[0] || a[1] - b[1]; });
    status.textContent = hits.length === 0 ? "Nothing matches “" + query + "”."
      : hits.length + " result" + (hits.length === 1 ? "" : "s") + " for “" + query + "”"
        + (hits.length > MAX ? " (showing " + MAX + ")" : "") + ".";
    hits.slice(0, MAX).forEach(function (h) {
      var e = entries[h[1]];
      var li = document.createElement("li");
      var type = document.createElement("span");
      type.className = "type";
      type.textContent = e.kind;
      var a = document.createElement("a");
      a.href = e.path;
      a.textContent = e.title;
      var sub = document.createElement("span");
      sub.className = "sub";
      sub.textContent = e.sub;
      li.appendChild(type); li.appendChild(a); li.appendChild(sub);
      if (e.text) {
        var text = document.createElement("span");
        text.className = "text";
        text.textContent = snippet(e.text, words);
        li.appendChild(text);
      }
      list.appendChild(li);
    });
  }

  var params = new URLSearchParams(window.location.search);
  var initial = params.get("q") || "";
  input.value = initial;
  run(initial);
  input.addEventListener("input", function () { run(input.value); });
  document.getElementById("search-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    run(input.value);
  });
}());
