/* The coalition map: draws the co-signatory network embedded in the page (script#hrtext-data,
   written by hrtext/_map.py) as SVG, laid out by the force simulation below, with pan and zoom,
   search, a panel for the chosen organisation and a range of years.

   Every text that comes from the data is set with textContent or a value property, never parsed
   as HTML: an organisation named "<script>" shows as those characters. */
(function () {
  "use strict";

  const SVG_NS = "http://www.w3.org/2000/svg";
  // Coalitions in the order of the legend (largest first); the others, and organisations on
  // their own, are grey. Nine of Tableau's ten colours: its tenth is a grey.
  const PALETTE = ["#4e79a7", "#f28e2b", "#e15759", "#76b7b2", "#59a14f", "#edc948", "#b07aa1", "#ff9da7", "#9c755f"];
  const OTHER_COLOUR = "#b8b8b8";
  // Ties drawn at once, the strongest first: beyond a few thousand SVG lines panning stutters.
  // The layout uses every tie.
  const MAX_TIES = 5000;
  const LABELS_AT_FIT = 15;  // names shown with the whole map in view; zooming in by k shows k * k times as many
  const LABEL_PX = 12;
  const CHARACTER_EM = 0.6;  // the width of an average character, to keep names from overlapping
  const PARTNERS = 10;
  const WORLD = 1000;  // the layout is scaled to fit a square this wide
  const RADIUS = [3, 18];  // of the least and the most central organisation, in world units
  const ZOOM = [0.2, 60];

  const data = JSON.parse(document.getElementById("hrtext-data").textContent);
  const nodes = data.nodes;
  const letters = data.letters;
  const allTies = tiesFromColumns(data.edges);
  const tieOfPair = new Map(allTies.map((tie, e) => [pairKey(tie.s, tie.t, nodes.length), e]));
  const lettersOf = lettersByNode();
  const rankOf = new Map(data.coalitions.map((c, rank) => [c.community, rank]));
  const years = letterYears();
  const sharedFolder = commonFolder(letters.map((letter) => letter.name));

  const el = (id) => document.getElementById(id);
  const svg = el("drawing");
  const view = { x: 0, y: 0, k: 1, fitK: 1 };
  // The chosen organisation, and the letters and ties of the chosen years.
  const state = { selected: -1, ties: allTies, letters: null };

  let x, y, radius, nodeEls, labelEls, labelOrder;

  // The data

  function tiesFromColumns(columns) {
    return columns.source.map((s, e) => ({
      s, t: columns.target[e], letters: columns.letters[e], newman: columns.newman[e], jaccard: columns.jaccard[e],
    }));
  }

  function lettersByNode() {
    const by = nodes.map(() => []);
    letters.forEach((letter, l) => letter.organisations.forEach((i) => by[i].push(l)));
    return by;
  }

  // The folder that every letter's name starts with (a corpus read from one folder): the lists
  // leave it out, and give the whole name as the item's tooltip.
  function commonFolder(names) {
    if (names.length < 2) return "";
    let prefix = names[0];
    for (const name of names) while (!name.startsWith(prefix)) prefix = prefix.slice(0, -1);
    return prefix.slice(0, Math.max(prefix.lastIndexOf("/"), prefix.lastIndexOf("\\")) + 1);
  }

  function yearOf(letter) {
    return letter.date ? Number(letter.date.slice(0, 4)) : null;
  }

  function letterYears() {
    const found = letters.map(yearOf).filter((year) => year !== null);
    return found.length ? { first: Math.min(...found), last: Math.max(...found) } : null;
  }

  function weightOf(tie) {
    return tie[data.weight];
  }

  function colourOf(i) {
    const rank = rankOf.get(nodes[i].community);
    return rank !== undefined && rank < PALETTE.length ? PALETTE[rank] : OTHER_COLOUR;
  }

  function coalitionName(i) {
    const rank = rankOf.get(nodes[i].community);
    return rank === undefined ? "on its own" : "coalition " + (rank + 1);
  }

  // The ties of some letters, weighted as the network weighs them (docs/network.md: letters
  // co-signed, Newman's sum of 1 / (n - 1), Jaccard), kept to the pairs that are ties of the whole network so that a
  // network filtered in Python (min_weight, backbone) stays filtered here.
  function tiesOfLetters(chosen) {
    const n = nodes.length;
    const together = new Float64Array(allTies.length);
    const newman = new Float64Array(allTies.length);
    const signed = new Float64Array(n);
    for (const l of chosen) {
      const members = letters[l].organisations;
      const share = 1 / (letters[l].signers - 1);
      members.forEach((i) => { signed[i] += 1; });
      for (let a = 0; a < members.length; a++) {
        for (let b = a + 1; b < members.length; b++) {
          const e = tieOfPair.get(pairKey(members[a], members[b], n));
          if (e !== undefined) { together[e] += 1; newman[e] += share; }
        }
      }
    }
    return allTies.flatMap((tie, e) => together[e] > 0 ? [{
      s: tie.s, t: tie.t, letters: together[e], newman: newman[e],
      jaccard: together[e] / (signed[tie.s] + signed[tie.t] - together[e]),
    }] : []);
  }

  function pairKey(a, b, n) {
    return a < b ? a * n + b : b * n + a;
  }

  // The layout: a force simulation in the manner of ForceAtlas2 (attraction along ties growing
  // with their length and weight, repulsion in 1 / distance between nodes weighted by degree),
  // which draws coalitions as separate clumps, and a pull to the centre growing with distance,
  // which keeps separate components in view. Repulsion is approximated with a Barnes-Hut
  // quadtree, so an iteration costs n log n. No randomness: nodes start on a sunflower spiral in
  // their order (_map.py orders them by centrality, so the most central start in the middle),
  // and a network is always drawn the same way.

  const ITERATIONS = 300;
  const THETA = 0.9;  // Barnes-Hut: a cell this much smaller than its distance acts as one body
  const REPULSION = 2;
  const GRAVITY = 0.05;

  function layout() {
    const n = nodes.length;
    const px = new Float64Array(n), py = new Float64Array(n);
    const golden = Math.PI * (3 - Math.sqrt(5));
    for (let i = 0; i < n; i++) {
      px[i] = 10 * Math.sqrt(i + 0.5) * Math.cos(i * golden);
      py[i] = 10 * Math.sqrt(i + 0.5) * Math.sin(i * golden);
    }
    const mass = new Float64Array(n).fill(1);
    allTies.forEach((tie) => { mass[tie.s] += 1; mass[tie.t] += 1; });
    // Typed arrays and plain loops: the ties are the inner loop, a hundred thousand of them.
    const source = Int32Array.from(allTies, (tie) => tie.s), target = Int32Array.from(allTies, (tie) => tie.t);
    const mean = allTies.reduce((sum, tie) => sum + weightOf(tie), 0) / Math.max(1, allTies.length);
    const strength = Float64Array.from(allTies, (tie) => weightOf(tie) / mean);
    const fx = new Float64Array(n), fy = new Float64Array(n);
    const firstStep = Math.sqrt(n + 1);  // a tenth of the spiral's radius; the steps shrink to nothing
    for (let step = 0; step < ITERATIONS; step++) {
      fx.fill(0);
      fy.fill(0);
      repel(px, py, mass, fx, fy);
      for (let e = 0; e < source.length; e++) {
        const s = source[e], t = target[e];
        const dx = strength[e] * (px[t] - px[s]), dy = strength[e] * (py[t] - py[s]);
        fx[s] += dx; fy[s] += dy;
        fx[t] -= dx; fy[t] -= dy;
      }
      const limit = firstStep * (1 - step / ITERATIONS);
      for (let i = 0; i < n; i++) {
        const mx = fx[i] / mass[i] - GRAVITY * px[i];
        const my = fy[i] / mass[i] - GRAVITY * py[i];
        const length = Math.hypot(mx, my);
        if (length > limit) { px[i] += mx * limit / length; py[i] += my * limit / length; }
        else { px[i] += mx; py[i] += my; }
      }
    }
    return scaleToWorld(px, py);
  }

  function repel(px, py, mass, fx, fy) {
    const root = quadtree(px, py, mass);
    const stack = [];
    for (let i = 0; i < px.length; i++) {
      stack.push(root);
      while (stack.length) {
        const cell = stack.pop();
        const dx = px[i] - cell.cx, dy = py[i] - cell.cy;
        const d2 = dx * dx + dy * dy;
        if (cell.kids && cell.size * cell.size > THETA * THETA * d2) {
          for (const kid of cell.kids) if (kid.mass > 0) stack.push(kid);
        } else if (d2 > 1e-9) {  // not the node itself (nor nodes at the very same place)
          const f = REPULSION * mass[i] * cell.mass / d2;
          fx[i] += dx * f; fy[i] += dy * f;
        }
      }
    }
  }

  function quadtree(px, py, mass) {
    let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    for (let i = 0; i < px.length; i++) {
      left = Math.min(left, px[i]); right = Math.max(right, px[i]);
      top = Math.min(top, py[i]); bottom = Math.max(bottom, py[i]);
    }
    const root = cell(left, top, Math.max(right - left, bottom - top) + 1e-6);
    for (let i = 0; i < px.length; i++) insert(root, i, px, py, mass, 0);
    return root;
  }

  function cell(left, top, size) {
    return { left, top, size, mass: 0, cx: 0, cy: 0, body: -1, kids: null };
  }

  function insert(c, i, px, py, mass, depth) {
    const total = c.mass + mass[i];
    c.cx = (c.cx * c.mass + px[i] * mass[i]) / total;
    c.cy = (c.cy * c.mass + py[i] * mass[i]) / total;
    c.mass = total;
    if (!c.kids) {
      if (c.body < 0) { c.body = i; return; }
      if (depth > 40) return;  // nodes at one place share the leaf
      const half = c.size / 2;
      c.kids = [cell(c.left, c.top, half), cell(c.left + half, c.top, half),
                cell(c.left, c.top + half, half), cell(c.left + half, c.top + half, half)];
      insert(quadrant(c, c.body, px, py), c.body, px, py, mass, depth + 1);
      c.body = -1;
    }
    insert(quadrant(c, i, px, py), i, px, py, mass, depth + 1);
  }

  function quadrant(c, i, px, py) {
    const half = c.size / 2;
    return c.kids[(px[i] >= c.left + half ? 1 : 0) + (py[i] >= c.top + half ? 2 : 0)];
  }

  function scaleToWorld(px, py) {
    let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    for (let i = 0; i < px.length; i++) {
      left = Math.min(left, px[i]); right = Math.max(right, px[i]);
      top = Math.min(top, py[i]); bottom = Math.max(bottom, py[i]);
    }
    const scale = WORLD / (Math.max(right - left, bottom - top) || 1);
    return [px.map((v) => (v - (left + right) / 2) * scale), py.map((v) => (v - (top + bottom) / 2) * scale)];
  }

  // Drawing

  function svgElement(name, attributes) {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    return element;
  }

  function drawNodes() {
    const top = Math.max(...nodes.map((node) => node.centrality), 1e-12);
    radius = nodes.map((node) => RADIUS[0] + (RADIUS[1] - RADIUS[0]) * Math.sqrt(node.centrality / top));
    // The most central are drawn last, on top; labels are shown in that order of importance.
    labelOrder = nodes.map((_, i) => i).sort((a, b) => nodes[b].centrality - nodes[a].centrality || a - b);
    nodeEls = new Array(nodes.length);
    labelEls = new Array(nodes.length);
    const circles = document.createDocumentFragment(), labels = document.createDocumentFragment();
    for (const i of [...labelOrder].reverse()) {
      const circle = svgElement("circle", { class: "node", cx: x[i], cy: y[i], r: radius[i], fill: colourOf(i) });
      circle.dataset.index = i;
      const tooltip = svgElement("title", {});
      tooltip.textContent = nodes[i].name;
      circle.appendChild(tooltip);
      nodeEls[i] = circles.appendChild(circle);
      const label = svgElement("text", { class: "label", x: x[i] + radius[i], y: y[i], dx: "0.3em" });
      label.textContent = nodes[i].name;
      labelEls[i] = labels.appendChild(label);
    }
    el("nodes").replaceChildren(circles);
    el("labels").replaceChildren(labels);
  }

  function drawTies() {
    const strongest = [...state.ties].sort((a, b) => weightOf(b) - weightOf(a)).slice(0, MAX_TIES);
    const top = strongest.length ? weightOf(strongest[0]) : 1;
    const lines = document.createDocumentFragment();
    for (const tie of strongest.reverse()) {  // the strongest on top
      const line = svgElement("line", {
        class: "tie", x1: x[tie.s], y1: y[tie.s], x2: x[tie.t], y2: y[tie.t],
        "stroke-width": (0.5 + 4 * weightOf(tie) / top).toFixed(2),
      });
      line.dataset.s = tie.s;
      line.dataset.t = tie.t;
      lines.appendChild(line);
    }
    el("ties").replaceChildren(lines);
    return strongest.length;
  }

  // The names of the most central, as many as the zoom allows, each where it overlaps no name
  // already shown; the chosen organisation's always.
  function showLabels() {
    const candidates = labelOrder.slice(0, Math.ceil(LABELS_AT_FIT * (view.k / view.fitK) ** 2));
    if (state.selected >= 0) candidates.unshift(state.selected);
    const shown = new Set(), placed = [];
    for (const i of candidates) {
      const box = labelBox(i);
      if (shown.has(i) || placed.some((other) => overlap(box, other))) continue;
      shown.add(i);
      placed.push(box);
    }
    labelEls.forEach((label, i) => { label.style.display = shown.has(i) ? "" : "none"; });
  }

  function labelBox(i) {
    const em = LABEL_PX / view.k;  // in world units
    const left = x[i] + radius[i];
    return { left, right: left + (0.3 + CHARACTER_EM * nodes[i].name.length) * em, top: y[i] - 0.6 * em, bottom: y[i] + 0.6 * em };
  }

  function overlap(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  // Pan and zoom

  function applyView() {
    el("viewport").setAttribute("transform", `translate(${view.x} ${view.y}) scale(${view.k})`);
    el("labels").setAttribute("font-size", LABEL_PX / view.k);
    showLabels();
  }

  function zoomAt(factor, sx, sy) {
    const k = Math.min(ZOOM[1], Math.max(ZOOM[0], view.k * factor));
    view.x = sx - (sx - view.x) * k / view.k;
    view.y = sy - (sy - view.y) * k / view.k;
    view.k = k;
    applyView();
  }

  function fit() {
    const box = svg.getBoundingClientRect();
    const k = Math.min(box.width, box.height) / (WORLD + 2 * RADIUS[1]) * 0.95;
    Object.assign(view, { k, fitK: k, x: box.width / 2, y: box.height / 2 });
    applyView();
  }

  function centreOn(i) {
    const box = svg.getBoundingClientRect();
    view.k = Math.max(view.k, 2 * view.fitK);
    view.x = box.width / 2 - x[i] * view.k;
    view.y = box.height / 2 - y[i] * view.k;
    applyView();
  }

  function enablePanZoom() {
    let drag = null;
    svg.addEventListener("pointerdown", (event) => {
      if (event.target.classList.contains("node")) return;
      drag = { x: event.clientX - view.x, y: event.clientY - view.y };
      svg.setPointerCapture(event.pointerId);
      svg.classList.add("panning");
    });
    svg.addEventListener("pointermove", (event) => {
      if (!drag) return;
      view.x = event.clientX - drag.x;
      view.y = event.clientY - drag.y;
      applyView();
    });
    const stop = () => { drag = null; svg.classList.remove("panning"); };
    svg.addEventListener("pointerup", stop);
    svg.addEventListener("pointercancel", stop);
    svg.addEventListener("wheel", (event) => {
      event.preventDefault();
      const box = svg.getBoundingClientRect();
      zoomAt(Math.exp(-event.deltaY * 0.002), event.clientX - box.left, event.clientY - box.top);
    }, { passive: false });
    const middle = () => { const box = svg.getBoundingClientRect(); return [box.width / 2, box.height / 2]; };
    el("zoom-in").addEventListener("click", () => zoomAt(1.5, ...middle()));
    el("zoom-out").addEventListener("click", () => zoomAt(1 / 1.5, ...middle()));
    el("zoom-fit").addEventListener("click", fit);
  }

  // The chosen organisation

  function select(i) {
    state.selected = i;
    svg.classList.toggle("focused", i >= 0);
    for (const node of el("nodes").querySelectorAll(".selected, .near")) node.classList.remove("selected", "near");
    if (i >= 0) {
      nodeEls[i].classList.add("selected");
      for (const tie of state.ties) {
        if (tie.s === i) nodeEls[tie.t].classList.add("near");
        if (tie.t === i) nodeEls[tie.s].classList.add("near");
      }
    }
    for (const line of el("ties").children) {
      line.classList.toggle("near", Number(line.dataset.s) === i || Number(line.dataset.t) === i);
    }
    showLabels();
    fillPanel();
  }

  function fillPanel() {
    const i = state.selected;
    el("panel").hidden = i < 0;
    if (i < 0) return;
    const node = nodes[i];
    el("panel-name").textContent = node.name;
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = colourOf(i);
    const span = node.first_date ? ` · ${node.first_date} to ${node.last_date}` : "";
    el("panel-facts").replaceChildren(swatch, `${node.kind} · ${coalitionName(i)} · ${plural(node.letters, "letter")}${span}`);
    const chosen = lettersOf[i].filter((l) => state.letters.has(l));
    el("panel-letter-count").textContent = `(${chosen.length}${chosen.length < node.letters ? " of " + node.letters : ""})`;
    el("panel-letters").replaceChildren(...chosen.map(letterItem));
    el("panel-partners").replaceChildren(...partnersOf(i).map(partnerItem));
  }

  function letterItem(l) {
    const item = document.createElement("li");
    item.textContent = letters[l].name.slice(sharedFolder.length) + " ";
    item.title = letters[l].name;
    const date = document.createElement("span");
    date.className = "date";
    date.textContent = letters[l].date || "undated";
    item.appendChild(date);
    return item;
  }

  function partnersOf(i) {
    return state.ties.filter((tie) => tie.s === i || tie.t === i)
      .sort((a, b) => weightOf(b) - weightOf(a) || b.letters - a.letters)
      .slice(0, PARTNERS)
      .map((tie) => ({ partner: tie.s === i ? tie.t : tie.s, letters: tie.letters }));
  }

  function partnerItem({ partner, letters: together }) {
    const item = document.createElement("li");
    const button = document.createElement("button");
    button.type = "button";
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = ` (${together})`;
    button.append(nodes[partner].name, count);  // one button, so that a long name wraps with its count
    button.addEventListener("click", () => { select(partner); centreOn(partner); });
    item.appendChild(button);
    return item;
  }

  function plural(count, word) {
    return `${count.toLocaleString("en")} ${word}${count === 1 ? "" : "s"}`;
  }

  // Search

  function findNode(query) {
    const wanted = query.trim().toLowerCase();
    if (!wanted) return -1;
    const exact = nodes.findIndex((node) => node.name.toLowerCase() === wanted || node.id.toLowerCase() === wanted);
    if (exact >= 0) return exact;
    // Otherwise the most central whose name contains the query.
    return labelOrder.find((i) => nodes[i].name.toLowerCase().includes(wanted)) ?? -1;
  }

  function enableSearch() {
    const options = document.createDocumentFragment();
    for (const i of labelOrder) {
      const option = document.createElement("option");
      option.value = nodes[i].name;
      options.appendChild(option);
    }
    el("names").replaceChildren(options);
    el("search").addEventListener("submit", (event) => {
      event.preventDefault();
      const query = el("search-input").value;
      const i = findNode(query);
      el("search-message").textContent = i < 0 && query.trim() ? "No organisation by that name" : "";
      if (i >= 0) { select(i); centreOn(i); }
    });
  }

  // The years

  function chooseYears(from, to) {
    const whole = !years || (from <= years.first && to >= years.last);
    // Letters without a date count only when no range is chosen, as Network(since=, until=).
    const chosen = letters.map((_, l) => l).filter((l) => {
      const year = yearOf(letters[l]);
      return whole || (year !== null && year >= from && year <= to);
    });
    state.letters = new Set(chosen);
    state.ties = whole ? allTies : tiesOfLetters(chosen);
    const active = new Uint8Array(nodes.length);
    chosen.forEach((l) => letters[l].organisations.forEach((i) => { active[i] = 1; }));
    nodeEls.forEach((node, i) => {
      node.classList.toggle("inactive", !active[i]);
      labelEls[i].classList.toggle("inactive", !active[i]);
    });
    const drawn = drawTies();
    summarise(chosen.length, drawn, active.reduce((sum, a) => sum + a, 0));
    select(state.selected);
    if (years) el("years").textContent = `${from} to ${to}: ${plural(chosen.length, "letter")}, ${plural(state.ties.length, "tie")}`;
  }

  function enableYears() {
    if (!years) return;
    const from = el("from"), to = el("to");
    for (const input of [from, to]) { input.min = years.first; input.max = years.last; }
    from.value = years.first;
    to.value = years.last;
    const moved = (event) => {
      // The two ends never cross: the one not moved gives way.
      if (Number(from.value) > Number(to.value)) (event.target === from ? to : from).value = event.target.value;
      chooseYears(Number(from.value), Number(to.value));
    };
    from.addEventListener("input", moved);
    to.addEventListener("input", moved);
    el("time").hidden = false;
  }

  // The legend and the summary

  function drawLegend() {
    const items = data.coalitions.slice(0, PALETTE.length).map((coalition, rank) => {
      const item = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = "swatch";
      swatch.style.background = PALETTE[rank];
      const core = coalition.core.map((i) => nodes[i].name).join("; ");
      item.append(swatch, `${rank + 1}. ${plural(coalition.size, "member")}: ${core}`);
      return item;
    });
    el("coalitions").replaceChildren(...items);
    const grey = [];
    const more = data.coalitions.length - PALETTE.length;
    if (more > 0) grey.push(plural(more, "further coalition"));
    const alone = nodes.filter((node) => !rankOf.has(node.community)).length;
    if (alone > 0) grey.push(`${plural(alone, "organisation")} in no coalition`);
    el("legend-more").textContent = grey.length ? `Grey: ${grey.join("; ")}.` : "";
  }

  function summarise(letterCount, drawnTies, activeNodes) {
    const parts = [`${plural(nodes.length, "organisation")}`, plural(state.ties.length, "tie"), plural(letterCount, "letter")];
    if (activeNodes < nodes.length) parts[0] += ` (${activeNodes.toLocaleString("en")} signing in these years)`;
    const notes = [];
    if (nodes.length < data.total_nodes) {
      notes.push(`Showing the ${nodes.length.toLocaleString("en")} most central of ${plural(data.total_nodes, "organisation")}.`);
    }
    if (drawnTies < state.ties.length) {
      notes.push(`Drawing the ${drawnTies.toLocaleString("en")} strongest of ${plural(state.ties.length, "tie")}.`);
    }
    el("summary").textContent = [parts.join(", ") + ".", ...notes].join(" ");
    svg.dataset.nodes = nodes.length;
    svg.dataset.ties = drawnTies;
  }

  function main() {
    [x, y] = layout();
    drawNodes();
    drawLegend();
    enablePanZoom();
    enableSearch();
    enableYears();
    el("nodes").addEventListener("click", (event) => {
      if (event.target.classList.contains("node")) select(Number(event.target.dataset.index));
    });
    el("panel-close").addEventListener("click", () => select(-1));
    chooseYears(years ? years.first : 0, years ? years.last : 0);
    fit();
    document.body.dataset.ready = "true";
  }

  main();
})();
