/* graphml.c: the GraphML exporter (http://graphml.graphdrawing.org), for
 * NetworkX, yEd and graphology. Typed <key>s are declared first, then one
 * directed <graph> with every node and edge in the graph's walking order.
 * A null attribute has no <data>; evidence is one string: the JSON array
 * of the JSON format's evidence records. Written with libxml2 (xml.c). */
#include "export/export_internal.h"
#include "export/escape.h"

#include <stdlib.h>

#define GRAPHML_NS "http://graphml.graphdrawing.org/xmlns"
#define GRAPHML_XSD GRAPHML_NS " http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

/* Key ids are "d0", "d1", ... in declaration order: the node keys type,
 * label, the attribute keys, mentions, documents, evidence; then the edge
 * keys relation, mentions, documents, evidence. */
enum { NODE_TYPE, NODE_LABEL, NODE_ATTRS };
enum { NODE_MENTIONS, NODE_DOCUMENTS, NODE_EVIDENCE, NODE_TAIL };
enum { EDGE_RELATION, EDGE_MENTIONS, EDGE_DOCUMENTS, EDGE_EVIDENCE, EDGE_KEYS };

static const pl_xml_form graphml_form = {"d", "key", "for", "attr.name", "attr.type",
                                             "int", "data", "key", NULL};

static void keys(pl_xml *x, const pl_export_keys *k)
{
    size_t tail = NODE_ATTRS + k->count, edge = tail + NODE_TAIL;
    const pl_xml_form *f = &graphml_form;
    pl_xml_declare(x, f, NODE_TYPE, "node", "type", 0);
    pl_xml_declare(x, f, NODE_LABEL, "node", "label", 0);
    for (size_t i = 0; i < k->count; i++)
        pl_xml_declare(x, f, NODE_ATTRS + i, "node", k->keys[i], 0);
    pl_xml_declare_record(x, f, tail + NODE_MENTIONS, "node");
    pl_xml_declare(x, f, edge + EDGE_RELATION, "edge", "relation", 0);
    pl_xml_declare_record(x, f, edge + EDGE_MENTIONS, "edge");
}

static void node(pl_xml *x, const parley_node *n, const char *id,
                 const pl_export_keys *k, pl_buf *b)
{
    const pl_xml_form *f = &graphml_form;
    pl_xml_start(x, "node");
    pl_xml_attr(x, "id", id);
    pl_xml_value(x, f, NODE_TYPE, parley_node_type_name(parley_node_get_type(n)));
    pl_xml_value(x, f, NODE_LABEL, parley_node_label(n));
    for (size_t i = 0; i < k->count; i++)
        pl_xml_value(x, f, NODE_ATTRS + i, parley_node_attr(n, k->keys[i]));
    pl_xml_value_record(x, f, NODE_ATTRS + k->count + NODE_MENTIONS, b, n, NULL);
    pl_xml_end(x);
}

static void edge(pl_xml *x, size_t i, const parley_edge *e, const pl_export_ids *ids,
                 size_t first_key, pl_buf *b)
{
    pl_xml_start(x, "edge");
    pl_xml_attrf(x, "id", "e%zu", i);
    pl_xml_attr(x, "source", pl_export_ids_get(ids, parley_edge_source(e)));
    pl_xml_attr(x, "target", pl_export_ids_get(ids, parley_edge_target(e)));
    pl_xml_value(x, &graphml_form, first_key + EDGE_RELATION,
                 parley_relation_name(parley_edge_relation(e)));
    pl_xml_value_record(x, &graphml_form, first_key + EDGE_MENTIONS, b, NULL, e);
    pl_xml_end(x);
}

int pl_export_graphml(const parley_graph *g, FILE *out, parley_error *err)
{
    pl_xml_doc d;
    pl_xml *x = &d.x;
    pl_xml_doc_begin(&d, g, out, "graphml", GRAPHML_NS, GRAPHML_XSD);
    keys(x, &d.keys);
    pl_xml_start(x, "graph");
    pl_xml_attr(x, "id", "G");
    pl_xml_attr(x, "edgedefault", "directed");
    for (size_t i = 0; i < parley_graph_node_count(g) && !x->failed; i++) {
        const parley_node *n = parley_graph_node_at(g, i);
        node(x, n, pl_export_ids_get(&d.ids, n), &d.keys, &d.b);
    }
    size_t first_edge_key = NODE_ATTRS + d.keys.count + NODE_TAIL;
    for (size_t i = 0; i < parley_graph_edge_count(g) && !x->failed; i++)
        edge(x, i, parley_graph_edge_at(g, i), &d.ids, first_edge_key, &d.b);
    return pl_xml_doc_finish(&d, err);
}
