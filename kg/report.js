/* kg report: draws the stance network and the timeline from window.KG_REPORT (assets/data.js)
   and marks the characters a document page's #char=S,E names (RFC 5147).
   kg's own code, no library and nothing from the network: the report opens from file://. */
(function () {
  "use strict";
  var SVG = "http://www.w3.org/2000/svg";
  var COLORS = { Negative: "#c62828", Positive: "#2e7d32", Neutral: "#90a4ae", mixed: "#7b1fa2", event: "#f2a900" };
  var WORDS = { Negative: "critical", Positive: "supportive", Neutral: "neutral" };
  var POLARITIES = ["Negative", "Positive", "Neutral"];
  var MOST_ARROWS = 150; // without ?min=, the least count that keeps the picture readable
  var D = window.KG_REPORT;

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs || {}).forEach(function (key) { node.setAttribute(key, attrs[key]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function titled(node, words) {
    el("title", {}, node).textContent = words;
    return node;
  }

  function linked(href, parent) {
    var a = el("a", {}, parent);
    if (href) a.setAttribute("href", href);
    return a;
  }

  function setText(id, value) {
    var node = document.getElementById(id);
    if (node) node.textContent = String(value);
  }

  function typeClass(type) {
    return { Person: "person", Organization: "organization", Country: "country", Place: "place" }[type] || "other";
  }

  /* ------------------------------------------------------------------ filters */

  function filtersFromUrl(defaults) {
    var q = new URLSearchParams(window.location.search);
    var polarities = q.getAll("polarity");
    var dated = q.has("from") || q.has("to");
    return {
      outlet: q.get("outlet") || "",
      from: dated ? q.get("from") || "" : defaults.from || "",
      to: dated ? q.get("to") || "" : defaults.to || "",
      polarities: new Set(polarities.length ? polarities : defaults.polarities),
      min: q.get("min") ? Math.max(1, parseInt(q.get("min"), 10) || 1) : null
    };
  }

  function filtersFromForm(form) {
    var polarities = [];
    form.querySelectorAll('input[name="polarity"]').forEach(function (box) { if (box.checked) polarities.push(box.value); });
    var min = form.elements.min ? parseInt(form.elements.min.value, 10) : NaN;
    return {
      outlet: form.elements.outlet.value,
      from: form.elements.from.value,
      to: form.elements.to.value,
      polarities: new Set(polarities),
      min: isNaN(min) ? null : Math.max(1, min)
    };
  }

  function showFilters(form, f) {
    form.elements.outlet.value = f.outlet;
    form.elements.from.value = f.from;
    form.elements.to.value = f.to;
    form.querySelectorAll('input[name="polarity"]').forEach(function (box) { box.checked = f.polarities.has(box.value); });
  }

  function filtersToUrl(f) {
    var q = new URLSearchParams();
    if (f.outlet) q.set("outlet", f.outlet);
    q.set("from", f.from); // even empty: an empty From or To is a choice, not the default window
    q.set("to", f.to);
    f.polarities.forEach(function (p) { q.append("polarity", p); });
    if (f.min !== null) q.set("min", String(f.min));
    var query = q.toString();
    try {
      window.history.replaceState(null, "", query ? "?" + query : window.location.pathname);
    } catch (e) { /* some browsers refuse replaceState on file:// */ }
  }

  function setUpFilters(draw, defaults) {
    var form = document.getElementById("filters");
    var select = form.elements.outlet;
    D.outlets.forEach(function (outlet) {
      var option = document.createElement("option");
      option.value = outlet;
      option.textContent = outlet;
      select.appendChild(option);
    });
    var f = filtersFromUrl(defaults);
    showFilters(form, f);
    draw(f, form);
    function redraw() {
      var changed = filtersFromForm(form);
      filtersToUrl(changed);
      draw(changed, form);
    }
    form.addEventListener("change", redraw);
    form.addEventListener("submit", function (event) { event.preventDefault(); redraw(); });
    form.addEventListener("reset", function () {
      window.setTimeout(function () {  // after the form has reset its fields: then show everything
        if (form.elements.min) form.elements.min.value = "";
        form.elements.from.value = "";
        form.elements.to.value = "";
        form.querySelectorAll('input[name="polarity"]').forEach(function (box) { box.checked = true; });
        redraw();
      }, 0);
    });
  }

  function inPeriod(st, f) {
    if (!f.from && !f.to) return true;
    if (!st.from) return false;
    if (f.from && st.to < f.from) return false;
    if (f.to && st.from > f.to) return false;
    return true;
  }

  function inView(st, f) {
    return (!f.outlet || st.outlet === f.outlet) && inPeriod(st, f);
  }

  function label(key) {
    var actor = D.actors[key];
    return actor ? actor.label : key;
  }

  function page(key, up) {
    var actor = D.actors[key];
    return actor ? (up || "") + actor.page : "";
  }

  /* ------------------------------------------------------------------ network */

  function arrowsInView(f) {
    var arrows = {};
    D.statements.forEach(function (st) {
      if (!inView(st, f)) return;
      st.stances.forEach(function (stance) {
        var target = stance[0], polarity = stance[1];
        if (!f.polarities.has(polarity)) return;
        var key = st.speaker + "\u0000" + target + "\u0000" + polarity;
        var arrow = arrows[key] || (arrows[key] = { speaker: st.speaker, target: target, polarity: polarity, statements: [], outlets: {} });
        arrow.statements.push(st);
        arrow.outlets[st.outlet] = true;
      });
    });
    return Object.keys(arrows).sort().map(function (key) { return arrows[key]; });
  }

  function leastCount(arrows) {
    var counts = arrows.map(function (a) { return a.statements.length; }).sort(function (a, b) { return b - a; });
    if (counts.length <= MOST_ARROWS) return 1;
    return counts[MOST_ARROWS - 1] + (counts[MOST_ARROWS - 1] === counts[MOST_ARROWS] ? 1 : 0);
  }

  function drawNetwork(f, form) {
    var all = arrowsInView(f);
    var min = f.min === null ? leastCount(all) : f.min;
    if (form.elements.min) form.elements.min.value = String(min);
    var arrows = all.filter(function (a) { return a.statements.length >= min; });
    var nodes = {}, statements = {};
    arrows.forEach(function (a) {
      nodes[a.speaker] = (nodes[a.speaker] || 0) + a.statements.length;
      nodes[a.target] = (nodes[a.target] || 0) + a.statements.length;
      a.statements.forEach(function (st) { statements[st.id] = true; });
    });
    var keys = Object.keys(nodes).sort();
    setText("count-actors", keys.length);
    setText("count-edges", arrows.length);
    setText("count-statements", Object.keys(statements).length);
    setText("count-hidden", all.length > arrows.length ? "(" + (all.length - arrows.length) + " arrows with fewer than " + min + " statements hidden)" : "");
    var holder = document.getElementById("network");
    holder.textContent = "";
    document.getElementById("empty").hidden = arrows.length > 0;
    if (!arrows.length) return;

    var W = 1100, H = 720, PAD = 70;
    var xs = keys.map(function (k) { return D.actors[k] ? D.actors[k].x : 0.5; });
    var ys = keys.map(function (k) { return D.actors[k] ? D.actors[k].y : 0.5; });
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    function px(k) { var a = D.actors[k]; return x1 > x0 ? PAD + ((a ? a.x : 0.5) - x0) / (x1 - x0) * (W - 2 * PAD) : W / 2; }
    function py(k) { var a = D.actors[k]; return y1 > y0 ? PAD + ((a ? a.y : 0.5) - y0) / (y1 - y0) * (H - 2 * PAD) : H / 2; }
    // sizes relative to the largest in view, so that a large corpus does not fill the picture
    var most = Math.max.apply(null, keys.map(function (k) { return nodes[k]; }));
    var widest = Math.max.apply(null, arrows.map(function (a) { return a.statements.length; }));
    function radius(k) { return 5 + 17 * Math.sqrt(nodes[k] / most); }

    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, "class": "network", "data-nodes": keys.length, "data-edges": arrows.length }, holder);
    var defs = el("defs", {}, svg);
    POLARITIES.forEach(function (p) {
      var marker = el("marker", { id: "arrow-" + p, viewBox: "0 0 10 10", refX: "9", refY: "5", markerWidth: "9", markerHeight: "9",
        markerUnits: "userSpaceOnUse", orient: "auto" }, defs);
      el("path", { d: "M0,0 L10,5 L0,10 z", fill: COLORS[p] }, marker);
    });
    var edgeLayer = el("g", { "class": "edges" }, svg);
    var nodeLayer = el("g", { "class": "nodes" }, svg);
    var bends = {};
    arrows.forEach(function (a) {
      var pair = a.speaker + "\u0000" + a.target;
      var nth = bends[pair] = (bends[pair] || 0) + 1;
      var count = a.statements.length;
      var width = 1.2 + 9 * Math.sqrt((count - 1) / Math.max(1, widest - 1));
      var link = linked(page(a.speaker), edgeLayer);
      var path = el("path", { "class": "edge " + a.polarity.toLowerCase(), d: curve(a, nth), stroke: COLORS[a.polarity],
        "stroke-width": width.toFixed(2), fill: "none", "marker-end": "url(#arrow-" + a.polarity + ")",
        "data-speaker": a.speaker, "data-target": a.target, "data-polarity": a.polarity, "data-count": count }, link);
      titled(path, label(a.speaker) + " → " + label(a.target) + ": " + count + " " + WORDS[a.polarity] +
        (count === 1 ? " statement" : " statements") + ", reported by " + Object.keys(a.outlets).sort().join(", "));
    });
    keys.forEach(function (k) {
      var actor = D.actors[k] || { label: k, type: "" };
      var link = linked(page(k), nodeLayer);
      var g = el("g", { "class": "node " + typeClass(actor.type), "data-actor": k, "data-statements": nodes[k],
        transform: "translate(" + px(k).toFixed(1) + "," + py(k).toFixed(1) + ")" }, link);
      titled(el("circle", { r: radius(k).toFixed(1) }, g), actor.label + ": " + nodes[k] + " stances shown");
      var right = px(k) + radius(k) + 3 + 7.5 * actor.label.length > W; // a name that would leave the picture goes left of its circle
      el("text", { x: ((radius(k) + 3) * (right ? -1 : 1)).toFixed(1), y: "4", "text-anchor": right ? "end" : "start" }, g).textContent = actor.label;
    });

    function curve(a, nth) {
      var xa = px(a.speaker), ya = py(a.speaker), xb = px(a.target), yb = py(a.target);
      if (a.speaker === a.target) {
        var r = radius(a.speaker) + 10 * nth;
        return "M" + xa + "," + (ya - radius(a.speaker)) + " c" + (-r) + "," + (-2 * r) + " " + r + "," + (-2 * r) + " 0.1,0";
      }
      var dx = xb - xa, dy = yb - ya, len = Math.max(1, Math.sqrt(dx * dx + dy * dy));
      var bend = 10 + 16 * (nth - 1); // to the right of the direction: a -> b and b -> a never overlap
      var cx = (xa + xb) / 2 - dy / len * bend, cy = (ya + yb) / 2 + dx / len * bend;
      var sa = shorten(xa, ya, cx, cy, radius(a.speaker)), sb = shorten(xb, yb, cx, cy, radius(a.target) + 2);
      return "M" + sa[0].toFixed(1) + "," + sa[1].toFixed(1) + " Q" + cx.toFixed(1) + "," + cy.toFixed(1) + " " + sb[0].toFixed(1) + "," + sb[1].toFixed(1);
    }
  }

  function shorten(x, y, tx, ty, by) {
    var dx = tx - x, dy = ty - y, len = Math.max(1, Math.sqrt(dx * dx + dy * dy));
    return [x + dx / len * by, y + dy / len * by];
  }

  /* ------------------------------------------------------------------ timeline */

  function day(iso) { return Date.parse(iso + "T00:00:00Z") / 86400000; }

  function statementColor(st) {
    var seen = {};
    st.stances.forEach(function (s) { seen[s[1]] = true; });
    if (seen.Negative && seen.Positive) return COLORS.mixed;
    if (seen.Negative) return COLORS.Negative;
    if (seen.Positive) return COLORS.Positive;
    return COLORS.Neutral;
  }

  function statementPolarities(st) {
    return st.stances.length ? st.stances.map(function (s) { return s[1]; }) : ["Neutral"];
  }

  function drawTimeline(f) {
    var undated = 0, outside = 0, statements = [], events = [];
    D.statements.forEach(function (st) {
      if (f.outlet && st.outlet !== f.outlet) return;
      if (!statementPolarities(st).some(function (p) { return f.polarities.has(p); })) return;
      if (!st.from) undated += 1;
      else if (inPeriod(st, f)) statements.push(st);
      else outside += 1;
    });
    D.events.forEach(function (ev) {
      if (!ev.from || (f.outlet && ev.outlet !== f.outlet)) return;
      if (inPeriod(ev, f)) events.push(ev); else outside += 1;
    });
    setText("count-timeline-statements", statements.length);
    setText("count-timeline-events", events.length);
    var notShown = [];
    if (outside) notShown.push(outside + " dated outside From–To (clear them to see all)");
    if (undated) notShown.push(undated + " undated statements");
    setText("count-undated", notShown.length ? "· not shown: " + notShown.join(", ") : "");
    var holder = document.getElementById("timeline");
    holder.textContent = "";
    var items = statements.concat(events);
    document.getElementById("empty").hidden = items.length > 0;
    if (!items.length) return;

    var lanes = Object.keys(items.reduce(function (seen, it) { seen[it.outlet] = true; return seen; }, {})).sort();
    var t0 = Math.min.apply(null, items.map(function (it) { return day(it.from); }));
    var t1 = Math.max.apply(null, items.map(function (it) { return day(it.to) + 1; }));
    if (f.from) t0 = Math.max(t0, day(f.from)); // an event whose period began earlier starts at the edge
    if (f.to) t1 = Math.min(t1, day(f.to) + 1);
    if (t1 - t0 < 30) { t0 -= 15; t1 += 15; }
    var LEFT = 190, RIGHT = 70, TOP = 34, LANE = 100, W = 1100, H = TOP + LANE * lanes.length + 10;
    function x(d) { return LEFT + (d - t0) / (t1 - t0) * (W - LEFT - RIGHT); }
    var svg = el("svg", { viewBox: "0 0 " + W + " " + H, "class": "timeline", "data-statements": statements.length, "data-events": events.length }, holder);
    ticks(svg, t0, t1, x, TOP, H);
    lanes.forEach(function (outlet, i) {
      var top = TOP + i * LANE;
      el("rect", { x: 0, y: top, width: W, height: LANE, "class": i % 2 ? "lane odd" : "lane" }, svg);
      var name = el("text", { x: 8, y: top + LANE / 2 + 4, "class": "lane-label" }, svg);
      name.textContent = outlet.length > 26 ? outlet.slice(0, 25) + "…" : outlet;
      titled(name, outlet);
      waffles(statements.filter(function (st) { return st.outlet === outlet; }), x, top + 6).forEach(function (cell) {
        var link = linked(cell.st.href, svg);
        var square = el("rect", { "class": "statement", x: cell.x.toFixed(1), y: cell.y.toFixed(1), width: 7, height: 7,
          fill: statementColor(cell.st), "data-id": cell.st.id }, link);
        titled(square, label(cell.st.speaker) + " (" + cell.st.outlet + ", " + (cell.st.date || "") + "): “" + cell.st.text + "”");
      });
      var eventRows = [];
      events.filter(function (ev) { return ev.outlet === outlet; }).forEach(function (ev) {
        var xa = Math.max(LEFT, x(day(ev.from))), xb = Math.max(xa + 4, Math.min(W - RIGHT, x(day(ev.to) + 1)));
        var row = place(eventRows, xa, 0, 2, xb);
        var bar = el("rect", { "class": "event", x: xa.toFixed(1), y: top + LANE - 26 + row * 7, width: (xb - xa).toFixed(1), height: 6, "data-id": ev.id }, svg);
        titled(bar, (ev.label || ev.type) + " (" + ev.type + ", " + ev.date + ")");
      });
    });
  }

  function newsWindow() {
    // by default the timeline shows the year before the first publication up to the last one:
    // the news, not the history its articles recall (clear From or To to see that too)
    var dates = Object.keys(D.documents).map(function (k) { return D.documents[k].date; }).filter(Boolean).sort();
    if (!dates.length) return { polarities: POLARITIES };
    var first = new Date(Date.parse(dates[0].slice(0, 10) + "T00:00:00Z"));
    first.setUTCFullYear(first.getUTCFullYear() - 1);
    var last = periodEnd(dates[dates.length - 1]);
    return { polarities: POLARITIES, from: first.toISOString().slice(0, 10), to: last };
  }

  function periodEnd(value) {
    // the last day an xsd:date, gYearMonth or gYear covers
    var parts = value.slice(0, 10).split("-").map(Number);
    if (parts.length === 1) return parts[0] + "-12-31";
    if (parts.length === 2) return new Date(Date.UTC(parts[0], parts[1], 0)).toISOString().slice(0, 10);
    return value.slice(0, 10);
  }

  var RANK = {};
  RANK[COLORS.Negative] = 0; RANK[COLORS.mixed] = 1; RANK[COLORS.Positive] = 2; RANK[COLORS.Neutral] = 3;

  function waffles(statements, x, top) {
    // one square per statement; the statements of one day stack in columns of eight from the day's
    // place on, critical first, so a day with sixty statements shows sixty squares
    var days = {};
    statements.forEach(function (st) {
      var at = Math.round(x((day(st.from) + day(st.to) + 1) / 2));
      (days[at] = days[at] || []).push(st);
    });
    var cells = [];
    Object.keys(days).forEach(function (at) {
      days[at].sort(function (a, b) { return RANK[statementColor(a)] - RANK[statementColor(b)] || (a.id < b.id ? -1 : 1); });
      days[at].forEach(function (st, i) {
        cells.push({ st: st, x: Number(at) + Math.floor(i / 8) * 8, y: top + (i % 8) * 8 });
      });
    });
    return cells;
  }

  function place(rows, start, gap, most, end) {
    // the first row whose last item ends before start (else the last row): dots and bars stack instead of hiding each other
    for (var r = 0; r < most; r += 1) {
      if (rows[r] === undefined || rows[r] + gap <= start) { rows[r] = end === undefined ? start : end; return r; }
    }
    return most;
  }

  function ticks(svg, t0, t1, x, top, bottom) {
    var first = new Date(t0 * 86400000), last = new Date(t1 * 86400000);
    var months = (last.getUTCFullYear() - first.getUTCFullYear()) * 12 + last.getUTCMonth() - first.getUTCMonth();
    var every = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200].filter(function (m) { return months / m <= 12; })[0] || 1200;
    var startYear = every >= 12 ? Math.floor(first.getUTCFullYear() / (every / 12)) * (every / 12) : first.getUTCFullYear();
    var d = new Date(Date.UTC(startYear, every >= 12 ? 0 : first.getUTCMonth() - first.getUTCMonth() % every, 1));
    while (d.getTime() / 86400000 <= t1) {
      var at = d.getTime() / 86400000;
      if (at >= t0) {
        var tx = x(at);
        el("line", { x1: tx, x2: tx, y1: top - 6, y2: bottom, "class": "tick" }, svg);
        var words = every >= 12 ? String(d.getUTCFullYear()) : d.toISOString().slice(0, 7);
        el("text", { x: tx + 3, y: top - 10, "class": "tick-label" }, svg).textContent = words;
      }
      d = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + every, 1));
    }
  }

  /* ------------------------------------------------------------------ document pages */

  function markCharacters() {
    document.querySelectorAll("#text .hit").forEach(function (piece) { piece.classList.remove("hit"); });
    var found = /^#char=(\d+),(\d+)$/.exec(window.location.hash);
    if (!found) return;
    var start = parseInt(found[1], 10), end = parseInt(found[2], 10), first = null;
    document.querySelectorAll("#text .said").forEach(function (piece) {
      if (parseInt(piece.dataset.a, 10) >= start && parseInt(piece.dataset.b, 10) <= end) {
        piece.classList.add("hit");
        first = first || piece;
      }
    });
    if (first) first.scrollIntoView({ block: "center" });
  }

  var kind = document.body.getAttribute("data-page");
  // the network shows who criticizes and who supports whom; neutral mentions are one tick away
  if (kind === "network") setUpFilters(drawNetwork, { polarities: ["Negative", "Positive"] });
  if (kind === "timeline") setUpFilters(drawTimeline, newsWindow());
  if (kind === "document") {
    window.addEventListener("hashchange", markCharacters);
    markCharacters();
  }
})();
