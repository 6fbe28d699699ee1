/* The coalition map's layout (hrtextMap.layout): a force simulation in the manner of ForceAtlas2
   (attraction along ties growing with their length and weight, repulsion in 1 / distance between
   nodes weighted by degree), which draws coalitions as separate clumps, and a pull to the centre
   growing with distance, which keeps separate components in view. Repulsion is approximated with
   a Barnes-Hut quadtree, so an iteration costs n log n. No randomness: nodes start on a
   sunflower spiral in their order (_map.py orders them by centrality, so the most central start
   in the middle), and a network is always drawn the same way. No DOM here: the tests run this
   file under Node. */
var hrtextMap = hrtextMap || {};

hrtextMap.layout = (function () {
  "use strict";

  const WORLD = 1000;  // the layout is scaled to fit a square this wide, centred on 0
  const ITERATIONS = 300;
  const THETA = 0.9;  // Barnes-Hut: a cell this much smaller than its distance acts as one body
  const REPULSION = 2;
  const GRAVITY = 0.05;

  // The positions { x, y } of `nodeCount` nodes joined by `ties` ({ s, t } by node index), each
  // pulling as hard as weightOf(tie).
  function forceLayout(nodeCount, ties, weightOf) {
    const n = nodeCount;
    const px = new Float64Array(n), py = new Float64Array(n);
    const golden = Math.PI * (3 - Math.sqrt(5));
    for (let i = 0; i < n; i++) {
      px[i] = 10 * Math.sqrt(i + 0.5) * Math.cos(i * golden);
      py[i] = 10 * Math.sqrt(i + 0.5) * Math.sin(i * golden);
    }
    const mass = new Float64Array(n).fill(1);
    ties.forEach((tie) => { mass[tie.s] += 1; mass[tie.t] += 1; });
    // Typed arrays and plain loops: the ties are the inner loop, a hundred thousand of them.
    const source = Int32Array.from(ties, (tie) => tie.s), target = Int32Array.from(ties, (tie) => tie.t);
    const mean = ties.reduce((sum, tie) => sum + weightOf(tie), 0) / Math.max(1, ties.length);
    const strength = Float64Array.from(ties, (tie) => weightOf(tie) / mean);
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
    const box = bounds(px, py);
    const root = cell(box.left, box.top, Math.max(box.right - box.left, box.bottom - box.top) + 1e-6);
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

  function bounds(px, py) {
    let left = Infinity, top = Infinity, right = -Infinity, bottom = -Infinity;
    for (let i = 0; i < px.length; i++) {
      left = Math.min(left, px[i]); right = Math.max(right, px[i]);
      top = Math.min(top, py[i]); bottom = Math.max(bottom, py[i]);
    }
    return { left, top, right, bottom };
  }

  function scaleToWorld(px, py) {
    const { left, top, right, bottom } = bounds(px, py);
    const scale = WORLD / (Math.max(right - left, bottom - top) || 1);
    return { x: px.map((v) => (v - (left + right) / 2) * scale), y: py.map((v) => (v - (top + bottom) / 2) * scale) };
  }

  return { WORLD, forceLayout };
})();
