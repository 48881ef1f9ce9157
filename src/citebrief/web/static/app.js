// citebrief pages: citation hover and highlight (brief page), live timeline.
// No innerHTML with third-party text: paragraphs are rebuilt from their own textContent.
(function () {
  "use strict";

  function paragraphText(n) {
    var li = document.getElementById("p-" + n);
    var p = li && li.querySelector(".ptext");
    return p ? p.textContent : null;
  }

  // ---- hover: show the cited paragraph in a tooltip ----
  var tip = document.getElementById("tip");
  function showTip(a) {
    var text = paragraphText(a.dataset.p);
    if (!tip || text === null) return;
    tip.textContent = "";
    var head = document.createElement("b");
    head.textContent = "[" + a.dataset.p + "] ";
    tip.appendChild(head);
    tip.appendChild(document.createTextNode(text.length > 600 ? text.slice(0, 600) + "…" : text));
    var lang = document.querySelector(".source");
    if (lang && lang.lang) tip.lang = lang.lang;
    var r = a.getBoundingClientRect();
    tip.hidden = false;
    var top = window.scrollY + r.bottom + 6;
    var left = Math.max(8, Math.min(window.scrollX + r.left, window.scrollX + document.documentElement.clientWidth - tip.offsetWidth - 8));
    tip.style.top = top + "px";
    tip.style.left = left + "px";
  }
  function hideTip() { if (tip) tip.hidden = true; }

  // ---- click: highlight the sentence/quote and the matched figures and names ----
  function clearMarks() {
    document.querySelectorAll(".para.hl").forEach(function (li) {
      li.classList.remove("hl");
      var p = li.querySelector(".ptext");
      p.textContent = p.textContent; // drop the <mark>s, keep the text
    });
    document.querySelectorAll(".claim.active").forEach(function (c) { c.classList.remove("active"); });
  }

  function applyMarks(n, marks) {
    var li = document.getElementById("p-" + n);
    if (!li) return;
    var p = li.querySelector(".ptext");
    var text = p.textContent;
    var mine = marks.filter(function (m) { return String(m[0]) === String(n) && m[1] < m[2] && m[2] <= text.length; });
    var cuts = [0, text.length];
    mine.forEach(function (m) { cuts.push(m[1], m[2]); });
    cuts = cuts.filter(function (v, i, all) { return all.indexOf(v) === i; }).sort(function (a, b) { return a - b; });
    p.textContent = "";
    for (var i = 0; i < cuts.length - 1; i++) {
      var s = cuts[i], e = cuts[i + 1];
      var kinds = mine.filter(function (m) { return m[1] <= s && e <= m[2]; }).map(function (m) { return "m-" + m[3]; });
      var piece = document.createTextNode(text.slice(s, e));
      if (kinds.length) {
        var mark = document.createElement("mark");
        mark.className = kinds.join(" ");
        mark.appendChild(piece);
        p.appendChild(mark);
      } else {
        p.appendChild(piece);
      }
    }
    li.classList.add("hl");
  }

  // The marks of every claim, fetched once on first use (hover or click): see briefview.brief_marks.
  var marksRequest = null;
  function loadMarks() {
    var main = document.querySelector("[data-marks-url]");
    if (!main) return Promise.resolve({});
    if (!marksRequest) {
      marksRequest = fetch(main.dataset.marksUrl, { credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.json() : {}; })
        .catch(function () { return {}; });
    }
    return marksRequest;
  }

  var clicks = 0;
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest && ev.target.closest("a.cite[data-p]");
    if (!a) return;
    ev.preventDefault();
    hideTip();
    clearMarks();
    var n = a.dataset.p;
    var claim = a.closest("[data-claim]");
    var li = document.getElementById("p-" + n);
    if (!li) return;
    if (claim) claim.classList.add("active");
    li.classList.add("hl");
    history.replaceState(null, "", "#p-" + n);
    li.scrollIntoView({ behavior: "smooth", block: "center" });
    var click = ++clicks;
    loadMarks().then(function (all) {
      if (click !== clicks || !claim) return; // another citation was clicked meanwhile
      applyMarks(n, all[claim.id] || []);
      var first = li.querySelector("mark.m-span");
      if (first) first.scrollIntoView({ behavior: "smooth", block: "center" });
    });
  });
  document.addEventListener("mouseover", function (ev) {
    var a = ev.target.closest && ev.target.closest("a.cite[data-p]");
    if (a) { showTip(a); loadMarks(); }
  });
  document.addEventListener("mouseout", function (ev) {
    var a = ev.target.closest && ev.target.closest("a.cite[data-p]");
    if (a) hideTip();
  });
  document.addEventListener("focusin", function (ev) {
    if (ev.target.matches && ev.target.matches("a.cite[data-p]")) showTip(ev.target);
  });
  document.addEventListener("focusout", hideTip);

  // ---- live timeline: ask for rows newer than the newest shown ----
  var list = document.getElementById("timeline");
  if (list && list.dataset.live) {
    var every = Math.max(2, parseFloat(list.dataset.every || "10")) * 1000;
    var tick = function () {
      var url = list.dataset.live + (list.dataset.live.indexOf("?") >= 0 ? "&" : "?") + "after=" + encodeURIComponent(list.dataset.newest);
      fetch(url, { credentials: "same-origin", headers: { "Accept": "text/html" } })
        .then(function (r) { return r.ok ? r.text().then(function (t) { return [r, t]; }) : null; })
        .then(function (got) {
          if (!got) return;
          var html = got[1].trim();
          if (html) {
            // rows rendered by the server with every third-party string escaped
            var doc = new DOMParser().parseFromString("<ol>" + html + "</ol>", "text/html");
            var rows = Array.prototype.slice.call(doc.body.firstChild.children);
            rows.reverse().forEach(function (row) { row.classList.add("new"); list.insertBefore(document.importNode(row, true), list.firstChild); });
            var empty = document.querySelector(".empty");
            if (empty) empty.remove();
          }
          list.dataset.newest = got[0].headers.get("X-Newest") || list.dataset.newest;
        })
        .catch(function () {})
        .then(function () { setTimeout(tick, every); });
    };
    setTimeout(tick, every);
  }
})();
