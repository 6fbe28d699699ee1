/* The coalition map's data (hrtextMap.data): the network that hrtext/_map.py embeds in the page
   (script#hrtext-data), decoded, and the ties of a range of years, added up from the weights
   Python computed for each year. No DOM here: the tests run this file under Node.

   The page's files share one namespace, hrtextMap, each adding its part: _map.py inlines them
   into one script in a fixed order, as ES modules cannot be inlined into a page that must work
   opened from file://. */
var hrtextMap = hrtextMap || {};

hrtextMap.data = (function () {
  "use strict";

  // The network as the page uses it, never changed once decoded. Nodes are referred to by their
  // index in `nodes`, ties by their index in `ties`.
  function decode(text) {
    const data = JSON.parse(text);
    const years = data.years;
    return {
      weight: data.weight,  // the weight ties are drawn and ranked by: "letters", "newman" or "jaccard"
      totalNodes: data.total_nodes,  // in the network, of which `nodes` are the most central
      nodes: data.nodes,
      ties: tiesFromColumns(data.edges),
      letters: data.letters,
      lettersOf: lettersByNode(data.nodes.length, data.letters),
      sharedFolder: commonFolder(data.letters.map((letter) => letter.name)),
      coalitions: data.coalitions,
      rankOf: new Map(data.coalitions.map((c, rank) => [c.community, rank])),
      years,  // what each year's letters add to the weights, by year
      span: years.length ? { first: years[0].year, last: years[years.length - 1].year } : null,
    };
  }

  function tiesFromColumns(columns) {
    return columns.source.map((s, e) => ({
      s, t: columns.target[e], letters: columns.letters[e], newman: columns.newman[e], jaccard: columns.jaccard[e],
    }));
  }

  function lettersByNode(nodeCount, letters) {
    const by = Array.from({ length: nodeCount }, () => []);
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

  function weightOf(model, tie) {
    return tie[model.weight];
  }

  function yearOf(letter) {
    return letter.date ? Number(letter.date.slice(0, 4)) : null;
  }

  // The years from..to: their letters (a Set of indices), their ties with their weights, and
  // the letters each organisation signed in them (by node). Over the whole span these are the
  // network's own, undated letters included, as Network() without since= and until= counts
  // them; over part of it, the sums of the years' weights.
  function period(model, from, to) {
    if (!model.span || (from <= model.span.first && to >= model.span.last)) {
      return {
        letters: new Set(model.letters.keys()),
        ties: model.ties,
        signed: Float64Array.from(model.nodes, (node) => node.letters),
      };
    }
    const letters = new Set([...model.letters.keys()].filter((l) => {
      const year = yearOf(model.letters[l]);
      return year !== null && year >= from && year <= to;
    }));
    return { letters, ...sumOfYears(model, from, to) };
  }

  // Letters co-signed, Newman's weight and letters signed add up over the years; Jaccard is then
  // together / (signed by one + signed by the other - together), as the network computes it.
  function sumOfYears(model, from, to) {
    const together = new Float64Array(model.ties.length);
    const newman = new Float64Array(model.ties.length);
    const signed = new Float64Array(model.nodes.length);
    for (const year of model.years) {
      if (year.year < from || year.year > to) continue;
      year.ties.forEach((e, k) => { together[e] += year.letters[k]; newman[e] += year.newman[k]; });
      year.signers.forEach((i, k) => { signed[i] += year.signed[k]; });
    }
    const ties = [];
    model.ties.forEach(({ s, t }, e) => {
      if (together[e] > 0) {
        ties.push({ s, t, letters: together[e], newman: newman[e], jaccard: together[e] / (signed[s] + signed[t] - together[e]) });
      }
    });
    return { ties, signed };
  }

  return { decode, weightOf, period };
})();
