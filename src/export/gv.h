/* gv.h: parley's one way into Graphviz, shared by the DOT and SVG
 * exporters: a process-wide lock with error capture around every Graphviz
 * call, and the builder that turns a parley graph into a cgraph graph.
 * Not public API. */
#ifndef PARLEY_GV_H
#define PARLEY_GV_H

#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include "parley/export.h"

/* Prefix of the names of the legend's nodes (added to the drawing after
 * layout, never to the DOT). Graph ids are "type:slug", so a name without
 * ':' never meets one. */
#define PARLEY_GV_LEGEND_PREFIX "legend_"

/* What a graph holds, which the legend shows and nothing more. */
typedef struct pl_gv_legend {
    int has_type[PARLEY_NODE_TYPE_COUNT], has_status[PARLEY_STATUS_COUNT], has_unknown_status;
    int has_rel[PARLEY_REL_COUNT], has_other_rel;
} pl_gv_legend;

/* The data attributes every node of the DOT declares (default ""), so
 * gvpr and other Graphviz tools can select by them: the graph schema's
 * keys, and mentions. */
#define PARLEY_GV_DATA_KEYS 7
extern const char *const pl_gv_data_keys[PARLEY_GV_DATA_KEYS];

/* Graphviz (cgraph and gvc alike) keeps global state and is not
 * thread-safe, even with separate contexts, so every Graphviz call in
 * libparley happens between pl_gv_begin and pl_gv_end. begin takes
 * the lock and routes Graphviz's messages (which it would otherwise print
 * on stderr; the library never prints) into a buffer; end restores the
 * previous handler and releases the lock. */
void pl_gv_begin(void);
void pl_gv_end(void);
/* The first error Graphviz reported since pl_gv_begin, or "" (call
 * between begin and end). */
const char *pl_gv_error(void);

/* The process's one Graphviz context, made on first use and kept (call
 * between begin and end); NULL when Graphviz cannot start. Kept rather
 * than made and freed per export because Graphviz 2.42's pango text
 * plugin caches a pointer to a font name owned by the context: after
 * gvFreeContext the next context's first layout reads freed memory
 * (AddressSanitizer reports it). One context also loads the plugins once. */
GVC_t *pl_gv_context(void);

/* Builds the cgraph graph for g (finished): one node per graph node (named
 * by its escaped id) with its data attributes (type, the schema keys,
 * mentions) and its drawing attributes, one edge per graph edge (relation,
 * mentions), the title. No legend: the drawing adds it after layout
 * (diagram.c); *legend (when not NULL) says what it is to show. Every
 * string goes through escape.h on its way in. Call between pl_gv_begin
 * and pl_gv_end. On success *out is a graph to agclose; on failure *out
 * is NULL and err says why. */
int pl_gv_build(Agraph_t **out, const parley_graph *g, const parley_export_options *opts,
                    pl_gv_legend *legend, parley_error *err);

/* Builds the timeline of g (timeline.c) with every position pinned, for
 * pl_gv_layout with engine "nop2"; *has says what its legend shows.
 * Same contract as pl_gv_build. */
int pl_gv_timeline(Agraph_t **out, const parley_graph *g, const parley_export_options *opts,
                       pl_gv_legend *has, parley_error *err);

/* Text that prints at this size or more on the page needs no other
 * engine (the automatic choice tries sfdp below it). */
#define PARLEY_GV_GOOD_TEXT_PT 7.0

/* A dot layout folded into columns (fold.c). */
#define PARLEY_GV_FOLD_MAX 4
typedef struct pl_gv_fold {
    int columns;                         /* 1: not folded */
    int cut_count;                       /* columns - 1 */
    double cuts[PARLEY_GV_FOLD_MAX];     /* y of each cut, from the top down */
    double minx[PARLEY_GV_FOLD_MAX], maxx[PARLEY_GV_FOLD_MAX];
    double top[PARLEY_GV_FOLD_MAX], bottom[PARLEY_GV_FOLD_MAX];
    double dx[PARLEY_GV_FOLD_MAX], dy[PARLEY_GV_FOLD_MAX]; /* each column's move */
    double bb[4];                        /* the folded drawing: llx, lly, urx, ury */
    double title_y;
    int *group;                          /* each node's column, by AGSEQ */
} pl_gv_fold;
/* Plans folding g's live dot layout into up to `columns` columns (cut
 * between bands no node or cluster spans); f->columns says how many it
 * found (1: none). Returns 0 or PARLEY_ENOMEM. Free with
 * pl_gv_fold_free. */
int pl_gv_fold_plan(Agraph_t *g, int columns, pl_gv_fold *f);
/* The column of a point at height y. */
int pl_gv_fold_column(const pl_gv_fold *f, double y);
/* Moves the positions Graphviz wrote into g's attributes (pos, lp, bb;
 * after the "dot" renderer) as planned; edges between columns lose their
 * route, which nop2 makes anew. Returns 0 or PARLEY_EGRAPHVIZ. */
int pl_gv_fold_apply(Agraph_t *g, const pl_gv_fold *f);
void pl_gv_fold_free(pl_gv_fold *f);
/* Moves every position in g's attributes (nodes, edges and their labels,
 * clusters, the graph's box and title) by (dx, dy). Returns 0 or
 * PARLEY_EGRAPHVIZ. */
int pl_gv_translate(Agraph_t *g, double dx, double dy);

/* Lays ag (built by pl_gv_build, or with every position pinned for
 * engine "nop2") out for opts->page: with `engine` (dot in the rank
 * direction that prints larger), then the legend that `has` asks for is
 * added beside or under the drawing, Graphviz's size is set to the page
 * and every position is kept by the nop2 engine; ready to render, and to
 * gvFreeLayout after. Fills *opts->fit when set. Call between
 * pl_gv_begin and pl_gv_end. Returns 0 or PARLEY_EGRAPHVIZ. */
int pl_gv_layout(GVC_t *gvc, Agraph_t *ag, const char *engine, const pl_gv_legend *has,
                     const parley_export_options *opts, parley_error *err);

#endif
