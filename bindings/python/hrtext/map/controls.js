/* The coalition map's controls (hrtextMap.controls): the chosen organisation and its panel,
   search, the range of years, the legend and the summary. Functions take the page's state (made
   in main.js) as `map`.

   Every text that comes from the data is set with textContent or a value property, never parsed
   as HTML: an organisation named "<script>" shows as those characters. */
var hrtextMap = hrtextMap || {};

hrtextMap.controls = (function () {
  "use strict";

  const data = hrtextMap.data;
  const drawing = hrtextMap.drawing;
  const { el, PALETTE } = drawing;
  const PARTNERS = 10;

  function plural(count, word) {
    return `${count.toLocaleString("en")} ${word}${count === 1 ? "" : "s"}`;
  }

  // The chosen organisation

  function enableSelection(map) {
    el("nodes").addEventListener("click", (event) => {
      if (event.target.classList.contains("node")) select(map, Number(event.target.dataset.index));
    });
    el("panel-close").addEventListener("click", () => select(map, -1));
  }

  // Chooses organisation i (-1: none): it and its partners in the chosen years stand out.
  function select(map, i) {
    map.selected = i;
    el("drawing").classList.toggle("focused", i >= 0);
    for (const node of el("nodes").querySelectorAll(".selected, .near")) node.classList.remove("selected", "near");
    if (i >= 0) {
      map.nodeEls[i].classList.add("selected");
      for (const tie of map.period.ties) {
        if (tie.s === i) map.nodeEls[tie.t].classList.add("near");
        if (tie.t === i) map.nodeEls[tie.s].classList.add("near");
      }
    }
    for (const line of el("ties").children) {
      line.classList.toggle("near", Number(line.dataset.s) === i || Number(line.dataset.t) === i);
    }
    drawing.showLabels(map);
    fillPanel(map);
  }

  function fillPanel(map) {
    const i = map.selected;
    el("panel").hidden = i < 0;
    if (i < 0) return;
    const model = map.model;
    const node = model.nodes[i];
    el("panel-name").textContent = node.name;
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = drawing.colourOf(model, i);
    const span = node.first_date ? ` · ${node.first_date} to ${node.last_date}` : "";
    el("panel-facts").replaceChildren(swatch, `${node.kind} · ${coalitionName(model, i)} · ${plural(node.letters, "letter")}${span}`);
    const chosen = model.lettersOf[i].filter((l) => map.period.letters.has(l));
    el("panel-letter-count").textContent = `(${chosen.length}${chosen.length < node.letters ? " of " + node.letters : ""})`;
    el("panel-letters").replaceChildren(...chosen.map((l) => letterItem(model, l)));
    el("panel-partners").replaceChildren(...partnersOf(map, i).map((partner) => partnerItem(map, partner)));
  }

  function coalitionName(model, i) {
    const rank = model.rankOf.get(model.nodes[i].community);
    return rank === undefined ? "on its own" : "coalition " + (rank + 1);
  }

  function letterItem(model, l) {
    const letter = model.letters[l];
    const item = document.createElement("li");
    item.textContent = letter.name.slice(model.sharedFolder.length) + " ";
    item.title = letter.name;
    const date = document.createElement("span");
    date.className = "date";
    date.textContent = letter.date || "undated";
    item.appendChild(date);
    return item;
  }

  // The closest partners of i in the chosen years, by the map's weight, then by letters co-signed.
  function partnersOf(map, i) {
    const weight = (tie) => data.weightOf(map.model, tie);
    return map.period.ties.filter((tie) => tie.s === i || tie.t === i)
      .sort((a, b) => weight(b) - weight(a) || b.letters - a.letters)
      .slice(0, PARTNERS)
      .map((tie) => ({ partner: tie.s === i ? tie.t : tie.s, letters: tie.letters }));
  }

  function partnerItem(map, { partner, letters: together }) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = ` (${together})`;
    button.append(map.model.nodes[partner].name, count);  // one button, so that a long name wraps with its count
    button.addEventListener("click", () => { select(map, partner); drawing.centreOn(map, partner); });
    item.appendChild(button);
    return item;
  }

  // Search

  function findNode(map, query) {
    const nodes = map.model.nodes;
    const wanted = query.trim().toLowerCase();
    if (!wanted) return -1;
    const exact = nodes.findIndex((node) => node.name.toLowerCase() === wanted || node.id.toLowerCase() === wanted);
    if (exact >= 0) return exact;
    // Otherwise the most central whose name contains the query.
    return map.labelOrder.find((i) => nodes[i].name.toLowerCase().includes(wanted)) ?? -1;
  }

  function enableSearch(map) {
    const options = document.createDocumentFragment();
    for (const i of map.labelOrder) {
      const option = document.createElement("option");
      option.value = map.model.nodes[i].name;
      options.appendChild(option);
    }
    el("names").replaceChildren(options);
    el("search").addEventListener("submit", (event) => {
      event.preventDefault();
      const query = el("search-input").value;
      const i = findNode(map, query);
      el("search-message").textContent = i < 0 && query.trim() ? "No organisation by that name" : "";
      if (i >= 0) { select(map, i); drawing.centreOn(map, i); }
    });
  }

  // The years

  // Shows the letters and ties of the years from..to, with the weights Python computed for them.
  function chooseYears(map, from, to) {
    map.period = data.period(map.model, from, to);
    const active = Array.from(map.period.signed, (letters) => letters > 0);
    drawing.markActive(map, active);
    const drawn = drawing.drawTies(map);
    summarise(map, drawn, active.filter(Boolean).length);
    select(map, map.selected);
    if (map.model.span) {
      el("years").textContent = `${from} to ${to}: ${plural(map.period.letters.size, "letter")}, ${plural(map.period.ties.length, "tie")}`;
    }
  }

  function enableYears(map) {
    const span = map.model.span;
    if (!span) return;
    const from = el("from"), to = el("to");
    for (const input of [from, to]) { input.min = span.first; input.max = span.last; }
    from.value = span.first;
    to.value = span.last;
    const moved = (event) => {
      // The two ends never cross: the one not moved gives way.
      if (Number(from.value) > Number(to.value)) (event.target === from ? to : from).value = event.target.value;
      chooseYears(map, Number(from.value), Number(to.value));
    };
    from.addEventListener("input", moved);
    to.addEventListener("input", moved);
    el("time").hidden = false;
  }

  // The legend and the summary

  function drawLegend(model) {
    const items = model.coalitions.slice(0, PALETTE.length).map((coalition, rank) => {
      const item = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = PALETTE[rank];
      const core = coalition.core.map((i) => model.nodes[i].name).join("; ");
      item.append(swatch, `${rank + 1}. ${plural(coalition.size, "member")}: ${core}`);
      return item;
    });
    el("coalitions").replaceChildren(...items);
    const grey = [];
    const more = model.coalitions.length - PALETTE.length;
    if (more > 0) grey.push(plural(more, "further coalition"));
    const alone = model.nodes.filter((node) => !model.rankOf.has(node.community)).length;
    if (alone > 0) grey.push(`${plural(alone, "organisation")} in no coalition`);
    el("legend-more").textContent = grey.length ? `Grey: ${grey.join("; ")}.` : "";
  }

  function summarise(map, drawnTies, activeNodes) {
    const { nodes, totalNodes } = map.model;
    const ties = map.period.ties.length;
    const parts = [plural(nodes.length, "organisation"), plural(ties, "tie"), plural(map.period.letters.size, "letter")];
    if (activeNodes < nodes.length) parts[0] += ` (${activeNodes.toLocaleString("en")} signing in these years)`;
    const notes = [];
    if (nodes.length < totalNodes) {
      notes.push(`Showing the ${nodes.length.toLocaleString("en")} most central of ${plural(totalNodes, "organisation")}.`);
    }
    if (drawnTies < ties) notes.push(`Drawing the ${drawnTies.toLocaleString("en")} strongest of ${plural(ties, "tie")}.`);
    el("summary").textContent = [parts.join(", ") + ".", ...notes].join(" ");
    el("drawing").dataset.nodes = nodes.length;
    el("drawing").dataset.ties = drawnTies;
  }

  return { enableSelection, enableSearch, enableYears, chooseYears, drawLegend };
})();
