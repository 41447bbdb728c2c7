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

static void spells(pl_xml *x, const parley_node *n)
{
    char start[11], end[11];
    if (parley_node_get_type(n) != PARLEY_NODE_MEETING ||
        !pl_date_span(parley_node_attr(n, "date"), start, end))
        return;
    pl_xml_start(x, "spells");
    pl_xml_start(x, "spell");
    pl_xml_attr(x, "start", start);
    pl_xml_attr(x, "end", end);
    pl_xml_end(x);
    pl_xml_end(x);
}

/* ---- attributes ------------------------------------------------------- */

static const pl_xml_form gexf_form = {"", "attribute", NULL, "title", "type", "integer",
                                          "attvalue", "for", "value"};

static void declarations(pl_xml *x, const pl_export_keys *k)
{
    const pl_xml_form *f = &gexf_form;
    pl_xml_start(x, "attributes");
    pl_xml_attr(x, "class", "node");
    pl_xml_attr(x, "mode", "static");
    pl_xml_declare(x, f, NODE_TYPE, "node", "type", 0);
    for (size_t i = 0; i < k->count; i++)
        pl_xml_declare(x, f, NODE_ATTRS + i, "node", k->keys[i], 0);
    pl_xml_declare_record(x, f, NODE_ATTRS + k->count + NODE_MENTIONS, "node");
    pl_xml_end(x);
    pl_xml_start(x, "attributes");
    pl_xml_attr(x, "class", "edge");
    pl_xml_attr(x, "mode", "static");
    pl_xml_declare(x, f, EDGE_RELATION, "edge", "relation", 0);
    pl_xml_declare_record(x, f, EDGE_MENTIONS, "edge");
    pl_xml_end(x);
}

/* ---- nodes and edges -------------------------------------------------- */

static void node(pl_xml *x, const parley_node *n, const char *id,
                 const pl_export_keys *k, pl_buf *b)
{
    const pl_xml_form *f = &gexf_form;
    pl_xml_start(x, "node");
    pl_xml_attr(x, "id", id);
    pl_xml_attr(x, "label", parley_node_label(n));
    pl_xml_start(x, "attvalues");
    pl_xml_value(x, f, NODE_TYPE, parley_node_type_name(parley_node_get_type(n)));
    for (size_t i = 0; i < k->count; i++)
        pl_xml_value(x, f, NODE_ATTRS + i, parley_node_attr(n, k->keys[i]));
    pl_xml_value_record(x, f, NODE_ATTRS + k->count + NODE_MENTIONS, b, n, NULL);
    pl_xml_end(x);
    spells(x, n);
    pl_xml_end(x);
}

static void edge(pl_xml *x, size_t i, const parley_edge *e, const pl_export_ids *ids,
                 pl_buf *b)
{
    const char *rel = parley_relation_name(parley_edge_relation(e));
    pl_xml_start(x, "edge");
    pl_xml_attrf(x, "id", "%zu", i);
    pl_xml_attr(x, "source", pl_export_ids_get(ids, parley_edge_source(e)));
    pl_xml_attr(x, "target", pl_export_ids_get(ids, parley_edge_target(e)));
    pl_xml_attr(x, "label", rel);
    pl_xml_start(x, "attvalues");
    pl_xml_value(x, &gexf_form, EDGE_RELATION, rel);
    pl_xml_value_record(x, &gexf_form, EDGE_MENTIONS, b, NULL, e);
    pl_xml_end(x);
    pl_xml_end(x);
}

/* <meta>: the generator and the diagram's title (no date: the output
 * depends on the graph alone). */
static void meta(pl_xml *x, const parley_graph *g, const parley_export_options *opts,
                 pl_buf *b)
{
    b->len = 0;
    if (pl_export_title(b, g, opts)) {
        x->failed = 1;
        return;
    }
    pl_xml_start(x, "meta");
    pl_xml_start(x, "creator");
    pl_xml_text(x, "parley " PARLEY_VERSION);
    pl_xml_end(x);
    pl_xml_start(x, "description");
    pl_xml_text(x, b->data);
    pl_xml_end(x);
    pl_xml_end(x);
}

int pl_export_gexf(const parley_graph *g, FILE *out, const parley_export_options *opts,
                   parley_error *err)
{
    pl_xml_doc d;
    pl_xml *x = &d.x;
    pl_xml_doc_begin(&d, g, out, "gexf", GEXF_NS, GEXF_XSD);
    pl_xml_attr(x, "version", "1.2");
    meta(x, g, opts, &d.b);
    pl_xml_start(x, "graph");
    pl_xml_attr(x, "defaultedgetype", "directed");
    pl_xml_attr(x, "mode", "dynamic");
    pl_xml_attr(x, "timeformat", "date");
    declarations(x, &d.keys);
    pl_xml_start(x, "nodes");
    for (size_t i = 0; i < parley_graph_node_count(g) && !x->failed; i++) {
        const parley_node *n = parley_graph_node_at(g, i);
        node(x, n, pl_export_ids_get(&d.ids, n), &d.keys, &d.b);
    }
    pl_xml_end(x);
    pl_xml_start(x, "edges");
    for (size_t i = 0; i < parley_graph_edge_count(g) && !x->failed; i++)
        edge(x, i, parley_graph_edge_at(g, i), &d.ids, &d.b);
    pl_xml_end(x);
    return pl_xml_doc_finish(&d, err);
}
