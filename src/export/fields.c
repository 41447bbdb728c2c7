/* fields.c: the fields the exporters share: the node ids they write (JSON,
 * GraphML, GEXF, CSV) and the attribute keys the tabular formats declare
 * up front. A node keeps its own id when the format's cleaning leaves it
 * unchanged (ids the extractor makes always do); otherwise its cleaned
 * form, made unique with "~2", "~3"..., so that two ids which differ only
 * in bytes the cleaning drops or replaces stay two nodes. */
#include "export/export_internal.h"

#include "export/escape.h"

#include <stdlib.h>
#include <string.h>

void pl_export_ids_free(pl_export_ids *ids)
{
    for (size_t i = 0; i < ids->nowned; i++)
        free(ids->owned[i]);
    free(ids->owned);
    pl_map_free(&ids->by_id);
    pl_map_free(&ids->taken);
    memset(ids, 0, sizeof *ids);
}

/* clean(id) into b; an id that cleans to nothing becomes "_" (an empty id
 * is no id to XML readers). Sets *same when that is the id itself. */
static int clean_id(pl_buf *b, pl_export_clean_fn clean, const char *id, int *same)
{
    size_t len = strlen(id);
    b->len = 0;
    if (clean(b, id, len) || (b->len == 0 && pl_buf_append(b, "_", 1)))
        return PARLEY_ENOMEM;
    *same = b->len == len && memcmp(b->data, id, len) == 0;
    return 0;
}

/* Keeps a copy of b's text in ids and maps `id` to it. */
static int add_owned(pl_export_ids *ids, const char *id, const pl_buf *b)
{
    char **r = realloc(ids->owned, (ids->nowned + 1) * sizeof *r);
    if (!r)
        return PARLEY_ENOMEM;
    ids->owned = r;
    char *copy = pl_strndup(b->data, b->len);
    if (!copy)
        return PARLEY_ENOMEM;
    r[ids->nowned++] = copy;
    if (pl_map_put(&ids->by_id, id, strlen(id), copy) ||
        pl_map_put(&ids->taken, copy, b->len, copy))
        return PARLEY_ENOMEM;
    return 0;
}

int pl_export_ids_make(pl_export_ids *ids, const parley_graph *g,
                       pl_export_clean_fn clean)
{
    size_t n = parley_graph_node_count(g);
    pl_buf b = PL_BUF_INIT;
    int rc = 0, same = 1;
    memset(ids, 0, sizeof *ids);
    ids->g = g;
    /* When every id stays as it is, no maps: each is written as it is. */
    for (size_t i = 0; i < n && !rc && same; i++)
        rc = clean_id(&b, clean, parley_node_id(parley_graph_node_at(g, i)), &same);
    if (rc || same) {
        pl_buf_free(&b);
        return rc ? PARLEY_ENOMEM : 0;
    }
    ids->mapped = 1;
    /* First every id that stays as it is, so a repaired one never takes
     * the place of a real one. */
    for (size_t i = 0; i < n && !rc; i++) {
        const char *id = parley_node_id(parley_graph_node_at(g, i));
        rc = clean_id(&b, clean, id, &same);
        if (!rc && same)
            rc = pl_map_put(&ids->by_id, id, strlen(id), (void *)id) ||
                 pl_map_put(&ids->taken, id, strlen(id), (void *)id);
    }
    for (size_t i = 0; i < n && !rc; i++) {
        const char *id = parley_node_id(parley_graph_node_at(g, i));
        rc = clean_id(&b, clean, id, &same);
        if (rc || same)
            continue;
        size_t base = b.len;
        for (unsigned k = 2; !rc && pl_map_get(&ids->taken, b.data, b.len); k++) {
            b.len = base;
            rc = pl_buf_printf(&b, "~%u", k);
        }
        if (!rc)
            rc = add_owned(ids, id, &b);
    }
    pl_buf_free(&b);
    return rc ? PARLEY_ENOMEM : 0;
}

const char *pl_export_ids_get(const pl_export_ids *ids, const parley_node *n)
{
    const char *id = parley_node_id(n);
    return ids->mapped ? pl_map_get(&ids->by_id, id, strlen(id)) : id;
}

int pl_export_ids_taken(const pl_export_ids *ids, const char *id, size_t len)
{
    if (ids->mapped)
        return pl_map_get(&ids->taken, id, len) != NULL;
    return parley_graph_find_node(ids->g, id) != NULL;
}

int pl_export_key_reserved(const char *key)
{
    static const char *const reserved[] = {"id", "type", "label", "mentions", "documents",
                                           "evidence"};
    for (size_t i = 0; i < sizeof reserved / sizeof reserved[0]; i++)
        if (strcmp(key, reserved[i]) == 0)
            return 1;
    return 0;
}

int pl_export_keys_make(pl_export_keys *k, const parley_graph *g,
                        int (*keep)(const char *key))
{
    pl_map seen = PL_MAP_INIT;
    size_t cap = 0;
    int rc = 0;
    memset(k, 0, sizeof *k);
    for (size_t i = 0; i < parley_graph_node_count(g) && !rc; i++) {
        const parley_node *n = parley_graph_node_at(g, i);
        for (size_t a = 0; a < parley_node_attr_count(n) && !rc; a++) {
            const char *key, *value;
            parley_node_attr_at(n, a, &key, &value);
            size_t len = strlen(key);
            if (pl_export_key_reserved(key) || pl_map_get(&seen, key, len) ||
                (keep && !keep(key)))
                continue;
            rc = pl_map_put(&seen, key, len, (void *)key) ||
                 pl_grow((void **)&k->keys, &cap, k->count + 1, sizeof *k->keys);
            if (!rc)
                k->keys[k->count++] = key;
        }
    }
    pl_map_free(&seen);
    return rc ? PARLEY_ENOMEM : 0;
}

void pl_export_keys_free(pl_export_keys *k)
{
    free(k->keys);
    k->keys = NULL;
    k->count = 0;
}
