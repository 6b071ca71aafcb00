// eventwire web page: search, timeline, map, event view and "code an article".
// Plain JavaScript; the map alone uses libraries (Leaflet, its marker clusters and
// topojson-client, vendored under /static/vendor/). Every piece of data reaches the page
// as text nodes (createTextNode / textContent / setAttribute), never as HTML: Leaflet's
// icons, tooltips and popups are given elements, never strings.
"use strict";

(() => {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
  };
  const PAGE_SIZE = 50;

  // -- small DOM helpers ------------------------------------------------------------------
  const $ = (sel, root = document) => root.querySelector(sel);

  function append(node, children) {
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined || child === false) continue;
      node.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  function setAttrs(node, attrs) {
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (key.startsWith("on") && typeof value === "function") {
        node.addEventListener(key.slice(2), value);
      } else if (key === "class") {
        node.setAttribute("class", value);
      } else {
        node.setAttribute(key, value === true ? "" : String(value));
      }
    }
    return node;
  }

  /** An HTML element with attributes and children (strings become text nodes). */
  function el(tag, attrs, ...children) {
    return append(setAttrs(document.createElement(tag), attrs), children);
  }

  /** An SVG element. */
  function svg(tag, attrs, ...children) {
    return append(setAttrs(document.createElementNS(SVG_NS, tag), attrs), children);
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  const fmt = (x, digits = 1) =>
    Number.isFinite(x) ? (Math.round(x * 10 ** digits) / 10 ** digits).toString() : "—";

  // -- the API ----------------------------------------------------------------------------
  class ApiError extends Error {
    constructor(status, code, message) {
      super(message);
      this.status = status;
      this.code = code;
    }
  }

  /** Fetch a JSON answer; an error answer ({"error": {status, code, message}}) throws. */
  async function api(path, options) {
    let response;
    try {
      response = await fetch(path, options);
    } catch (err) {
      throw new ApiError(0, "network_error", `The server could not be reached (${err.message}).`);
    }
    let body = null;
    if ((response.headers.get("content-type") || "").includes("json")) {
      try {
        body = await response.json();
      } catch {
        body = null;
      }
    }
    if (!response.ok) {
      const e = body && typeof body === "object" ? body.error : null;
      if (e && typeof e === "object") {
        throw new ApiError(e.status || response.status, e.code || "error", e.message || "");
      }
      throw new ApiError(response.status, `http_${response.status}`, response.statusText || "The request failed.");
    }
    if (body === null) throw new ApiError(response.status, "bad_response", "The server did not answer with JSON.");
    return body;
  }

  function showError(err) {
    const box = $("#error");
    clear(box);
    const status = err && err.status ? ` ${err.status}` : "";
    const code = err && err.code ? err.code : "error";
    append(box, [
      el("strong", {}, `Error${status}`),
      " ",
      el("code", { class: "error-code" }, code),
      " ",
      el("span", { class: "error-message" }, (err && err.message) || String(err)),
      el("button", { type: "button", class: "dismiss", "aria-label": "Dismiss the error", onclick: hideError }, "×"),
    ]);
    box.hidden = false;
  }

  function hideError() {
    const box = $("#error");
    box.hidden = true;
    clear(box);
  }

  // -- text: offsets and highlights -------------------------------------------------------
  /** A Python offset (code points) to a JavaScript string index (UTF-16 units). */
  function unitIndex(text, codePoints) {
    if (!Number.isInteger(codePoints) || codePoints < 0) return null;
    if (!/[\uD800-\uDFFF]/.test(text)) return codePoints;
    let units = 0;
    let seen = 0;
    for (const ch of text) {
      if (seen === codePoints) break;
      units += ch.length;
      seen += 1;
    }
    return seen === codePoints ? units : null;
  }

  const escapeRegExp = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const WORD = "[\\p{L}\\p{N}_]";

  /** Where a trigger word stands as a whole word in text[from:to] ([start, end] or null);
   *  failing that, a word that begins with it ("shell" in "shelled"). */
  function findWord(text, word, from = 0, to = text.length) {
    if (!word || !word.trim()) return null;
    const hay = text.slice(from, to);
    const core = escapeRegExp(word.trim()).replace(/\s+/g, "\\s+");
    const patterns = [`(?<!${WORD})${core}(?!${WORD})`, `(?<!${WORD})${core}${WORD}*`];
    for (const pattern of patterns) {
      const m = new RegExp(pattern, "iu").exec(hay);
      if (m) return [from + m.index, from + m.index + m[0].length];
    }
    return null;
  }

  /** The evidence span of an event in `text`: its offsets when they hold the evidence
   *  sentence, else the occurrence of that sentence nearest to them (the server may have
   *  read a title or date line off the top of a pasted story). */
  function locateEvidence(text, evidence) {
    if (!evidence) return null;
    const start = unitIndex(text, evidence.start);
    const end = unitIndex(text, evidence.end);
    const sentence = evidence.text || "";
    const fits = start !== null && end !== null && start < end && end <= text.length;
    if (fits && (!sentence || text.slice(start, end) === sentence)) return [start, end];
    if (!sentence) return null;
    let best = null;
    for (let i = text.indexOf(sentence); i !== -1; i = text.indexOf(sentence, i + 1)) {
      if (best === null || Math.abs(i - (start || 0)) < Math.abs(best - (start || 0))) best = i;
    }
    if (best !== null) return [best, best + sentence.length];
    const loose = new RegExp(escapeRegExp(sentence.trim()).replace(/\s+/g, "\\s+"), "u").exec(text);
    return loose ? [loose.index, loose.index + loose[0].length] : null;
  }

  /** Merge [start, end, item] intervals that overlap into groups {start, end, items}. */
  function mergeSpans(spans) {
    const sorted = spans.slice().sort((a, b) => a.start - b.start || b.end - a.end);
    const groups = [];
    for (const s of sorted) {
      const last = groups[groups.length - 1];
      if (last && s.start < last.end) {
        last.end = Math.max(last.end, s.end);
        last.items.push(s);
      } else {
        groups.push({ start: s.start, end: s.end, items: [s] });
      }
    }
    return groups;
  }

  /** `text` as nodes, each evidence span in <mark class="evidence"> and its trigger in
   *  <mark class="trigger">. spans: [{start, end, trigger: [a, b] | null, label}];
   *  each span gets `.mark`, the element that shows it. */
  function highlighted(text, spans) {
    const frag = document.createDocumentFragment();
    let pos = 0;
    for (const group of mergeSpans(spans)) {
      frag.appendChild(document.createTextNode(text.slice(pos, group.start)));
      const labels = group.items.map((s) => s.label).filter(Boolean);
      const mark = el("mark", { class: "evidence", title: labels.join("\n") || null });
      const triggers = mergeSpans(
        group.items
          .filter((s) => s.trigger && s.trigger[0] >= group.start && s.trigger[1] <= group.end)
          .map((s) => ({ start: s.trigger[0], end: s.trigger[1] })),
      );
      let p = group.start;
      for (const t of triggers) {
        append(mark, [text.slice(p, t.start), el("mark", { class: "trigger" }, text.slice(t.start, t.end))]);
        p = t.end;
      }
      append(mark, [text.slice(p, group.end)]);
      frag.appendChild(mark);
      for (const s of group.items) s.mark = mark;
      pos = group.end;
    }
    frag.appendChild(document.createTextNode(text.slice(pos)));
    return frag;
  }

  /** A short piece of the evidence sentence around its trigger, the trigger marked. */
  function snippet(evidence, max = 160) {
    const text = (evidence && evidence.text) || "";
    const hit = findWord(text, evidence && evidence.trigger);
    let from = 0;
    let to = text.length;
    if (text.length > max) {
      const centre = hit ? Math.floor((hit[0] + hit[1]) / 2) : 0;
      from = Math.max(0, Math.min(centre - Math.floor(max / 2), text.length - max));
      to = from + max;
      // do not cut words
      if (from > 0) from = text.indexOf(" ", from) + 1 || from;
      const space = text.lastIndexOf(" ", to);
      if (to < text.length && space > from) to = space;
    }
    const parts = [from > 0 ? "… " : ""];
    if (hit && hit[0] >= from && hit[1] <= to) {
      parts.push(text.slice(from, hit[0]), el("mark", { class: "trigger" }, text.slice(hit[0], hit[1])), text.slice(hit[1], to));
    } else {
      parts.push(text.slice(from, to));
    }
    parts.push(to < text.length ? " …" : "");
    return parts;
  }

  // -- how fields read ----------------------------------------------------------------------
  function dateText(ev) {
    if (!ev.date) return "—";
    if (ev.date_precision === "year") return ev.date.slice(0, 4);
    if (ev.date_precision === "month") return ev.date.slice(0, 7);
    return ev.date;
  }

  function actorCell(actor) {
    if (!actor) return el("span", { class: "muted" }, "—");
    const label = actor.name || actor.text || "";
    return [el("code", { class: "actor-code" }, actor.code || "?"), label ? el("span", { class: "sub" }, label) : null];
  }

  function actorLine(actor) {
    if (!actor) return "none";
    const bits = [actor.code || "?"];
    if (actor.name) bits.push(actor.name);
    if (actor.text && actor.text !== actor.name) bits.push(`“${actor.text}”`);
    const where = [actor.country, actor.sector].filter(Boolean).join(", ");
    return bits.join(" — ") + (where ? ` (${where})` : "");
  }

  function placeText(loc) {
    if (!loc) return "—";
    const country = loc.country ? `, ${loc.country}` : "";
    return `${loc.name || "?"}${country}`;
  }

  function modalityBadges(m) {
    if (!m) return [];
    const badges = [];
    for (const flag of ["negated", "hypothetical", "future", "historical"]) {
      if (m[flag]) badges.push(el("span", { class: `badge badge-${flag}` }, flag));
    }
    return badges;
  }

  function reportsTitle(counts) {
    if (!counts) return null;
    const n = (x, one, many) => `${x} ${x === 1 ? one : many}`;
    return `${n(counts.mentions, "mention", "mentions")} in ${n(counts.articles, "article", "articles")} from ${n(counts.sources, "source", "sources")}`;
  }

  /** An actor's code, whether the actor is a record ({code, ...}) or a code. */
  const codeOf = (actor) => (actor && typeof actor === "object" ? actor.code : actor) || "?";

  function eventLabel(ev) {
    const to = ev.recipient ? ` → ${codeOf(ev.recipient)}` : "";
    return `${codeOf(ev.actor)} ${ev.cameo} ${ev.cameo_name || ""}${to}`;
  }

  // -- search ---------------------------------------------------------------------------------
  const state = {
    params: null, // the API query of the current search
    events: [], // every result loaded so far
    cursor: null,
    token: 0,
    series: null,
  };
  const actorNames = new Map(); // lower-case name from suggestions -> code

  const splitCodes = (value) =>
    (value || "")
      .split(/[\s,;]+/)
      .map((v) => v.trim())
      .filter(Boolean);

  /** A typed name that was suggested ("Turkey") stands for its code. */
  function codesOf(value) {
    const named = actorNames.get((value || "").trim().toLowerCase());
    return named ? [named] : splitCodes(value).map((v) => v.toUpperCase());
  }

  function searchQuery(form) {
    const f = new FormData(form);
    const p = new URLSearchParams();
    for (const name of ["actor", "recipient"]) {
      for (const code of codesOf(f.get(name))) p.append(name, code);
    }
    const type = (f.get("type") || "").trim();
    if (/^\d+$/.test(type)) p.append("code", type);
    else if (type) p.set("plover", type.toUpperCase());
    for (const c of splitCodes(f.get("country"))) p.append("country", c.toUpperCase());
    for (const name of ["from", "to"]) if (f.get(name)) p.set(name, f.get(name));
    const words = (f.get("text") || "").trim();
    if (words) p.set("text", words);
    for (const name of ["include_hypothetical", "include_historical", "include_negated"]) {
      if (f.get(name)) p.set(name, "true");
    }
    p.set("sort", f.get("sort") || "-date");
    p.set("limit", String(PAGE_SIZE));
    return p;
  }

  /** The form as the page's own URL (?actor=TUR...), so a search can be linked. */
  function rememberForm(form) {
    const keep = new URLSearchParams();
    for (const [key, value] of new FormData(form)) {
      if (typeof value === "string" && value.trim() && !(key === "sort" && value === "-date")) keep.set(key, value.trim());
    }
    const query = keep.toString();
    history.replaceState(null, "", query ? `?${query}` : location.pathname);
  }

  function restoreForm(form) {
    for (const [key, value] of new URLSearchParams(location.search)) {
      const field = form.elements.namedItem(key);
      if (!field || typeof field.type !== "string") continue;
      if (field.type === "checkbox") field.checked = Boolean(value);
      else field.value = value;
    }
  }

  async function search(form) {
    const params = searchQuery(form);
    const token = ++state.token;
    state.params = params;
    $("#results-status").textContent = "Searching…";
    $("#results").setAttribute("aria-busy", "true");
    let data;
    try {
      data = await api(`/v1/events?${params}`);
    } catch (err) {
      if (token === state.token) {
        $("#results-status").textContent = "";
        $("#results").setAttribute("aria-busy", "false");
        showError(err);
      }
      return;
    }
    if (token !== state.token) return;
    $("#results").setAttribute("aria-busy", "false");
    hideError();
    state.events = [];
    clear($("#results tbody"));
    addResults(data);
    setDownloads(params);
    loadTimeline(params);
    loadMap(params);
  }

  async function more() {
    if (!state.cursor || !state.params) return;
    const params = new URLSearchParams(state.params);
    params.set("cursor", state.cursor);
    const token = state.token;
    const button = $("#more");
    button.disabled = true;
    try {
      const data = await api(`/v1/events?${params}`);
      if (token === state.token) addResults(data);
    } catch (err) {
      showError(err);
    } finally {
      button.disabled = false;
    }
  }

  function addResults(data) {
    const events = Array.isArray(data.events) ? data.events : [];
    const body = $("#results tbody");
    for (const ev of events) body.appendChild(resultRow(ev));
    state.events.push(...events);
    state.cursor = data.next_cursor || null;
    $("#more").hidden = !state.cursor;
    const n = state.events.length;
    $("#results-status").textContent =
      n === 0
        ? "No events match this search."
        : `${n} event${n === 1 ? "" : "s"}${state.cursor ? ", more available" : ""}. Select a row to read its article.`;
    if (n === 0) body.appendChild(el("tr", { class: "empty" }, el("td", { colspan: "7" }, "No events match this search.")));
  }

  function eventCell(ev, onOpen) {
    const name = [el("code", { class: "cameo" }, ev.cameo || "?"), " ", ev.cameo_name || ""];
    const plover = ev.plover ? el("span", { class: "badge badge-plover" }, ev.plover) : null;
    const content = onOpen
      ? el("button", { type: "button", class: "link", onclick: (e) => { e.stopPropagation(); onOpen(); } }, name)
      : el("span", {}, name);
    return el("td", { class: "event-cell" }, content, " ", plover, modalityBadges(ev.modality));
  }

  function resultRow(ev) {
    const open = () => openEvent(ev);
    const counts = ev.counts || {};
    const row = el(
      "tr",
      { class: "clickable", "data-event-id": ev.event_id },
      el("td", { class: "nowrap" }, dateText(ev)),
      el("td", {}, actorCell(ev.actor)),
      eventCell(ev, open),
      el("td", {}, actorCell(ev.recipient)),
      el("td", {}, placeText(ev.location)),
      el("td", { class: "num", title: reportsTitle(counts) }, counts.mentions ?? "—"),
      el("td", { class: "evidence-cell" }, snippet(ev.evidence)),
    );
    row.addEventListener("click", () => {
      if (!window.getSelection().toString()) open();
    });
    return row;
  }

  // -- actor suggestions ------------------------------------------------------------------
  function suggest(input, list) {
    let timer = null;
    let asked = "";
    input.addEventListener("input", () => {
      clearTimeout(timer);
      timer = setTimeout(async () => {
        const q = input.value.trim();
        if (q.length < 2 || q === asked || /[\s,;]/.test(q)) return;
        asked = q;
        try {
          const data = await api(`/v1/actors?q=${encodeURIComponent(q)}`);
          if (input.value.trim() !== q) return;
          clear(list);
          for (const a of (data.actors || []).slice(0, 20)) {
            if (a.name) actorNames.set(String(a.name).toLowerCase(), a.code);
            const label = [a.name, a.kind].filter(Boolean).join(" · ");
            list.appendChild(el("option", { value: a.code, label: label || null }));
          }
        } catch (err) {
          showError(err);
        }
      }, 180);
    });
  }

  // -- timeline ---------------------------------------------------------------------------
  async function loadTimeline(params) {
    const actors = params.getAll("actor");
    const recipients = params.getAll("recipient");
    const countries = params.getAll("country");
    const q = new URLSearchParams();
    if (actors.length === 1 && recipients.length === 1) q.set("dyad", `${actors[0]}:${recipients[0]}`);
    else if (actors.length === 1) q.set("actor", actors[0]);
    else if (countries.length === 1) q.set("country", countries[0]);
    const figure = $("#timeline");
    const note = $("#timeline-note");
    if (![...q.keys()].length) {
      state.series = null;
      figure.hidden = true;
      note.hidden = false;
      note.textContent =
        actors.length > 1 || countries.length > 1
          ? "The timeline follows one actor, one actor and one recipient, or one country."
          : "Give an actor, an actor and a recipient, or a country to see events per week.";
      return;
    }
    q.set("by", "week");
    q.set("measure", $("#measure").value === "count" ? "count" : "goldstein");
    for (const name of ["from", "to"]) if (params.get(name)) q.set(name, params.get(name));
    const token = state.token;
    try {
      const data = await api(`/v1/series?${q}`);
      if (token !== state.token) return;
      state.series = data;
      drawTimeline();
    } catch (err) {
      showError(err);
    }
  }

  function niceStep(span, ticks) {
    const raw = span / Math.max(1, ticks);
    const power = 10 ** Math.floor(Math.log10(raw));
    const unit = raw / power;
    return (unit <= 1 ? 1 : unit <= 2 ? 2 : unit <= 5 ? 5 : 10) * power;
  }

  function drawTimeline() {
    const data = state.series;
    const figure = $("#timeline");
    const note = $("#timeline-note");
    const chart = clear($("#timeline-chart"));
    const table = clear($("#timeline-data"));
    if (!data) return;
    const key = $("#measure").value;
    const rows = (Array.isArray(data.rows) ? data.rows : []).filter((r) => r && r.period);
    const label = { count: "events", goldstein_mean: "Goldstein mean", goldstein_sum: "Goldstein sum" }[key];
    $("#timeline-caption").textContent = data.title || "";
    if (!rows.length) {
      figure.hidden = true;
      note.hidden = false;
      note.textContent = "No dated events for this timeline.";
      return;
    }
    figure.hidden = false;
    note.hidden = true;
    const values = rows.map((r) => (r[key] === null || r[key] === undefined ? null : Number(r[key])));
    const known = values.filter((v) => Number.isFinite(v));
    const W = 600;
    const H = 200;
    const m = { l: 44, r: 10, t: 12, b: 28 };
    let lo = Math.min(0, ...known);
    let hi = Math.max(0, ...known);
    if (hi === lo) hi = lo + 1;
    let step = niceStep(hi - lo, 4);
    if (key === "count") step = Math.max(1, Math.round(step));
    lo = Math.floor(lo / step) * step;
    hi = Math.ceil(hi / step) * step;
    // one slot per week, a bar in each: a count, or a Goldstein value above or below 0
    const slot = (W - m.l - m.r) / rows.length;
    const x = (i) => m.l + slot * (i + 0.5);
    const y = (v) => m.t + ((hi - v) * (H - m.t - m.b)) / (hi - lo);
    const chartSvg = svg("svg", {
      viewBox: `0 0 ${W} ${H}`,
      class: "chart",
      role: "img",
      "aria-labelledby": "timeline-caption",
    });
    for (let v = lo; v <= hi + step / 2; v += step) {
      const yy = y(v).toFixed(1);
      chartSvg.appendChild(svg("path", { d: `M${m.l} ${yy}H${W - m.r}`, class: Math.abs(v) < step / 1e6 ? "axis" : "grid" }));
      chartSvg.appendChild(svg("text", { x: m.l - 6, y: yy, class: "tick", "text-anchor": "end", "dominant-baseline": "middle" }, fmt(v, 2)));
    }
    chartSvg.appendChild(svg("path", { d: `M${m.l} ${m.t}V${H - m.b}`, class: "axis" }));
    const labels = Math.min(rows.length, 5);
    const labelled = new Set();
    for (let k = 0; k < labels; k += 1) labelled.add(labels === 1 ? 0 : Math.round((k * (rows.length - 1)) / (labels - 1)));
    for (const i of labelled) {
      const lx = Math.min(Math.max(x(i), m.l + 34), W - 38);
      chartSvg.appendChild(svg("text", { x: lx.toFixed(1), y: H - m.b + 17, class: "tick", "text-anchor": "middle" }, String(rows[i].period).slice(0, 10)));
    }
    const width = Math.max(1.5, Math.min(slot * 0.72, 48));
    values.forEach((v, i) => {
      if (!Number.isFinite(v)) return;
      const top = Math.min(y(v), y(0));
      const height = Math.max(Math.abs(y(v) - y(0)), v === 0 ? 0 : 1);
      const sign = key === "count" ? "" : v < 0 ? " negative" : " positive";
      chartSvg.appendChild(
        svg("rect", { x: (x(i) - width / 2).toFixed(1), y: top.toFixed(1), width: width.toFixed(1), height: height.toFixed(1), class: `bar${sign}` },
          svg("title", {}, `Week of ${rows[i].period}: ${fmt(v, 2)} ${label}`)),
      );
    });
    chart.appendChild(chartSvg);
    // the same numbers as a table, for screen readers and copying
    const columns = Array.isArray(data.columns) && data.columns.length ? data.columns : Object.keys(rows[0]);
    table.appendChild(el("thead", {}, el("tr", {}, columns.map((c) => el("th", { scope: "col" }, c)))));
    table.appendChild(el("tbody", {}, rows.map((r) => el("tr", {}, columns.map((c) => el("td", {}, r[c] === null || r[c] === undefined ? "—" : typeof r[c] === "number" ? fmt(r[c], 3) : String(r[c])))))));
  }

  // -- map ------------------------------------------------------------------------------------
  // Leaflet (vendor/leaflet) with no tiles: the land is Natural Earth's 1:50m countries
  // (vendor/world-atlas, TopoJSON) drawn as SVG paths, so the map needs no tile server and
  // no WebGL. A place with coordinates (a city) is a marker sized by its events, markers
  // that overlap are clustered (vendor/leaflet.markercluster); an event placed only in a
  // country shades that country. The map pages through the same search as the table.
  const MAP_PAGE = 500; // the API's largest page (a server with a smaller one: PAGE_SIZE)
  const MAP_MAX = 2000; // events drawn at most: the first of the search, in its order
  const PLACE_LIST_MAX = 100; // events listed at most for one place
  const WORLD = [[-56, -170], [76, 190]];

  const mapState = {
    map: null,
    clusters: null,
    countries: new Map(), // ISO3 -> {name, layers: [L.Polygon]}
    shaded: new Set(),
    places: [], // {key, kind: "place"|"country", name, country, lat, lon, events: [], marker}
    events: [],
    capped: false,
    token: 0,
    selected: null,
    bordersDrawn: false,
  };

  const plural = (n, one, many = `${one}s`) => `${n.toLocaleString("en")} ${n === 1 ? one : many}`;

  function initMap() {
    if (!window.L || !L.markerClusterGroup || !window.topojson) {
      $("#map-note").textContent = "The map's scripts did not load; the events are listed below.";
      return;
    }
    const map = L.map("map-canvas", {
      attributionControl: false, // the credits are a line of the page, under the map
      minZoom: 1,
      maxZoom: 12,
      zoomSnap: 0.5,
      worldCopyJump: false,
      maxBounds: [[-85, -240], [85, 240]],
      maxBoundsViscosity: 0.7,
      renderer: L.svg({ padding: 0.5 }),
    });
    map.fitBounds(WORLD);
    const container = map.getContainer();
    const showZoom = () => container.setAttribute("data-zoom", String(map.getZoom()));
    map.on("zoomend", showZoom);
    showZoom();
    mapState.map = map;
    mapState.clusters = L.markerClusterGroup({
      showCoverageOnHover: false,
      maxClusterRadius: 56,
      spiderfyOnMaxZoom: true,
      iconCreateFunction: clusterIcon,
    });
    map.addLayer(mapState.clusters);
    loadBorders(map).catch((err) => {
      $("#map-credit").textContent = `The country borders could not be loaded (${err.message}).`;
      mapState.bordersDrawn = true; // none will be: say so of the countries
      drawMap();
    });
  }

  async function loadBorders(map) {
    const [topology, codes] = await Promise.all([
      api("/static/vendor/world-atlas/countries-50m.json"),
      api("/static/country-codes.json"),
    ]);
    const shapes = topojson.feature(topology, topology.objects.countries);
    for (const feature of shapes.features) unwrapShape(feature.geometry);
    const layer = L.geoJSON(shapes, {
      style: () => ({ className: "country", weight: 0.6, fill: true }),
      onEachFeature: (feature, path) => {
        const name = (feature.properties && feature.properties.name) || "";
        const iso3 = (codes.ids || {})[feature.id] || (codes.names || {})[name];
        if (!iso3) return;
        path.iso3 = iso3;
        const entry = mapState.countries.get(iso3) || { name, layers: [] };
        entry.layers.push(path);
        mapState.countries.set(iso3, entry);
        path.on("click", () => {
          if (mapState.shaded.has(iso3)) selectPlace(`country:${iso3}`);
        });
      },
    });
    layer.addTo(map);
    layer.bringToBack();
    mapState.bordersDrawn = true;
    for (const [iso3, entry] of mapState.countries) {
      for (const path of entry.layers) {
        const node = path.getElement();
        if (node) node.setAttribute("data-iso3", iso3);
      }
    }
    drawMap();
  }

  /** Rings that cross the antimeridian (Russia's Chukotka, Fiji, the Aleutians) go on
   *  past 180° instead of jumping back to -180°, which would draw them across the whole
   *  world. Antarctica, which reaches the pole and rings the globe, is left as it is. */
  function unwrapShape(geometry) {
    if (!geometry) return;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.type === "MultiPolygon" ? geometry.coordinates : [];
    for (const polygon of polygons) {
      for (const ring of polygon) {
        if (ring.some(([, lat]) => lat < -89)) continue;
        let shift = 0;
        let previous = null;
        for (const point of ring) {
          const lon = point[0];
          if (previous !== null && lon - previous > 180) shift -= 360;
          else if (previous !== null && lon - previous < -180) shift += 360;
          previous = lon;
          point[0] = lon + shift;
        }
      }
    }
  }

  /** A marker's diameter in pixels for n events. */
  const markerSize = (n) => Math.round(Math.min(18 + 7 * Math.sqrt(n - 1), 60));

  function placeIcon(place) {
    const n = place.events.length;
    const d = markerSize(n);
    const box = el(
      "div",
      { "data-place": place.label, "data-events": String(n) },
      el("span", { class: "count" }, String(n)),
    );
    return L.divIcon({ html: box, className: "place-marker", iconSize: [d, d] });
  }

  function clusterIcon(cluster) {
    const markers = cluster.getAllChildMarkers();
    const n = markers.reduce((sum, m) => sum + (m.options.events || 0), 0);
    const d = markerSize(n) + 8;
    const box = el(
      "div",
      {
        title: `${plural(markers.length, "place")}, ${plural(n, "event")}: zoom in to see them`,
        "data-places": String(markers.length),
        "data-events": String(n),
      },
      el("span", { class: "count" }, String(n)),
    );
    return L.divIcon({ html: box, className: "place-cluster", iconSize: [d, d] });
  }

  /** The places of the events: points (a key per coordinate pair) and countries. */
  function groupPlaces(events) {
    const byKey = new Map();
    let unplaced = 0;
    for (const ev of events) {
      const loc = ev.location;
      const lat = loc ? Number(loc.lat) : NaN;
      const lon = loc ? Number(loc.lon) : NaN;
      const point = loc && loc.precision !== "country" && loc.lat !== null && loc.lon !== null && Number.isFinite(lat) && Number.isFinite(lon);
      let key;
      if (point) key = `point:${lat.toFixed(4)},${lon.toFixed(4)}`;
      else if (loc && typeof loc.country === "string" && /^[A-Z]{3}$/.test(loc.country)) key = `country:${loc.country}`;
      else {
        unplaced += 1;
        continue;
      }
      let place = byKey.get(key);
      if (!place) {
        const country = loc.country || "";
        place = point
          ? { key, kind: "place", name: loc.name || "?", country, lat, lon, events: [] }
          : { key, kind: "country", name: loc.country, country: loc.country, events: [] };
        byKey.set(key, place);
      }
      place.events.push(ev);
    }
    const places = [...byKey.values()];
    for (const p of places) {
      if (p.kind === "country") {
        const entry = mapState.countries.get(p.country);
        p.name = (entry && entry.name) || p.country;
        p.label = `${p.name} (the country)`;
      } else {
        p.label = p.country ? `${p.name}, ${p.country}` : p.name;
      }
    }
    places.sort((a, b) => b.events.length - a.events.length || a.label.localeCompare(b.label));
    return { places, unplaced };
  }

  /** The search's events for the map: pages of the API, up to MAP_MAX. */
  async function loadMap(params) {
    const token = ++mapState.token;
    const query = new URLSearchParams(params);
    query.delete("cursor");
    query.set("limit", String(MAP_PAGE));
    const events = [];
    let cursor = null;
    $("#map").setAttribute("aria-busy", "true");
    try {
      for (;;) {
        if (cursor) query.set("cursor", cursor);
        let data;
        try {
          data = await api(`/v1/events?${query}`);
        } catch (err) {
          if (err.status !== 422 || cursor || query.get("limit") === String(PAGE_SIZE)) throw err;
          query.set("limit", String(PAGE_SIZE)); // a server whose pages are smaller
          continue;
        }
        if (token !== mapState.token) return;
        events.push(...(Array.isArray(data.events) ? data.events : []));
        cursor = data.next_cursor || null;
        if (!cursor || events.length >= MAP_MAX) break;
      }
    } catch (err) {
      if (token === mapState.token) showError(err);
      return;
    } finally {
      if (token === mapState.token) $("#map").setAttribute("aria-busy", "false");
    }
    mapState.events = events.slice(0, MAP_MAX);
    mapState.capped = Boolean(cursor) || events.length > MAP_MAX;
    mapState.selected = null;
    drawMap();
  }

  function drawMap() {
    const map = mapState.map;
    const { places, unplaced } = groupPlaces(mapState.events);
    mapState.places = places;
    if (map) {
      mapState.clusters.clearLayers();
      const markers = [];
      for (const place of places) {
        if (place.kind !== "place") continue;
        const n = place.events.length;
        place.marker = L.marker([place.lat, place.lon], {
          icon: placeIcon(place),
          title: `${place.label}: ${plural(n, "event")}`,
          keyboard: true,
          riseOnHover: true,
          events: n,
        });
        place.marker.on("click", () => selectPlace(place.key));
        markers.push(place.marker);
      }
      mapState.clusters.addLayers(markers);
      shadeCountries(places);
    }
    const located = places.filter((p) => p.kind === "place");
    const countries = places.filter((p) => p.kind === "country");
    const count = (list) => list.reduce((sum, p) => sum + p.events.length, 0);
    const parts = [];
    if (!mapState.events.length) parts.push("No events to place");
    else parts.push(`${plural(count(located), "event")} at ${plural(located.length, "place")}`);
    // before the borders are drawn, every country counts as one the map will shade
    const drawn = (p) => !mapState.bordersDrawn || mapState.countries.has(p.country);
    const shaded = countries.filter(drawn);
    const unshaded = countries.filter((p) => !drawn(p));
    if (shaded.length) {
      parts.push(`${plural(count(shaded), "event")} placed only in a country, shaded (${shaded.map((p) => p.name).join(", ")})`);
    }
    if (unshaded.length) {
      parts.push(`${plural(count(unshaded), "event")} placed only in a country the map does not draw (${unshaded.map((p) => p.name).join(", ")}): in the list`);
    }
    if (unplaced) parts.push(`${plural(unplaced, "event")} without a place`);
    let note = `${parts.join("; ")}.`;
    if (mapState.capped) note += ` The map shows the first ${plural(mapState.events.length, "event")} of this search, in its order.`;
    if (!map) note = `The map's scripts did not load; its places are listed. ${note}`;
    $("#map-note").textContent = note;
    renderPlaceList();
  }

  function shadeCountries(places) {
    for (const iso3 of mapState.shaded) {
      for (const path of (mapState.countries.get(iso3) || { layers: [] }).layers) {
        const node = path.getElement();
        if (node) node.setAttribute("class", "country leaflet-interactive");
        path.unbindTooltip();
      }
    }
    mapState.shaded = new Set();
    for (const place of places) {
      if (place.kind !== "country") continue;
      const entry = mapState.countries.get(place.country);
      if (!entry) continue;
      const n = place.events.length;
      const level = Math.min(4, 1 + Math.floor(Math.log2(n)));
      for (const path of entry.layers) {
        const node = path.getElement();
        if (node) node.setAttribute("class", `country leaflet-interactive shaded shade-${level}`);
        path.bindTooltip(el("span", {}, `${place.label}: ${plural(n, "event")} placed only in the country`), { sticky: true });
      }
      mapState.shaded.add(place.country);
    }
  }

  /** The places on the map as a list (every marker and shaded country, for keyboards and
   *  screen readers), or the events of the selected one. */
  function renderPlaceList() {
    const box = clear($("#map-detail"));
    const place = mapState.places.find((p) => p.key === mapState.selected);
    for (const node of document.querySelectorAll("#map .place-marker.selected")) node.classList.remove("selected");
    if (!place) {
      if (!mapState.places.length) return;
      append(box, [
        el("h3", { id: "map-detail-title" }, "Places"),
        el("ul", { class: "places" }, mapState.places.map((p) =>
          el("li", {}, el("button", { type: "button", class: "link", onclick: () => selectPlace(p.key, true) }, p.label), el("span", { class: "muted" }, ` ${plural(p.events.length, "event")}`)))),
      ]);
      return;
    }
    if (place.marker && place.marker.getElement()) place.marker.getElement().classList.add("selected");
    const shown = place.events.slice(0, PLACE_LIST_MAX);
    append(box, [
      el("h3", { id: "map-detail-title", tabindex: "-1" }, `${place.label}: ${plural(place.events.length, "event")}`),
      place.kind === "country" ? el("p", { class: "note" }, "Placed only in the country: the story names no town.") : null,
      el("ul", { class: "place-events" }, shown.map((ev) =>
        el("li", {}, el("button", { type: "button", class: "link", "data-event-id": ev.event_id, onclick: () => openEvent(ev) },
          el("span", { class: "nowrap" }, dateText(ev)), " ", el("code", {}, codeOf(ev.actor)), " ", el("code", { class: "cameo" }, ev.cameo || "?"), ` ${ev.cameo_name || ""}`,
          ev.recipient ? [" → ", el("code", {}, codeOf(ev.recipient))] : null)))),
      place.events.length > shown.length ? el("p", { class: "note" }, `and ${plural(place.events.length - shown.length, "more event")}: narrow the search to list them.`) : null,
      el("button", { type: "button", class: "link", onclick: () => selectPlace(null) }, "All places"),
    ]);
  }

  /** Show the events of a place (a key of mapState.places; null: the list of places);
   *  from the list, the map also goes to it. */
  function selectPlace(key, reveal = false) {
    mapState.selected = key;
    renderPlaceList();
    const place = mapState.places.find((p) => p.key === key);
    if (!place) return;
    const title = $("#map-detail-title");
    if (title && reveal) title.focus({ preventScroll: true });
    if (!reveal || !mapState.map) return;
    if (place.marker) {
      mapState.clusters.zoomToShowLayer(place.marker, () => {
        const node = place.marker.getElement();
        if (node) node.classList.add("selected");
      });
    } else {
      const entry = mapState.countries.get(place.country);
      if (entry) mapState.map.fitBounds(L.featureGroup(entry.layers).getBounds(), { maxZoom: 6 });
    }
  }

  /** Zoom to every marker and shaded country of the search (the whole world: none). */
  function fitToEvents() {
    const map = mapState.map;
    if (!map) return;
    let bounds = null;
    const extend = (b) => {
      if (!b || !b.isValid()) return;
      bounds = bounds ? bounds.extend(b) : L.latLngBounds(b.getSouthWest(), b.getNorthEast());
    };
    for (const place of mapState.places) {
      if (place.kind === "place") extend(L.latLngBounds([place.lat, place.lon], [place.lat, place.lon]));
      else {
        const entry = mapState.countries.get(place.country);
        if (entry) extend(L.featureGroup(entry.layers).getBounds());
      }
    }
    if (bounds) map.fitBounds(bounds, { padding: [36, 36], maxZoom: 7 });
    else map.fitBounds(WORLD);
  }

  // -- downloads --------------------------------------------------------------------------
  /** The links that download the current search, as CSV and as JSONL. */
  function setDownloads(params) {
    const query = new URLSearchParams(params);
    query.delete("limit");
    query.delete("cursor");
    const q = query.toString();
    for (const fmt of ["csv", "jsonl"]) {
      $(`#download-${fmt}`).setAttribute("href", `/v1/events.${fmt}${q ? `?${q}` : ""}`);
    }
    $("#downloads").hidden = false;
  }

  // -- one event --------------------------------------------------------------------------
  let eventToken = 0;

  function field(dl, name, ...value) {
    dl.appendChild(el("dt", {}, name));
    dl.appendChild(el("dd", {}, value));
  }

  function renderFields(ev) {
    const dl = clear($("#event-fields"));
    field(dl, "Event", el("code", {}, ev.cameo), " ", ev.cameo_name || "", ev.cameo_root ? el("span", { class: "sub" }, `CAMEO root ${ev.cameo_root}`) : null);
    field(dl, "PLOVER", ev.plover || "none (a statement)");
    field(dl, "QuadClass", ev.quad_class ? `${ev.quad_class} — ${QUAD_NAMES[ev.quad_class] || "?"}` : "—");
    field(dl, "Goldstein", Number.isFinite(ev.goldstein) ? (ev.goldstein > 0 ? "+" : "") + fmt(ev.goldstein) : "—");
    field(dl, "Actor", actorLine(ev.actor));
    field(dl, "Recipient", actorLine(ev.recipient));
    const m = ev.modality || {};
    const flags = ["negated", "hypothetical", "future", "historical"].filter((f) => m[f]);
    field(dl, "Modality", flags.length ? flags.join(", ") : "asserted", m.reported_by ? el("span", { class: "sub" }, `reported by ${m.reported_by}`) : null);
    field(dl, "Date", ev.date || "none", ev.date_precision ? el("span", { class: "sub" }, `precision: ${ev.date_precision}`) : null);
    const loc = ev.location;
    if (loc) {
      const coords = Number.isFinite(loc.lat) && Number.isFinite(loc.lon) ? `${fmt(loc.lat, 3)}, ${fmt(loc.lon, 3)}` : "no coordinates";
      const extra = [loc.precision ? `precision: ${loc.precision}` : null, loc.geonameid ? `GeoNames ${loc.geonameid}` : null].filter(Boolean).join(" · ");
      field(dl, "Location", placeText(loc), el("span", { class: "sub" }, coords + (extra ? ` · ${extra}` : "")));
    } else {
      field(dl, "Location", "none");
    }
    const c = ev.counts || {};
    field(dl, "Reports", `${c.mentions ?? "?"} mentions, ${c.sources ?? "?"} sources, ${c.articles ?? "?"} articles`);
    const evid = ev.evidence || {};
    field(dl, "Rule", el("code", {}, evid.rule || "?"), evid.trigger ? el("span", { class: "sub" }, `trigger: ${evid.trigger}`) : null);
    if (Number.isFinite(ev.confidence)) field(dl, "Confidence", fmt(ev.confidence, 2));
    const mentions = Array.isArray(ev.mentions) ? ev.mentions : [];
    if (mentions.length) {
      const read = (mm) => openEvent({ event_id: ev.event_id, article_id: mm.article_id });
      field(dl, "Mentions", el("ul", { class: "mentions" }, mentions.map((mm) =>
        el("li", {}, el("button", { type: "button", class: "link", title: "Read this article", onclick: () => read(mm) }, el("code", {}, mm.article_id)), `, sentence ${mm.sentence}`))));
    }
    field(dl, "Event id", el("code", { class: "id" }, ev.event_id));
  }

  /** The article with every sentence of it that states the event highlighted (the
   *  event's own evidence first, its trigger marked); returns the mark to show. */
  function renderArticle(article, ev) {
    $("#article-title").textContent = article.title || "(untitled article)";
    const meta = clear($("#article-meta"));
    const bits = [article.published, article.source].filter(Boolean);
    append(meta, [bits.join(" · ")]);
    if (article.url && /^https?:\/\//i.test(article.url)) {
      append(meta, [bits.length ? " · " : "", el("a", { href: article.url, rel: "noopener noreferrer nofollow", target: "_blank" }, "original")]);
    }
    const text = article.text || "";
    const events = Array.isArray(article.events) ? article.events : [];
    const label = eventLabel(ev);
    const spans = [];
    for (const own of events.filter((e) => e.event_id === ev.event_id)) {
      const start = unitIndex(text, own.start);
      const end = unitIndex(text, own.end);
      if (start === null || end === null || start >= end || end > text.length) continue;
      let trigger = null;
      if (Number.isInteger(own.trigger_start) && Number.isInteger(own.trigger_end)) {
        trigger = [unitIndex(text, own.trigger_start), unitIndex(text, own.trigger_end)];
        if (trigger.includes(null)) trigger = null;
      }
      spans.push({ start, end, trigger, label });
    }
    if (!spans.length && article.article_id === ev.article_id) {
      // no offsets from the server: find the evidence sentence and its trigger word
      const where = locateEvidence(text, ev.evidence);
      if (where) {
        const trigger = findWord(text, ev.evidence && ev.evidence.trigger, where[0], where[1]);
        spans.push({ start: where[0], end: where[1], trigger, label });
      }
    }
    const box = clear($("#article-text"));
    box.appendChild(highlighted(text, spans));
    // the event's own report first: the mention whose offsets are its evidence's
    const evidence = ev.evidence || {};
    const main =
      spans.find((s) => article.article_id === ev.article_id && s.start === unitIndex(text, evidence.start)) ||
      spans.find((s) => s.trigger) ||
      spans[0];
    const others = new Map();
    for (const o of events) if (o.event_id !== ev.event_id && !others.has(o.event_id)) others.set(o.event_id, o);
    if (others.size) {
      box.appendChild(el("h4", {}, "Other events in this article"));
      box.appendChild(
        el("ul", { class: "others" }, [...others.values()].map((o) =>
          el("li", {}, el("button", {
            type: "button",
            class: "link",
            onclick: () => openEvent({ event_id: o.event_id, article_id: article.article_id }),
          }, `${codeOf(o.actor)} `, el("code", {}, o.cameo || "?"), ` ${o.cameo_name || ""}${o.recipient ? ` → ${codeOf(o.recipient)}` : ""}`)))),
      );
    }
    return main ? main.mark : null;
  }

  async function openEvent(ev) {
    const token = ++eventToken;
    const section = $("#event");
    section.hidden = false;
    $("#event-title").textContent = "Event — loading…";
    for (const row of document.querySelectorAll("#results tr.selected")) row.classList.remove("selected");
    for (const row of document.querySelectorAll("#results tr[data-event-id]")) {
      if (row.getAttribute("data-event-id") === ev.event_id) row.classList.add("selected");
    }
    let record;
    let article;
    try {
      [record, article] = await Promise.all([
        api(`/v1/events/${encodeURIComponent(ev.event_id)}`),
        api(`/v1/articles/${encodeURIComponent(ev.article_id)}`),
      ]);
    } catch (err) {
      if (token === eventToken) {
        $("#event-title").textContent = "Event";
        showError(err);
      }
      return;
    }
    if (token !== eventToken) return;
    hideError();
    $("#event-title").textContent = `Event: ${eventLabel(record)}`;
    renderFields(record);
    const mark = renderArticle(article, record);
    $("#event-title").focus({ preventScroll: true });
    section.scrollIntoView({ block: "start" });
    if (mark) mark.scrollIntoView({ block: "nearest" });
  }

  // -- code an article --------------------------------------------------------------------
  async function codeArticle(form) {
    const f = new FormData(form);
    const text = String(f.get("text") || "");
    if (!text.trim()) return;
    const body = { text, store: false };
    const title = String(f.get("title") || "").trim();
    const date = String(f.get("date") || "");
    if (title) body.title = title;
    if (date) body.date = date;
    const status = $("#code-status");
    const button = form.querySelector("button[type=submit]");
    button.disabled = true;
    $("#code-result").hidden = false;
    status.textContent = "Coding…";
    let data;
    try {
      data = await api("/v1/code", {
        method: "POST",
        headers: { "Content-Type": "application/json", Accept: "application/json" },
        body: JSON.stringify(body),
      });
    } catch (err) {
      status.textContent = "";
      showError(err);
      return;
    } finally {
      button.disabled = false;
    }
    hideError();
    const events = Array.isArray(data.events) ? data.events : [];
    const spans = [];
    const rows = clear($("#code-events tbody"));
    for (const ev of events) {
      const where = locateEvidence(text, ev.evidence);
      const span = where
        ? { start: where[0], end: where[1], trigger: findWord(text, ev.evidence && ev.evidence.trigger, where[0], where[1]), label: eventLabel(ev) }
        : null;
      if (span) spans.push(span);
      const row = el(
        "tr",
        { class: span ? "clickable" : null },
        el("td", { class: "nowrap" }, dateText(ev)),
        el("td", {}, actorCell(ev.actor)),
        eventCell(ev, span ? () => showSpan(span) : null),
        el("td", {}, actorCell(ev.recipient)),
        el("td", {}, placeText(ev.location)),
        el("td", {}, (ev.evidence && ev.evidence.trigger) || "—"),
        el("td", { class: "evidence-cell" }, snippet(ev.evidence)),
      );
      if (span) row.addEventListener("click", () => showSpan(span));
      rows.appendChild(row);
    }
    if (!events.length) rows.appendChild(el("tr", { class: "empty" }, el("td", { colspan: "7" }, "No events found in this text.")));
    clear($("#code-text")).appendChild(highlighted(text, spans));
    const n = events.length;
    status.textContent = `${n} event${n === 1 ? "" : "s"} found${data.stored ? " and stored" : ""}. Select a row to find its sentence.`;
  }

  function showSpan(span) {
    for (const m of document.querySelectorAll("#code-text mark.current")) m.classList.remove("current");
    if (!span.mark) return;
    span.mark.classList.add("current");
    span.mark.scrollIntoView({ block: "center" });
  }

  // -- wiring -----------------------------------------------------------------------------
  function start() {
    const form = $("#search");
    restoreForm(form);
    form.addEventListener("submit", (e) => {
      e.preventDefault();
      rememberForm(form);
      search(form);
    });
    form.addEventListener("reset", () => {
      setTimeout(() => {
        rememberForm(form);
        search(form);
      }, 0);
    });
    suggest(form.elements.namedItem("actor"), $("#actor-list"));
    suggest(form.elements.namedItem("recipient"), $("#recipient-list"));
    $("#more").addEventListener("click", more);
    $("#measure").addEventListener("change", () => {
      if (state.params) loadTimeline(state.params);
    });
    $("#map-fit").addEventListener("click", fitToEvents);
    $("#map-world").addEventListener("click", () => {
      if (mapState.map) mapState.map.fitBounds(WORLD);
    });
    $("#event-close").addEventListener("click", () => {
      $("#event").hidden = true;
      for (const row of document.querySelectorAll("#results tr.selected")) row.classList.remove("selected");
      $("#results-title").focus();
    });
    const codeForm = $("#code-form");
    codeForm.addEventListener("submit", (e) => {
      e.preventDefault();
      codeArticle(codeForm);
    });
    initMap();
    search(form);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
