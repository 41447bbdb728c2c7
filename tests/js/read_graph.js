// read_graph.js: reads a GraphML or GEXF file with graphology's own parser
// (graphology-graphml, graphology-gexf) and prints what it read as JSON, for
// tests/e2e/test_xml_csv_formats.py to compare with NetworkX's reading:
//   node read_graph.js graphml|gexf FILE
// prints {"type", "multi", "nodes": [[key, attributes]...],
// "edges": [[source, target, attributes]...]} in the graph's order.
'use strict';
const fs = require('fs');
const path = require('path');
const modules = path.join(__dirname, 'node_modules');
const Graph = require(path.join(modules, 'graphology'));
const parsers = {
  graphml: require(path.join(modules, 'graphology-graphml')),
  gexf: require(path.join(modules, 'graphology-gexf')),
};

const [format, file] = process.argv.slice(2);
if (!parsers[format] || !file) {
  process.stderr.write('usage: node read_graph.js graphml|gexf FILE\n');
  process.exit(2);
}
const graph = parsers[format].parse(Graph, fs.readFileSync(file, 'utf8'));
const out = {type: graph.type, multi: graph.multi, nodes: [], edges: []};
graph.forEachNode((key, attrs) => out.nodes.push([key, attrs]));
graph.forEachEdge((key, attrs, source, target) => out.edges.push([source, target, attrs]));
process.stdout.write(JSON.stringify(out) + '\n');
