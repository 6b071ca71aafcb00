// eventwire web page: search, timeline, map, event view and "code an article".
// Plain JavaScript, no libraries. Every piece of data reaches the page as text nodes
// (createTextNode / textContent / setAttribute), never as HTML.
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
    fit: false,
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
    loadTimeline(params);
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
    drawMap();
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
  // A hand-drawn, very coarse outline of the land masses, [lon, lat] pairs.
  const LAND = [
    [[-168, 66], [-162, 70], [-141, 70], [-125, 70], [-95, 72], [-80, 73], [-62, 66], [-56, 52], [-66, 45], [-70, 42], [-76, 35], [-81, 31], [-80, 25], [-83, 29], [-90, 30], [-97, 27], [-97, 22], [-87, 21], [-88, 16], [-83, 10], [-79, 9], [-86, 13], [-92, 15], [-105, 20], [-110, 24], [-115, 30], [-118, 34], [-124, 40], [-124, 48], [-133, 56], [-150, 60], [-165, 60]],
    [[-55, 60], [-43, 60], [-20, 70], [-18, 80], [-35, 83], [-60, 82], [-72, 78], [-58, 75]],
    [[-79, 9], [-72, 12], [-62, 11], [-50, 2], [-35, -5], [-39, -13], [-41, -22], [-48, -26], [-58, -35], [-65, -41], [-68, -50], [-70, -55], [-75, -50], [-73, -37], [-71, -18], [-81, -6], [-80, 1], [-77, 8]],
    [[-9, 37], [-9, 43], [-2, 44], [-4, 48], [2, 51], [8, 54], [9, 57], [5, 59], [5, 62], [14, 67], [20, 70], [28, 71], [40, 67], [44, 68], [60, 69], [70, 73], [80, 73], [100, 77], [112, 74], [130, 71], [150, 71], [170, 70], [180, 68], [180, 65], [170, 60], [163, 58], [157, 51], [156, 57], [143, 59], [136, 54], [141, 48], [133, 43], [129, 35], [126, 38], [121, 40], [118, 38], [122, 31], [120, 25], [110, 21], [108, 16], [109, 12], [105, 9], [100, 13], [100, 3], [104, 1], [98, 9], [98, 16], [94, 17], [91, 22], [87, 21], [80, 15], [77, 8], [73, 17], [72, 21], [67, 24], [57, 25], [56, 27], [50, 30], [48, 29], [51, 24], [56, 26], [59, 22], [52, 16], [43, 13], [39, 21], [35, 28], [34, 31], [36, 36], [28, 36], [26, 40], [23, 37], [21, 40], [19, 42], [13, 46], [12, 44], [16, 41], [18, 40], [16, 38], [12, 41], [9, 44], [3, 43], [-1, 37], [-5, 36]],
    [[-6, 36], [10, 37], [11, 33], [20, 31], [30, 31], [33, 31], [35, 28], [43, 12], [51, 12], [51, 10], [40, -3], [40, -15], [35, -24], [32, -29], [27, -34], [20, -35], [18, -32], [12, -18], [13, -10], [9, -1], [9, 4], [4, 6], [-8, 4], [-13, 8], [-17, 14], [-17, 21], [-13, 27], [-10, 30]],
    [[114, -22], [114, -34], [118, -35], [124, -34], [131, -31], [138, -35], [141, -38], [146, -39], [150, -37], [153, -28], [153, -25], [146, -19], [142, -11], [141, -17], [136, -12], [131, -11], [126, -14], [122, -18]],
    [[-5, 50], [1, 51], [2, 53], [-1, 55], [-2, 58], [-5, 58], [-6, 56], [-3, 54], [-5, 52]],
    [[-24, 65], [-14, 66], [-14, 64], [-22, 63]],
    [[130, 31], [135, 34], [140, 35], [142, 40], [141, 45], [145, 44], [140, 41], [139, 38], [136, 36], [132, 35]],
    [[44, -25], [47, -25], [50, -15], [49, -12], [44, -16]],
    [[95, 5], [98, 4], [106, -6], [104, -5]],
    [[109, 2], [117, 7], [119, 5], [116, -4], [110, -3]],
    [[131, -1], [141, -3], [150, -10], [142, -9], [138, -8]],
    [[172, -34], [178, -38], [174, -41], [167, -46], [172, -41]],
    [[-180, -78], [180, -78], [180, -90], [-180, -90]],
  ];
  const px = (lon) => lon + 180; // equirectangular: one unit per degree
  const py = (lat) => 90 - lat;

  function mapView(places) {
    if (!state.fit || !places.length) return [-1, -1, 362, 182]; // the frame's stroke shows
    let x0 = Math.min(...places.map((p) => px(p.lon))) - 8;
    let x1 = Math.max(...places.map((p) => px(p.lon))) + 8;
    let y0 = Math.min(...places.map((p) => py(p.lat))) - 6;
    let y1 = Math.max(...places.map((p) => py(p.lat))) + 6;
    let w = Math.max(x1 - x0, 90, 2 * (y1 - y0));
    w = Math.min(w, 360);
    const h = w / 2;
    const cx = (x0 + x1) / 2;
    const cy = (y0 + y1) / 2;
    x0 = Math.min(Math.max(cx - w / 2, 0), 360 - w);
    y0 = Math.min(Math.max(cy - h / 2, 0), 180 - h);
    x1 = x0 + w;
    y1 = y0 + h;
    return [x0, y0, w, h];
  }

  function drawMap() {
    const places = new Map();
    let countryOnly = 0;
    let unplaced = 0;
    for (const ev of state.events) {
      const loc = ev.location;
      if (!loc) {
        unplaced += 1;
        continue;
      }
      const lat = Number(loc.lat);
      const lon = Number(loc.lon);
      if (loc.lat === null || loc.lon === null || !Number.isFinite(lat) || !Number.isFinite(lon)) {
        countryOnly += 1;
        continue;
      }
      const key = `${lat.toFixed(3)},${lon.toFixed(3)}`;
      const place = places.get(key) || { name: loc.name, country: loc.country, lat, lon, events: 0, reports: 0 };
      place.events += 1;
      place.reports += (ev.counts && ev.counts.mentions) || 1;
      places.set(key, place);
    }
    const list = [...places.values()].sort((a, b) => b.events - a.events);
    const [vx, vy, vw, vh] = mapView(list);
    const scale = vw / 360;
    const map = svg("svg", {
      viewBox: `${vx} ${vy} ${vw} ${vh}`,
      class: "map",
      role: "img",
      "aria-labelledby": "map-title map-note",
      preserveAspectRatio: "xMidYMid meet",
    });
    map.appendChild(svg("rect", { x: 0, y: 0, width: 360, height: 180, class: "sea" }));
    const land = LAND.map((ring) => `M${ring.map(([lon, lat]) => `${px(lon)} ${py(lat)}`).join("L")}Z`).join("");
    map.appendChild(svg("path", { d: land, class: "land" }));
    let grid = "";
    for (let lon = -150; lon <= 150; lon += 30) grid += `M${px(lon)} 0V180`;
    for (let lat = -60; lat <= 60; lat += 30) grid += `M0 ${py(lat)}H360`;
    map.appendChild(svg("path", { d: grid, class: "graticule" }));
    map.appendChild(svg("path", { d: `M0 ${py(0)}H360`, class: "equator" }));
    map.appendChild(svg("rect", { x: 0, y: 0, width: 360, height: 180, class: "frame" }));
    for (const p of list) {
      const r = (1.6 + 1.1 * Math.sqrt(p.events)) * Math.max(scale, 0.3);
      const n = `${p.events} event${p.events === 1 ? "" : "s"}`;
      map.appendChild(
        svg("circle", { cx: px(p.lon).toFixed(3), cy: py(p.lat).toFixed(3), r: r.toFixed(3), class: "dot" },
          svg("title", {}, `${p.name || "?"}${p.country ? `, ${p.country}` : ""}: ${n}, ${p.reports} report${p.reports === 1 ? "" : "s"}`)),
      );
    }
    clear($("#map")).appendChild(map);
    const parts = [];
    const located = list.reduce((s, p) => s + p.events, 0);
    if (!state.events.length) parts.push("No events to place.");
    else parts.push(`${located} of ${state.events.length} event${state.events.length === 1 ? "" : "s"} at ${list.length} place${list.length === 1 ? "" : "s"}`);
    if (countryOnly) parts.push(`${countryOnly} placed only in a country (not drawn)`);
    if (unplaced) parts.push(`${unplaced} without a place`);
    $("#map-note").textContent = `${parts.join("; ")}.`;
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
    $("#map-zoom").addEventListener("click", (e) => {
      state.fit = !state.fit;
      e.currentTarget.setAttribute("aria-pressed", String(state.fit));
      e.currentTarget.textContent = state.fit ? "Whole world" : "Fit to events";
      drawMap();
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
    drawMap();
    search(form);
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
