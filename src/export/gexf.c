/* gexf.c: the GEXF 1.2draft exporter (http://www.gexf.net/1.2draft), for
 * Gephi. Node and edge attributes are declared in <attributes>; a meeting's
 * date also becomes a <spell>, so Gephi's timeline shows when it happened:
 * a day is a spell of that day, "2025-03" the whole month, "2025" the year,
 * a range "A/B" from A's first day to B's last. A node without a date (every
 * country, official, organization and location, and undated meetings) has
 * no spell and so exists all the time. Written with libxml2 (xml.c). */
#include "export/export_internal.h"
#include "export/escape.h"
#include "parley/parley.h"
#include "util/date.h"

#include <string.h>

#define GEXF_NS "http://www.gexf.net/1.2draft"
#define GEXF_XSD GEXF_NS " http://www.gexf.net/1.2draft/gexf.xsd"

/* Attribute ids: node attributes "0", "1", ... (type, the attribute keys,
 * mentions, documents, evidence); edge attributes likewise (relation,
 * mentions, documents, evidence). The label is the node's own attribute. */
enum { NODE_TYPE, NODE_ATTRS };
enum { NODE_MENTIONS, NODE_DOCUMENTS, NODE_EVIDENCE };
enum { EDGE_RELATION, EDGE_MENTIONS, EDGE_DOCUMENTS, EDGE_EVIDENCE };

/* ---- meeting dates as spells ------------------------------------------ */

static void spells(parley_xml *x, const parley_node *n)
{
    char start[11], end[11];
    if (parley_node_get_type(n) != PARLEY_NODE_MEETING ||
        !pl_date_span(parley_node_attr(n, "date"), start, end))
        return;
    parley_xml_start(x, "spells");
    parley_xml_start(x, "spell");
    parley_xml_attr(x, "start", start);
    parley_xml_attr(x, "end", end);
    parley_xml_end(x);
    parley_xml_end(x);
}

/* ---- attributes ------------------------------------------------------- */

static const parley_xml_form gexf_form = {"", "attribute", NULL, "title", "type", "integer",
                                          "attvalue", "for", "value"};

static void declarations(parley_xml *x, const parley_export_keys *k)
{
    const parley_xml_form *f = &gexf_form;
    parley_xml_start(x, "attributes");
    parley_xml_attr(x, "class", "node");
    parley_xml_attr(x, "mode", "static");
    parley_xml_declare(x, f, NODE_TYPE, "node", "type", 0);
    for (size_t i = 0; i < k->count; i++)
        parley_xml_declare(x, f, NODE_ATTRS + i, "node", k->keys[i], 0);
    parley_xml_declare_record(x, f, NODE_ATTRS + k->count + NODE_MENTIONS, "node");
    parley_xml_end(x);
    parley_xml_start(x, "attributes");
    parley_xml_attr(x, "class", "edge");
    parley_xml_attr(x, "mode", "static");
    parley_xml_declare(x, f, EDGE_RELATION, "edge", "relation", 0);
    parley_xml_declare_record(x, f, EDGE_MENTIONS, "edge");
    parley_xml_end(x);
}

/* ---- nodes and edges -------------------------------------------------- */

static void node(parley_xml *x, const parley_node *n, const char *id,
                 const parley_export_keys *k, parley_buf *b)
{
    const parley_xml_form *f = &gexf_form;
    parley_xml_start(x, "node");
    parley_xml_attr(x, "id", id);
    parley_xml_attr(x, "label", parley_node_label(n));
    parley_xml_start(x, "attvalues");
    parley_xml_value(x, f, NODE_TYPE, parley_node_type_name(parley_node_get_type(n)));
    for (size_t i = 0; i < k->count; i++)
        parley_xml_value(x, f, NODE_ATTRS + i, parley_node_attr(n, k->keys[i]));
    parley_xml_value_record(x, f, NODE_ATTRS + k->count + NODE_MENTIONS, b, n, NULL);
    parley_xml_end(x);
    spells(x, n);
    parley_xml_end(x);
}

static void edge(parley_xml *x, size_t i, const parley_edge *e, const parley_export_ids *ids,
                 parley_buf *b)
{
    const char *rel = parley_relation_name(parley_edge_relation(e));
    parley_xml_start(x, "edge");
    parley_xml_attrf(x, "id", "%zu", i);
    parley_xml_attr(x, "source", parley_export_ids_get(ids, parley_edge_source(e)));
    parley_xml_attr(x, "target", parley_export_ids_get(ids, parley_edge_target(e)));
    parley_xml_attr(x, "label", rel);
    parley_xml_start(x, "attvalues");
    parley_xml_value(x, &gexf_form, EDGE_RELATION, rel);
    parley_xml_value_record(x, &gexf_form, EDGE_MENTIONS, b, NULL, e);
    parley_xml_end(x);
    parley_xml_end(x);
}

/* <meta>: the generator and the diagram's title (no date: the output
 * depends on the graph alone). */
static void meta(parley_xml *x, const parley_graph *g, const parley_export_options *opts,
                 parley_buf *b)
{
    b->len = 0;
    if (parley_export_title(b, g, opts)) {
        x->failed = 1;
        return;
    }
    parley_xml_start(x, "meta");
    parley_xml_start(x, "creator");
    parley_xml_text(x, "parley " PARLEY_VERSION);
    parley_xml_end(x);
    parley_xml_start(x, "description");
    parley_xml_text(x, b->data);
    parley_xml_end(x);
    parley_xml_end(x);
}

int parley_export_gexf(const parley_graph *g, FILE *out, const parley_export_options *opts,
                       parley_error *err)
{
    parley_xml_doc d;
    parley_xml *x = &d.x;
    parley_xml_doc_begin(&d, g, out, "gexf", GEXF_NS, GEXF_XSD);
    parley_xml_attr(x, "version", "1.2");
    meta(x, g, opts, &d.b);
    parley_xml_start(x, "graph");
    parley_xml_attr(x, "defaultedgetype", "directed");
    parley_xml_attr(x, "mode", "dynamic");
    parley_xml_attr(x, "timeformat", "date");
    declarations(x, &d.keys);
    parley_xml_start(x, "nodes");
    for (size_t i = 0; i < parley_graph_node_count(g) && !x->failed; i++) {
        const parley_node *n = parley_graph_node_at(g, i);
        node(x, n, parley_export_ids_get(&d.ids, n), &d.keys, &d.b);
    }
    parley_xml_end(x);
    parley_xml_start(x, "edges");
    for (size_t i = 0; i < parley_graph_edge_count(g) && !x->failed; i++)
        edge(x, i, parley_graph_edge_at(g, i), &d.ids, &d.b);
    parley_xml_end(x);
    return parley_xml_doc_finish(&d, err);
}
