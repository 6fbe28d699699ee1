/* The coalition map's start: decodes the data, lays the network out, draws it and wires the
   controls. What the page shares and changes is the one object made here, `map`, which the
   functions of drawing.js and controls.js take as their first argument. */
(function () {
  "use strict";

  const { data, layout, drawing, controls } = hrtextMap;

  function start() {
    const model = data.decode(document.getElementById("hrtext-data").textContent);
    const { x, y } = layout.forceLayout(model.nodes.length, model.ties, (tie) => data.weightOf(model, tie));
    const map = {
      model,  // the network (data.decode), never changed
      x, y,  // each organisation's place, in world units
      ...drawing.drawNodes(model, x, y),  // radius, labelOrder, nodeEls, labelEls, by organisation
      // What the reader changes:
      view: { x: 0, y: 0, k: 1, fitK: 1 },  // on screen a point is at world * k + (x, y); fitK is Fit's k
      selected: -1,  // the chosen organisation, -1 for none
      period: null,  // the letters, ties and signers of the chosen years (data.period)
    };
    drawing.enablePanZoom(map);
    controls.drawLegend(model);
    controls.enableSelection(map);
    controls.enableSearch(map);
    controls.enableYears(map);
    controls.chooseYears(map, model.span ? model.span.first : 0, model.span ? model.span.last : 0);
    drawing.fit(map);
    document.body.dataset.ready = "true";
  }

  start();
})();
