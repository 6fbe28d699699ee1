/* The coalition map's drawing (hrtextMap.drawing): organisations, ties and names as SVG, and pan
   and zoom. Functions that draw take the page's state (made in main.js) as `map`.

   Every text that comes from the data is set with textContent or a value property, never parsed
   as HTML: an organisation named "<script>" shows as those characters. */
var hrtextMap = hrtextMap || {};

hrtextMap.drawing = (function () {
  "use strict";

  const { weightOf } = hrtextMap.data;
  const { WORLD } = hrtextMap.layout;
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
  const RADIUS = [3, 18];  // of the least and the most central organisation, in world units
  const ZOOM = [0.2, 60];

  const el = (id) => document.getElementById(id);

  function svgElement(name, attributes) {
    const element = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    return element;
  }

  function colourOf(model, i) {
    const rank = model.rankOf.get(model.nodes[i].community);
    return rank !== undefined && rank < PALETTE.length ? PALETTE[rank] : OTHER_COLOUR;
  }

  // Every organisation, drawn once at its place (x[i], y[i]), with its name. Returns what the
  // page keeps of the drawing: radius, labelOrder (most central first), nodeEls and labelEls.
  function drawNodes(model, x, y) {
    const nodes = model.nodes;
    const top = Math.max(...nodes.map((node) => node.centrality), 1e-12);
    const radius = nodes.map((node) => RADIUS[0] + (RADIUS[1] - RADIUS[0]) * Math.sqrt(node.centrality / top));
    // The most central are drawn last, on top; labels are shown in that order of importance.
    const labelOrder = nodes.map((_, i) => i).sort((a, b) => nodes[b].centrality - nodes[a].centrality || a - b);
    const nodeEls = new Array(nodes.length), labelEls = new Array(nodes.length);
    const circles = document.createDocumentFragment(), labels = document.createDocumentFragment();
    for (const i of [...labelOrder].reverse()) {
      const circle = svgElement("circle", { class: "node", cx: x[i], cy: y[i], r: radius[i], fill: colourOf(model, i) });
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
    return { radius, labelOrder, nodeEls, labelEls };
  }

  // The ties of the chosen years, the strongest MAX_TIES of them; returns how many are drawn.
  function drawTies(map) {
    const weight = (tie) => weightOf(map.model, tie);
    const strongest = [...map.period.ties].sort((a, b) => weight(b) - weight(a)).slice(0, MAX_TIES);
    const top = strongest.length ? weight(strongest[0]) : 1;
    const lines = document.createDocumentFragment();
    for (const tie of strongest.reverse()) {  // the strongest on top
      const line = svgElement("line", {
        class: "tie", x1: map.x[tie.s], y1: map.y[tie.s], x2: map.x[tie.t], y2: map.y[tie.t],
        "stroke-width": (0.5 + 4 * weight(tie) / top).toFixed(2),
      });
      line.dataset.s = tie.s;
      line.dataset.t = tie.t;
      lines.appendChild(line);
    }
    el("ties").replaceChildren(lines);
    return strongest.length;
  }

  // Greys the organisations that signed none of the chosen letters (active[i] false).
  function markActive(map, active) {
    map.nodeEls.forEach((node, i) => {
      node.classList.toggle("inactive", !active[i]);
      map.labelEls[i].classList.toggle("inactive", !active[i]);
    });
  }

  // The names of the most central, as many as the zoom allows, each where it overlaps no name
  // already shown; the chosen organisation's always.
  function showLabels(map) {
    const candidates = map.labelOrder.slice(0, Math.ceil(LABELS_AT_FIT * (map.view.k / map.view.fitK) ** 2));
    if (map.selected >= 0) candidates.unshift(map.selected);
    const shown = new Set(), placed = [];
    for (const i of candidates) {
      const box = labelBox(map, i);
      if (shown.has(i) || placed.some((other) => overlap(box, other))) continue;
      shown.add(i);
      placed.push(box);
    }
    map.labelEls.forEach((label, i) => { label.style.display = shown.has(i) ? "" : "none"; });
  }

  function labelBox(map, i) {
    const em = LABEL_PX / map.view.k;  // in world units
    const left = map.x[i] + map.radius[i];
    const width = (0.3 + CHARACTER_EM * map.model.nodes[i].name.length) * em;
    return { left, right: left + width, top: map.y[i] - 0.6 * em, bottom: map.y[i] + 0.6 * em };
  }

  function overlap(a, b) {
    return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  }

  // Pan and zoom

  function applyView(map) {
    const view = map.view;
    el("viewport").setAttribute("transform", `translate(${view.x} ${view.y}) scale(${view.k})`);
    el("labels").setAttribute("font-size", LABEL_PX / view.k);
    showLabels(map);
  }

  function zoomAt(map, factor, sx, sy) {
    const view = map.view;
    const k = Math.min(ZOOM[1], Math.max(ZOOM[0], view.k * factor));
    view.x = sx - (sx - view.x) * k / view.k;
    view.y = sy - (sy - view.y) * k / view.k;
    view.k = k;
    applyView(map);
  }

  function fit(map) {
    const box = el("drawing").getBoundingClientRect();
    const k = Math.min(box.width, box.height) / (WORLD + 2 * RADIUS[1]) * 0.95;
    Object.assign(map.view, { k, fitK: k, x: box.width / 2, y: box.height / 2 });
    applyView(map);
  }

  function centreOn(map, i) {
    const box = el("drawing").getBoundingClientRect();
    const view = map.view;
    view.k = Math.max(view.k, 2 * view.fitK);
    view.x = box.width / 2 - map.x[i] * view.k;
    view.y = box.height / 2 - map.y[i] * view.k;
    applyView(map);
  }

  function enablePanZoom(map) {
    const svg = el("drawing");
    let drag = null;
    svg.addEventListener("pointerdown", (event) => {
      if (event.target.classList.contains("node")) return;
      drag = { x: event.clientX - map.view.x, y: event.clientY - map.view.y };
      svg.setPointerCapture(event.pointerId);
      svg.classList.add("panning");
    });
    svg.addEventListener("pointermove", (event) => {
      if (!drag) return;
      map.view.x = event.clientX - drag.x;
      map.view.y = event.clientY - drag.y;
      applyView(map);
    });
    const stop = () => { drag = null; svg.classList.remove("panning"); };
    svg.addEventListener("pointerup", stop);
    svg.addEventListener("pointercancel", stop);
    svg.addEventListener("wheel", (event) => {
      event.preventDefault();
      const box = svg.getBoundingClientRect();
      zoomAt(map, Math.exp(-event.deltaY * 0.002), event.clientX - box.left, event.clientY - box.top);
    }, { passive: false });
    const middle = () => { const box = svg.getBoundingClientRect(); return [box.width / 2, box.height / 2]; };
    el("zoom-in").addEventListener("click", () => zoomAt(map, 1.5, ...middle()));
    el("zoom-out").addEventListener("click", () => zoomAt(map, 1 / 1.5, ...middle()));
    el("zoom-fit").addEventListener("click", () => fit(map));
  }

  return { PALETTE, el, colourOf, drawNodes, drawTies, markActive, showLabels, fit, centreOn, enablePanZoom };
})();
