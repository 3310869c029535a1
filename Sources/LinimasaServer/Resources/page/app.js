// linimasa web page: a small hash-routed reader of the JSON API (/api, see /openapi.json).
// Text from the store is always put in the page with textContent; the only HTML taken from
// the API is a search snippet, which the server escapes before marking the hits.
"use strict";

const view = document.getElementById("view");

// ---- helpers ---------------------------------------------------------------------------

/** Makes an element: el("a", {href: "#/"}, "text", child, …). */
function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(attributes || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key === "class") node.className = value;
    else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
    else node.setAttribute(key, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** GETs an API path; throws an Error carrying the API's one-line message. */
async function api(path, params) {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params || {})) {
    if (value !== undefined && value !== null && value !== "") query.set(key, value);
  }
  const url = "/api/" + path + (query.toString() ? "?" + query : "");
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) throw new Error((body && body.error && body.error.message) || response.statusText);
  return body;
}

/** The current route: the path after "#" and its query parameters. */
function route() {
  const hash = location.hash.replace(/^#/, "") || "/";
  const [path, query] = hash.split("?");
  return { path, params: new URLSearchParams(query || "") };
}

/** A timeline link with `params` changed (null removes one). */
function timelineHref(base, changes) {
  const params = new URLSearchParams(base);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === "" || value === undefined) params.delete(key);
    else params.set(key, value);
  }
  const query = params.toString();
  return "#/timeline" + (query ? "?" + query : "");
}

function show(...nodes) {
  view.replaceChildren(...nodes);
  window.scrollTo(0, 0);
}

function failure(error) {
  show(el("p", { class: "error" }, "Could not load: " + error.message));
}

const entityHref = (name) => "#/entity/" + encodeURIComponent(name);
const storyHref = (id) => "#/story/" + encodeURIComponent(id);
const articleHref = (id, sentence) =>
  "#/article/" + encodeURIComponent(id) + (sentence ? "?hl=" + encodeURIComponent(sentence) : "");

/** The text between UTF-8 byte offsets of `body` (the API's offsets are bytes). */
function sliceBytes(bytes, start, end) {
  return new TextDecoder().decode(bytes.subarray(start, end));
}

/** `text` with every occurrence of each string of `marks` wrapped in <mark>. */
function highlighted(text, marks) {
  const spans = [];
  for (const mark of marks) {
    if (!mark) continue;
    let at = text.indexOf(mark);
    while (at >= 0) {
      spans.push([at, at + mark.length]);
      at = text.indexOf(mark, at + mark.length);
    }
  }
  spans.sort((a, b) => a[0] - b[0]);
  const out = [];
  let position = 0;
  for (const [start, end] of spans) {
    if (start < position) continue;
    out.push(text.slice(position, start), el("mark", {}, text.slice(start, end)));
    position = end;
  }
  out.push(text.slice(position));
  return out;
}

// ---- timeline ----------------------------------------------------------------------------

/** Widens a day range to the next zoom level out: month → year → everything. */
function zoomOut(from, to) {
  if (!from && !to) return { from: null, to: null };
  if (from && to && from.slice(0, 7) === to.slice(0, 7)) {
    const year = from.slice(0, 4);
    return { from: year + "-01-01", to: year + "-12-31" };
  }
  return { from: null, to: null };
}

function lastDayOfMonth(month) {
  const [year, number] = month.split("-").map(Number);
  return month + "-" + String(new Date(Date.UTC(year, number, 0)).getUTCDate()).padStart(2, "0");
}

async function showTimeline(params) {
  const filters = {
    entity: params.get("entity") || "",
    outlet: params.get("outlet") || "",
    story: params.get("story") || "",
    from: params.get("from") || "",
    to: params.get("to") || "",
  };
  const offset = Number(params.get("offset") || 0);
  const open = params.get("open");
  show(el("p", { class: "muted" }, "Loading the timeline…"));
  let page, outlets;
  try {
    [page, outlets] = await Promise.all([
      api("timeline", { ...filters, limit: 100, offset }),
      api("outlets"),
    ]);
  } catch (error) {
    return failure(error);
  }

  const outletSelect = el("select", { name: "outlet" }, el("option", { value: "" }, "all outlets"),
    outlets.map((o) => el("option", { value: o.outlet, selected: o.outlet === filters.outlet }, `${o.outlet} (${o.articles})`)));
  const form = el("form", { class: "filters", onsubmit: (event) => {
    event.preventDefault();
    const data = new FormData(form);
    location.hash = timelineHref("", Object.fromEntries(data.entries()));
  } },
    el("label", {}, "Entity", el("input", { name: "entity", value: filters.entity, placeholder: "Kim Jong Un" })),
    el("label", {}, "Outlet", outletSelect),
    el("label", {}, "Story", el("input", { name: "story", value: filters.story, placeholder: "story id" })),
    el("label", {}, "From", el("input", { name: "from", type: "date", value: filters.from })),
    el("label", {}, "To", el("input", { name: "to", type: "date", value: filters.to })),
    el("div", { class: "actions" }, el("button", { type: "submit" }, "Show"),
      el("a", { href: "#/timeline" }, "clear")),
  );

  const title = filters.entity ? `Timeline: ${filters.entity}` : "Timeline";
  const nodes = [el("h1", {}, title), form, zoomStrip(page.months, filters)];
  if (page.items.length === 0) {
    nodes.push(el("p", { class: "muted", id: "no-entries" }, "No timeline entries match."));
    return show(...nodes);
  }
  nodes.push(el("p", { class: "muted small" },
    `${page.total} entries` + (page.total > page.items.length ? `, ${offset + 1}–${offset + page.items.length} shown` : "")));
  const list = el("div", { id: "timeline" });
  let year = null;
  for (const entry of page.items) {
    const entryYear = entry.date ? entry.date.slice(0, 4) : "undated";
    if (entryYear !== year) {
      year = entryYear;
      list.append(el("div", { class: "year" }, year));
    }
    list.append(timelineEntry(entry, params, entry.id === open));
  }
  nodes.push(list, pager(params, page, offset));
  show(...nodes);
  if (open) {
    const opened = document.querySelector(`[data-entry="${CSS.escape(open)}"]`);
    if (opened) opened.scrollIntoView({ block: "start" });
  }
}

/** Bars of entries per month; a bar zooms to its month, the button zooms out. */
function zoomStrip(months, filters) {
  const base = Object.fromEntries(Object.entries(filters).filter(([, value]) => value));
  const box = el("div", { class: "zoom" });
  const span = filters.from || filters.to ? `${filters.from || "…"} – ${filters.to || "…"}` : "all dates";
  const out = zoomOut(filters.from, filters.to);
  box.append(el("div", { class: "zoom-head" }, el("span", {}, "Entries by month · " + span),
    filters.from || filters.to ? el("a", { href: timelineHref(new URLSearchParams(base), out) }, "zoom out") : null));
  if (!months.length) return box;
  const most = Math.max(...months.map((m) => m.entries));
  const bars = el("div", { class: "bars", role: "list" });
  for (const month of months) {
    const height = Math.max(4, Math.round((month.entries / most) * 60));
    const bar = el("a", {
      role: "listitem",
      href: timelineHref(new URLSearchParams(base), { from: month.month + "-01", to: lastDayOfMonth(month.month), offset: null, open: null }),
      title: `${month.month}: ${month.entries} entries`,
      "aria-label": `${month.month}: ${month.entries} entries`,
    });
    bar.style.height = height + "px"; // CSSOM, allowed by the page's content security policy
    bars.append(bar);
  }
  box.append(bars, el("div", { class: "axis" }, el("span", {}, months[0].month), el("span", {}, months[months.length - 1].month)));
  return box;
}

function timelineEntry(entry, params, isOpen) {
  const actors = entry.actors.map((actor) => actor.name);
  const uniqueActors = [...new Set(actors)];
  const what = el("div", { class: "entry-what" },
    el("span", { class: "type" }, entry.type),
    uniqueActors.join(", ") || "(no actors)",
    entry.place ? el("span", { class: "muted" }, " · " + entry.place.name) : null,
    el("div", { class: "muted small" },
      `${entry.source_count} report${entry.source_count === 1 ? "" : "s"}, ${entry.independent_sources} independent · ` +
      [...new Set(entry.sources.map((s) => s.outlet || "?"))].join(", "),
      entry.conflicts.length ? el("span", { class: "conflict" }, " · sources disagree") : null),
  );
  const href = timelineHref(params, { open: isOpen ? null : entry.id });
  const item = el("article", { class: "entry" + (isOpen ? " open" : ""), "data-entry": entry.id },
    el("a", { class: "entry-link", href, "aria-expanded": isOpen ? "true" : "false" },
      el("span", { class: "entry-date" }, entry.date || "undated", entry.date_stated ? "" : " ≈"), what));
  if (isOpen) item.append(entrySources(entry));
  return item;
}

function entrySources(entry) {
  const box = el("div", { class: "sources", id: "sources" });
  for (const conflict of entry.conflicts) {
    box.append(el("div", { class: "warnbox" }, el("strong", {}, `Sources disagree on the ${conflict.kind}: `),
      conflict.values.map((v) => `${v.value} (${v.articles.length} report${v.articles.length === 1 ? "" : "s"})`).join(" vs ")));
  }
  for (const source of entry.sources) {
    box.append(el("div", { class: "source" },
      el("div", {},
        el("strong", {}, source.outlet || "?"), " ",
        el("span", { class: "muted small" }, source.published || "undated",
          source.first_reported ? " · first reported" : "", source.duplicate_of ? " · copy" : "",
          source.date ? ` · says ${source.date}` : "", source.time ? ` (“${source.time}”)` : ""), " ",
        el("a", { href: articleHref(source.article, source.sentence) }, source.title || source.source || source.article)),
      el("blockquote", {}, el("mark", {}, source.sentence))));
  }
  if (entry.source_count > entry.sources.length) {
    box.append(el("p", { class: "muted small" },
      `The first ${entry.sources.length} of ${entry.source_count} reports, earliest first.`));
  }
  const links = el("div", { class: "chips" });
  for (const actor of entry.actors) links.append(el("a", { class: "chip", href: entityHref(actor.name) }, actor.name));
  for (const id of entry.story_ids) links.append(el("a", { class: "chip", href: storyHref(id) }, "story " + id));
  box.append(links);
  return box;
}

function pager(params, page, offset) {
  const box = el("div", { class: "pager" });
  if (offset > 0) box.append(el("a", { href: timelineHref(params, { offset: Math.max(0, offset - page.limit) || null, open: null }) }, "← earlier"));
  if (page.more) box.append(el("a", { href: timelineHref(params, { offset: offset + page.limit, open: null }) }, "later →"));
  return box;
}

// ---- stories -------------------------------------------------------------------------------

async function showStories(params) {
  let page;
  try {
    page = await api("stories", { entity: params.get("entity"), from: params.get("from"), to: params.get("to"), limit: 100 });
  } catch (error) {
    return failure(error);
  }
  const list = el("div", {});
  for (const story of page.items) {
    list.append(el("div", { class: "card" },
      el("a", { href: storyHref(story.id) }, el("strong", {}, story.headline || story.id)),
      el("div", { class: "muted small" }, [story.first_date, story.last_date !== story.first_date ? story.last_date : null].filter(Boolean).join(" – ") || "undated",
        ` · ${story.article_ids.length} articles · ${story.outlets.join(", ")}`)));
  }
  show(el("h1", {}, "Stories"), page.items.length ? list : el("p", { class: "muted" }, "No stories stored."));
}

async function showStory(id) {
  let detail;
  try {
    detail = await api("stories/" + encodeURIComponent(id));
  } catch (error) {
    return failure(error);
  }
  const { story, articles, comparison } = detail;
  const nodes = [
    el("h1", {}, story.headline || story.id),
    el("p", { class: "muted" }, [story.first_date, story.last_date !== story.first_date ? story.last_date : null].filter(Boolean).join(" – ") || "undated",
      ` · ${articles.length} articles from ${story.outlets.length} outlets · `, el("a", { href: timelineHref("", { story: story.id }) }, "timeline of this story")),
  ];
  if (story.summary.length) nodes.push(el("div", { class: "card" }, el("h2", {}, "Summary"), el("ul", {}, story.summary.map((s) => el("li", {}, s)))));
  if (story.top_entities.length) nodes.push(el("div", { class: "chips" }, story.top_entities.map((e) => el("a", { class: "chip", href: entityHref(e.name) }, e.name))));

  nodes.push(el("h2", {}, "Where the sources disagree"));
  if (!comparison.disagreements.length) nodes.push(el("p", { class: "muted" }, "No disagreement found."));
  for (const disagreement of comparison.disagreements) {
    nodes.push(el("div", { class: "warnbox disagreement" }, el("strong", {}, `${disagreement.kind}: ${disagreement.about}`),
      el("ul", {}, disagreement.sides.map((side) => el("li", {}, el("strong", {}, side.outlet || side.article_id), ": ", side.value,
        el("div", { class: "small muted" }, "“" + side.text + "”"))))));
  }

  nodes.push(el("h2", {}, "Side by side"));
  nodes.push(comparisonTable(comparison));

  nodes.push(el("h2", {}, "Articles"));
  for (const article of articles) {
    const copy = story.duplicates[article.id];
    nodes.push(el("div", { class: "card" }, el("a", { href: articleHref(article.id) }, article.title || article.source),
      el("div", { class: "muted small" }, `${article.outlet || "?"} · ${article.published ? article.published.date : "undated"}` + (copy ? " · copy of another article" : ""))));
  }
  show(...nodes);
}

/** Facts by kind (rows) and outlet (columns); cells of disagreeing facts are marked. */
function comparisonTable(comparison) {
  const columns = comparison.articles;
  const disputed = new Set();
  for (const d of comparison.disagreements) for (const side of d.sides) disputed.add(side.article_id + "|" + d.about);
  const kinds = ["date", "number", "event", "relation", "quote", "entity"];
  const table = el("table", {}, el("thead", {}, el("tr", {}, el("th", {}, ""), columns.map((c) => el("th", {}, c.outlet || c.article_id)))));
  const body = el("tbody", {});
  for (const kind of kinds) {
    if (!columns.some((c) => c.facts.some((f) => f.kind === kind))) continue;
    body.append(el("tr", {}, el("th", {}, kind), columns.map((c) => {
      const facts = c.facts.filter((f) => f.kind === kind);
      const disagrees = facts.some((f) => disputed.has(c.article_id + "|" + f.about));
      return el("td", { class: disagrees ? "disagree" : null },
        facts.slice(0, 12).map((f) => el("div", { title: f.text }, (f.about && f.about !== f.value ? f.about + ": " : "") + f.value)),
        facts.length > 12 ? el("div", { class: "muted small" }, `+${facts.length - 12} more`) : null);
    })));
  }
  table.append(body);
  return el("div", { class: "compare" }, table);
}

// ---- entities ----------------------------------------------------------------------------

async function showEntity(name) {
  let entity;
  try {
    entity = await api("entities/" + encodeURIComponent(name), { quotes: 10 });
  } catch (error) {
    return failure(error);
  }
  const profile = entity.profile;
  const known = entity.knowledge_base[0];
  const nodes = [el("h1", {}, profile ? profile.name : known.name)];
  if (known) {
    nodes.push(el("p", { class: "muted" }, [known.type, known.description, known.country ? "country " + known.country : null, known.wikidata].filter(Boolean).join(" · ")));
  }
  nodes.push(el("p", {}, el("a", { href: timelineHref("", { entity: profile ? profile.name : known.name }) }, "Timeline of " + (profile ? profile.name : known.name))));
  if (profile) {
    nodes.push(el("p", {}, `${profile.articles} articles, ${profile.mentions} mentions`));
    if (profile.aliases.length) {
      nodes.push(el("h2", {}, "Written as"), el("div", { class: "chips" }, profile.aliases.map((a) => el("span", { class: "chip" }, `${a.text} (${a.mentions})`))));
    }
    if (profile.months.length) nodes.push(el("h2", {}, "Activity by month"), activityChart(profile.months));
    if (profile.cooccurring.length) {
      nodes.push(el("h2", {}, "Named with"), el("div", { class: "chips" }, profile.cooccurring.map((n) => el("a", { class: "chip", href: entityHref(n.name) }, `${n.name} (${n.articles})`))));
    }
    if (profile.latest_quotes.length) {
      nodes.push(el("h2", {}, "Latest quotes"));
      for (const stored of profile.latest_quotes) nodes.push(quoteCard(stored));
    }
  } else if (known && known.aliases.length) {
    nodes.push(el("h2", {}, "Also called"), el("div", { class: "chips" }, known.aliases.map((a) => el("span", { class: "chip" }, a))));
  }
  show(...nodes);
}

function activityChart(months) {
  const width = Math.max(months.length * 14, 280);
  const most = Math.max(...months.map((m) => m.mentions));
  const svgNS = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(svgNS, "svg");
  svg.setAttribute("viewBox", `0 0 ${width} 110`);
  svg.setAttribute("preserveAspectRatio", "none");
  svg.setAttribute("role", "img");
  svg.setAttribute("aria-label", "mentions per month");
  months.forEach((month, index) => {
    const height = Math.max(2, (month.mentions / most) * 100);
    const rect = document.createElementNS(svgNS, "rect");
    rect.setAttribute("x", String(index * (width / months.length) + 1));
    rect.setAttribute("y", String(105 - height));
    rect.setAttribute("width", String(Math.max(2, width / months.length - 2)));
    rect.setAttribute("height", String(height));
    const title = document.createElementNS(svgNS, "title");
    title.textContent = `${month.month}: ${month.mentions} mentions in ${month.articles} articles`;
    rect.append(title);
    svg.append(rect);
  });
  return el("div", { class: "chart" }, svg,
    el("div", { class: "axis" }, el("span", {}, months[0].month), el("span", {}, months[months.length - 1].month)));
}

function quoteCard(stored) {
  const quote = stored.quote;
  const via = quote.via && quote.via.length ? " via " + quote.via.map((v) => v.name).join(" → ") : "";
  return el("div", { class: "card" }, el("div", {}, "“" + quote.text + "”"),
    el("div", { class: "muted small" }, (quote.speaker ? quote.speaker.name : "?") + via + " · ",
      el("a", { href: articleHref(stored.article_id, quote.text) }, `${stored.outlet || "?"}, ${stored.published ? stored.published.date : "undated"}`)));
}

// ---- search and articles -----------------------------------------------------------------

async function showSearch(params) {
  const q = params.get("q") || "";
  document.getElementById("search-input").value = q;
  const offset = Number(params.get("offset") || 0);
  if (!q) return show(el("h1", {}, "Search"), el("p", { class: "muted" }, "Type words above: they match by their stems, so mengunjungi finds kunjungan."));
  let page;
  try {
    page = await api("search", { q, offset, limit: 20 });
  } catch (error) {
    return failure(error);
  }
  const nodes = [el("h1", {}, `Search: ${q}`)];
  if (!page.items.length) nodes.push(el("p", { class: "muted" }, "No article matches."));
  for (const hit of page.items) {
    const snippet = el("p", { class: "snippet" });
    snippet.innerHTML = hit.snippet_html; // escaped by the server, hits in <mark>
    nodes.push(el("div", { class: "card hit" }, el("a", { href: articleHref(hit.article_id) }, el("strong", {}, hit.title || hit.source)),
      el("div", { class: "muted small" }, `${hit.outlet || "?"} · ${hit.published || "undated"}`,
        hit.story_id ? el("span", {}, " · ", el("a", { href: storyHref(hit.story_id) }, "story")) : null), snippet));
  }
  const pages = el("div", { class: "pager" });
  if (offset > 0) pages.append(el("a", { href: `#/search?q=${encodeURIComponent(q)}&offset=${Math.max(0, offset - 20)}` }, "← previous"));
  if (page.more) pages.append(el("a", { href: `#/search?q=${encodeURIComponent(q)}&offset=${offset + 20}` }, "next →"));
  nodes.push(pages);
  show(...nodes);
}

async function showArticle(id, params) {
  let article;
  try {
    article = await api("articles/" + encodeURIComponent(id));
  } catch (error) {
    return failure(error);
  }
  const wanted = params.get("hl");
  const bytes = new TextEncoder().encode(article.body);
  const eventSentences = new Set((article.events || []).map((event) => sliceBytes(bytes, event.start, event.end)));
  const body = el("div", { class: "article-body card" });
  for (const paragraph of article.paragraphs) {
    const text = sliceBytes(bytes, paragraph.start, paragraph.end);
    body.append(el("p", {}, highlighted(text, wanted ? [wanted] : [...eventSentences])));
  }
  const head = [article.outlet, article.published, article.dateline].filter(Boolean).join(" · ");
  show(el("h1", {}, article.title || article.source), el("p", { class: "muted" }, head),
    el("p", { class: "small" }, el("a", { href: /^https?:/.test(article.source) ? article.source : null }, article.source)),
    wanted ? el("p", { class: "muted small" }, "The sentence of the timeline entry is marked.") : el("p", { class: "muted small" }, "Sentences with events are marked."),
    body);
  const first = body.querySelector("mark");
  if (first && wanted) first.scrollIntoView({ block: "center" });
}

// ---- router --------------------------------------------------------------------------------

async function render() {
  const { path, params } = route();
  const section = path.startsWith("/stor") ? "stories" : path === "/" || path.startsWith("/timeline") ? "timeline" : "";
  for (const link of document.querySelectorAll("[data-nav]")) link.classList.toggle("active", link.dataset.nav === section);
  const [, first, second] = path.split("/");
  const name = second ? decodeURIComponent(second) : "";
  if (first === "" || first === "timeline") return showTimeline(params);
  if (first === "stories") return showStories(params);
  if (first === "story" && name) return showStory(name);
  if (first === "entity" && name) return showEntity(name);
  if (first === "search") return showSearch(params);
  if (first === "article" && name) return showArticle(name, params);
  show(el("p", { class: "error" }, "No such page."), el("a", { href: "#/" }, "Back to the timeline"));
}

document.getElementById("search-form").addEventListener("submit", (event) => {
  event.preventDefault();
  const q = document.getElementById("search-input").value.trim();
  if (q) location.hash = "#/search?q=" + encodeURIComponent(q);
});
window.addEventListener("hashchange", render);
api("status").then((status) => {
  const s = status.statistics;
  document.getElementById("status").textContent = `${s.articles} articles · ${s.stories} stories · ${s.events} events`;
}).catch(() => {});
render();
