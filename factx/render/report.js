// factx report: draws the run's JSON with DOM text nodes only (never innerHTML), so article
// text always stays text. Long lists are paged and an article's text is laid out only when
// it is opened, so a run of thousands of articles opens quickly.
"use strict";
(function () {
  const data = JSON.parse(document.getElementById("factx-data").textContent);
  const KINDS = ["entity", "date", "money", "percent", "quantity", "claim"];
  const FIRST_CLAIMS = 10;
  const byId = new Map(data.entities.map((e) => [e.entity_id, e]));
  const state = { entity: null, pages: {} };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === "class") node.className = value;
      else if (key === "onclick") node.addEventListener("click", value);
      else node.setAttribute(key, value);
    }
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === "string" || typeof child === "number" ? String(child) : child);
    }
    return node;
  }

  function svg(tag, attrs, ...children) {
    const node = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [key, value] of Object.entries(attrs || {})) node.setAttribute(key, value);
    for (const child of children) node.append(child);
    return node;
  }

  function entityButton(entityId, name) {
    if (!byId.has(entityId)) return el("b", {}, name);  // a run made without its entities
    const chosen = state.entity === entityId;
    return el("button", { class: "link" + (chosen ? " on" : ""), "data-entity": entityId,
      onclick: () => choose(chosen ? null : entityId) }, name);
  }

  function factLink(article, factId, label) {
    return el("a", { href: "#a=" + article + "&f=" + encodeURIComponent(factId) }, label);
  }

  function articleLabel(index) {
    return data.articles[index].id;
  }

  // One page of a long list, with Prev / Next; the page number is kept per list.
  function paged(name, items, size, draw, holder) {
    const box = holder || el("div");
    const pages = Math.max(1, Math.ceil(items.length / size));
    const page = Math.min(state.pages[name] || 0, pages - 1);
    const go = (to) => { state.pages[name] = to; redraw(name); };
    for (const item of items.slice(page * size, page * size + size)) box.append(draw(item));
    const whole = el("div", {}, box);
    if (items.length === 0) whole.append(el("p", { class: "nofacts" }, "none"));
    if (pages > 1) {
      whole.append(el("div", { class: "pager" },
        el("button", { onclick: () => go(Math.max(0, page - 1)) }, "prev"),
        "page " + (page + 1) + " of " + pages + " (" + items.length + ")",
        el("button", { onclick: () => go(Math.min(pages - 1, page + 1)) }, "next")));
    }
    return whole;
  }

  function drawEntities() {
    const rows = data.entities.filter((e) => !state.entity || e.entity_id === state.entity);
    const table = el("table", {}, el("tr", {}, ...["name", "label", "aliases", "articles",
      "mentions", "salience"].map((h) => el("th", {}, h))));
    return [paged("entities", rows, 15, (e) => el("tr", {},
      el("td", {}, entityButton(e.entity_id, e.name)), el("td", {}, e.label),
      el("td", {}, e.aliases.join(", ")), el("td", {}, e.articles.length),
      el("td", {}, e.mentions), el("td", {}, e.salience)), table)];
  }

  function claimLine(index) {
    const claim = data.claims[index];
    return el("div", { class: "claim" },
      claim.speaker ? el("span", { class: "cue" }, claim.speaker + " (" + claim.cue + "): ") : null,
      "\u201c" + claim.content + "\u201d ",
      factLink(claim.article, claim.fact_id, articleLabel(claim.article)));
  }

  // Filtered to an entity: its own group of claims, and the claims of other speakers that
  // name it (under "About" the entity's own group says it all).
  function claimGroups(name, groups) {
    const names = (i) => data.claims[i].about.includes(state.entity);
    const shown = groups.filter((g) => !state.entity || g.entity_id === state.entity ||
      (name === "speakers" && g.claims.some(names)));
    return paged(name, shown, 15, (g) => {
      const claims = state.entity && g.entity_id !== state.entity ? g.claims.filter(names) : g.claims;
      const articles = new Set(claims.map((i) => data.claims[i].article)).size;
      const title = g.entity_id ? entityButton(g.entity_id, g.name) : el("i", {}, g.name);
      // Speakers open, subjects folded (unless filtered): an entity is named in more claims
      // than it makes.
      const open = name === "speakers" || state.entity;
      const box = el("details", open ? { open: "" } : {}, el("summary", {}, title,
        " \u2014 " + claims.length + " claim(s), " + articles + " article(s)"));
      // The first claims only, so a speaker with hundreds stays quick to draw.
      for (const i of claims.slice(0, FIRST_CLAIMS)) box.append(claimLine(i));
      if (claims.length > FIRST_CLAIMS) {
        const more = el("button", { class: "link", onclick: () => {
          more.replaceWith(...claims.slice(FIRST_CLAIMS).map(claimLine));
        } }, "show all " + claims.length + " claims");
        box.append(more);
      }
      return box;
    });
  }

  function drawFigures() {
    const shown = data.figures.filter((g) => !state.entity || g.entity_id === state.entity);
    const table = el("table", {}, el("tr", {}, ...["what", "values", "articles", "where"]
      .map((h) => el("th", {}, h))));
    return [paged("figures", shown, 30, (g) => {
      const what = el("td", {}, g.entity_id ? entityButton(g.entity_id, g.entity_name) : "(no entity)",
        (g.measure ? " \u00b7 " + g.measure : "") + " \u00b7 " + g.kind + (g.unit ? " \u00b7 " + g.unit : ""));
      if (g.differs) what.append(" ", el("span", { class: "badge" }, "articles disagree"));
      const where = el("td", {});
      for (const item of g.items) {
        const link = factLink(item.article, item.fact_id, item.text + " (" + articleLabel(item.article) + ")");
        if (g.disagreeing.includes(item.fact_id)) link.className = "disagree";
        where.append(link, " ");
      }
      return el("tr", { class: g.differs ? "differs" : "" }, what,
        el("td", {}, g.values.map((v) => v.toLocaleString("en-US")).join(" / ")), el("td", {}, g.articles), where);
    }, table)];
  }

  const DAY = 86400000;
  function day(iso) {
    return Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
  }

  // Dates as dots (a day) or bars (a longer interval), each in the first lane free at its
  // start; past the last lane they overlap in it.
  function axis(entries) {
    const width = 900, lane = 9, most = 14, top = 8;
    const first = Math.min(...entries.map((e) => day(e.start)));
    const last = Math.max(...entries.map((e) => day(e.end)));
    const span = Math.max(1, last - first);
    const x = (d) => 10 + (width - 20) * (d - first) / span;
    const ends = [];
    const marks = entries.map((entry) => {
      const x0 = x(day(entry.start)), x1 = Math.max(x0 + 3, x(day(entry.end)));
      let row = ends.findIndex((end) => end < x0);
      if (row < 0) row = ends.length < most ? ends.length : most - 1;
      ends[row] = x1 + 2;
      return { entry, x0, x1, y: top + row * lane };
    });
    const height = top + ends.length * lane + 24;
    const chart = svg("svg", { width: "100%", viewBox: "0 0 " + width + " " + height,
      role: "img", "aria-label": "timeline" });
    for (const { entry, x0, x1, y } of marks) {
      const label = svg("title");
      label.textContent = entry.value + ": " + entry.text + " (" + articleLabel(entry.article) + ")";
      const mark = x1 - x0 > 4
        ? svg("rect", { class: "span", x: x0, y: y, width: x1 - x0, height: lane - 2 })
        : svg("circle", { class: "dot", cx: x0, cy: y + lane / 2, r: 3 });
      chart.append(svg("a", { href: "#a=" + entry.article + "&f=" + encodeURIComponent(entry.fact_id) },
        mark, label));
    }
    const years = [];
    const from = new Date(first * DAY).getUTCFullYear(), to = new Date(last * DAY).getUTCFullYear();
    const step = Math.max(1, Math.ceil((to - from + 1) / 12));
    for (let year = from; year <= to + 1; year += step) years.push(year);
    for (const year of years) {
      const tick = x(Date.UTC(year, 0, 1) / DAY);
      if (tick < 0 || tick > width - 30) continue;  // no label cut at the right edge
      const text = svg("text", { x: tick + 2, y: height - 6 });
      text.textContent = String(year);
      chart.append(svg("line", { x1: tick, x2: tick, y1: top, y2: height - 16, stroke: "#ccc" }), text);
    }
    return chart;
  }

  // The sentence around a date, cut from its article's text at the nearest sentence ends (at
  // most 160 characters each way); empty where the text could not be read.
  function sentence(entry) {
    const text = data.articles[entry.article].text;
    if (text === null) return "";
    const [start, end] = entry.offsets;
    const before = text.slice(Math.max(0, start - 160), start);
    const after = text.slice(end, end + 160);
    const head = before.split(/[.!?]\s+|\n\s*\n/).pop();
    const tail = after.split(/(?<=[.!?])\s|\n\s*\n/)[0];
    return "\u201c" + (head + text.slice(start, end) + tail).trim() + "\u201d";
  }

  function drawTimeline() {
    const shown = data.timeline.filter((e) => !state.entity || e.entities.includes(state.entity));
    const parts = [];
    if (shown.length) parts.push(axis(shown));
    parts.push(paged("timeline", shown, 40, (e) => el("div", { class: "claim" },
      e.value + " \u2014 ", factLink(e.article, e.fact_id, e.text),
      " (" + articleLabel(e.article) + ") ", el("span", { class: "context" }, sentence(e)))));
    return parts;
  }

  function articleText(article) {
    if (article.text === null) return el("p", { class: "nofacts" }, "The text of this article could not be read.");
    const box = el("div", { class: "text" });
    let at = 0;
    for (const [start, end, kind, factId, entityId, claimId] of article.segments) {
      if (start > at) box.append(article.text.slice(at, start));
      const ids = [factId, claimId].filter((i) => i).join(" ");
      const classes = [kind, claimId ? "in-claim" : "", entityId && entityId === state.entity ? "chosen" : ""];
      const node = el(kind ? "mark" : "span", { class: classes.join(" ").trim(), "data-f": ids },
        article.text.slice(start, end));
      if (entityId && byId.has(entityId)) node.title = byId.get(entityId).name + " (" + byId.get(entityId).label + ")";
      else if (kind) node.title = kind;
      box.append(node);
      at = end;
    }
    box.append(article.text.slice(at));
    return box;
  }

  function articleBox(index) {
    const article = data.articles[index];
    const counts = KINDS.map((k) => article.counts[k] + " " + k).join(", ");
    const box = el("details", { "data-article": index },
      el("summary", {}, el("b", {}, article.title), " \u2014 " + article.id + " \u00b7 " + counts));
    box.addEventListener("toggle", () => {
      if (box.open && box.children.length === 1) box.append(articleText(article));
    });
    return box;
  }

  function visibleArticles() {
    const all = data.articles.map((_, i) => i);
    if (!state.entity) return all;
    return byId.get(state.entity).articles;
  }

  const drawers = {
    entities: () => drawEntities(),
    speakers: () => [claimGroups("speakers", data.speakers)],
    about: () => [claimGroups("about", data.about)],
    figures: () => drawFigures(),
    timeline: () => drawTimeline(),
    articles: () => [paged("articles", visibleArticles(), 20, articleBox)],
  };
  const places = {
    entities: "#entities .body", speakers: "#said .speakers", about: "#said .about",
    figures: "#figures .body", timeline: "#timeline .body", articles: "#articles .body",
  };

  function redraw(name) {
    document.querySelector(places[name]).replaceChildren(...drawers[name]());
  }

  function choose(entityId) {
    state.entity = entityId;
    state.pages = {};
    const banner = document.getElementById("filter");
    banner.hidden = !entityId;
    if (entityId) {
      const entity = byId.get(entityId);
      banner.replaceChildren("Showing only ", el("b", {}, entity.name),
        " (" + entity.label + ", " + entity.articles.length + " article(s)) ",
        el("button", { onclick: () => choose(null) }, "show all"));
    }
    for (const name of Object.keys(drawers)) redraw(name);
  }

  // "#entity=<entity id>" filters to that entity (a view to share); "#a=3&f=<fact id>" opens
  // article 3 at that fact and flashes it.
  function follow() {
    const chosen = /^#entity=(.+)$/.exec(location.hash);
    if (chosen && byId.has(decodeURIComponent(chosen[1]))) choose(decodeURIComponent(chosen[1]));
    const found = /^#a=(\d+)&f=(.+)$/.exec(location.hash);
    if (!found) return;
    const index = +found[1], factId = decodeURIComponent(found[2]);
    if (!data.articles[index]) return;
    let list = visibleArticles();
    if (!list.includes(index)) { choose(null); list = visibleArticles(); }
    state.pages.articles = Math.floor(list.indexOf(index) / 20);
    redraw("articles");
    const box = document.querySelector('details[data-article="' + index + '"]');
    box.open = true;
    if (box.children.length === 1) box.append(articleText(data.articles[index]));
    const target = Array.from(box.querySelectorAll("[data-f]"))
      .find((node) => node.dataset.f.split(" ").includes(factId)) || box;
    target.scrollIntoView({ block: "center" });
    target.classList.add("flash");
  }

  const legend = document.querySelector("#articles .legend");
  legend.append("Legend: ");
  for (const kind of KINDS.slice(0, 5)) legend.append(el("mark", { class: kind }, kind), " ");
  legend.append(el("span", { class: "in-claim" }, "claim content"));
  choose(null);
  window.addEventListener("hashchange", follow);
  follow();
  document.body.dataset.ready = "true";
})();
