// cytoscape_load.js: loads parley's Cytoscape JSON (--json-style cytoscape)
// into a headless Cytoscape.js and prints what Cytoscape made of it, one
// JSON line per file: the nodes and edges with their data, the ends each edge
// is attached to, and every warning Cytoscape gave (a duplicate id or a
// dangling edge is a warning, or an error, there, not a crash).
//
// usage: node tests/js/cytoscape_load.js FILE...
'use strict';

const fs = require('fs');
const cytoscape = require('cytoscape');

const warnings = [];
for (const level of ['warn', 'error']) {
  console[level] = (...args) => warnings.push(args.join(' '));
}

for (const file of process.argv.slice(2)) {
  warnings.length = 0;
  const doc = JSON.parse(fs.readFileSync(file, 'utf8'));
  let result;
  try {
    const cy = cytoscape({ headless: true, elements: doc.elements, data: doc.data });
    result = {
      file,
      data: cy.data(),
      nodes: cy.nodes().map((n) => n.data()),
      edges: cy.edges().map((e) => ({
        data: e.data(),
        source: e.source().id(),
        target: e.target().id(),
      })),
      warnings: warnings.slice(),
    };
    cy.destroy();
  } catch (err) {
    result = { file, error: String(err), warnings: warnings.slice() };
  }
  process.stdout.write(JSON.stringify(result) + '\n');
}
