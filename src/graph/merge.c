/* merge.c: merging what two reports say of one node (labels and attribute
 * values, by rules that ignore arrival order) and whole graphs into one
 * (parley_graph_merge), so a merge of per-article graphs equals one run. */
#include "graph/graph_internal.h"
#include "util/util.h"

#include <assert.h>
#include <stdlib.h>
#include <string.h>

/* Ranks for the keys whose values are words with an order of their own;
 * 0 for a value outside the list (it then loses to every listed one). */
static int rank_of(const char *const *order, const char *v)
{
    for (int i = 0; order[i]; i++)
        if (strcmp(order[i], v) == 0)
            return 100 - i;
    return 0;
}

static const char *const status_rank[] = {"held", "cancelled", "planned", NULL};
static const char *const kind_rank[] = {"summit", "conference", "visit", "talks",
                                        "meeting", "call", NULL};

/* Does `value` beat `old` for attribute `key`? */
static int attr_wins(const char *key, const char *value, const char *old)
{
    const char *const *order = strcmp(key, "status") == 0 ? status_rank
                             : strcmp(key, "kind") == 0 ? kind_rank : NULL;
    if (order) {
        int a = rank_of(order, value), b = rank_of(order, old);
        if (a != b)
            return a > b;
    }
    /* A day says more than a month or a range of days. */
    if (strcmp(key, "date") == 0 && pl_graph_is_day(value) != pl_graph_is_day(old))
        return pl_graph_is_day(value);
    return pl_graph_value_wins(value, old);
}

int parley_node_join_attr(parley_node *n, const char *key, const char *value)
{
    n = pl_node_live(n);
    assert(n);
    if (!key || !*key)
        return PARLEY_EINVAL;
    if (!value)
        return 0;
    const char *old = parley_node_attr(n, key);
    /* The same value again (the same official's state in every article
     * naming them): setting it would change nothing. */
    if (old && (old == value || strcmp(old, value) == 0))
        return 0;
    if (old && !attr_wins(key, value, old))
        return 0;
    return parley_node_set_attr(n, key, value);
}

/* Joins node src's label and attributes into dst (same id). */
int pl_node_join(parley_node *dst, const parley_node *src)
{
    if (pl_graph_value_wins(src->label, dst->label) && parley_node_set_label(dst, src->label))
        return PARLEY_ENOMEM;
    for (size_t i = 0; i < src->nattrs; i++) {
        const attr *a = &src->attrs[i];
        int rc;
        if (a->value) {
            rc = parley_node_join_attr(dst, a->key, a->value);
        } else {
            /* A key with no value still exists (JSON null): keep it. */
            size_t k = 0;
            while (k < dst->nattrs && strcmp(dst->attrs[k].key, a->key) != 0)
                k++;
            rc = k < dst->nattrs ? 0 : parley_node_set_attr(dst, a->key, NULL);
        }
        if (rc)
            return PARLEY_ENOMEM;
    }
    return 0;
}

int parley_graph_merge(parley_graph *g, const parley_graph *src, parley_error *err)
{
    assert(g && src);
    if (g == src)
        return pl_fail(err, PARLEY_EINVAL, -1, "a graph cannot be merged into itself");
    int rc = 0;
    int *docmap = malloc((src->ndocs ? src->ndocs : 1) * sizeof *docmap);
    if (!docmap)
        return pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
    for (size_t i = 0; i < src->ndocs; i++) {
        int d = parley_graph_add_document(g, src->docs[i].name, src->docs[i].date, err);
        if (d < 0) {
            rc = d;
            goto done;
        }
        docmap[i] = d;
    }
    for (size_t i = 0; i < src->nnodes; i++) {
        const parley_node *sn = src->nodes[i];
        parley_node *n;
        if ((rc = parley_graph_add_node(g, sn->type, sn->id, sn->label, &n, err)))
            goto done;
        if (pl_node_join(n, sn) || pl_record_merge(g, &n->rec, &sn->rec, docmap)) {
            rc = pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
            goto done;
        }
    }
    for (size_t i = 0; i < src->nedges; i++) {
        const parley_edge *se = src->edges[i];
        parley_node *a = parley_graph_find_node(g, se->src->id);
        parley_node *b = parley_graph_find_node(g, se->dst->id);
        parley_edge *e;
        if ((rc = parley_graph_add_edge(g, a, b, se->rel, &e, err)))
            goto done;
        if (pl_record_merge(g, &e->rec, &se->rec, docmap)) {
            rc = pl_fail(err, PARLEY_ENOMEM, -1, "out of memory");
            goto done;
        }
    }
done:
    free(docmap);
    return rc;
}
