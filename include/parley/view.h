/* parley/view.h: views and filters, a stage between extraction and export.
 * parley_graph_view turns a finished graph into a new graph: one of four
 * views (the whole graph, countries that met, officials who met, meetings
 * with their participants), meetings filtered by date and status, and
 * optionally only the neighbourhood of one node. Every exporter then draws
 * the result like any other graph. */
#ifndef PARLEY_VIEW_H
#define PARLEY_VIEW_H

#include "parley/error.h"
#include "parley/graph.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum {
    PARLEY_VIEW_FULL = 0,   /* every node and edge (after the filters) */
    PARLEY_VIEW_COUNTRIES,  /* countries and organizations; `met` edges */
    PARLEY_VIEW_OFFICIALS,  /* officials; `met` edges */
    PARLEY_VIEW_MEETINGS,   /* meetings, their participants, participant edges */
    PARLEY_VIEW_COUNT
} parley_view_kind;

/* "full", "countries", "officials", "meetings"; NULL when out of range. */
const char *parley_view_name(parley_view_kind view);
/* The view named `name`, or -1. */
int parley_view_from_name(const char *name);

typedef struct parley_view_options {
    parley_view_kind view;
    /* Keep only the nodes within `depth` steps of this node (edges taken
     * as undirected), on the chosen view. NULL = the whole view. Matched
     * against, in order: the node id exactly; then ids, ids without their
     * "type:" prefix and labels, ignoring ASCII case ("usa", "Marco
     * Rubio", "official:marco-rubio"). */
    const char *focus;
    unsigned depth;      /* steps from the focus; 0 = the focus alone */
    /* Meetings whose date overlaps [since, until] are kept (dates
     * YYYY-MM-DD, either may be NULL = open). A meeting's date may be a
     * day, a month "YYYY-MM", a year "YYYY" or a range "A/B"; undated
     * meetings are dropped when either bound is given. */
    const char *since;
    const char *until;
    /* Meetings kept by status: bit (1u << parley_meeting_status) per
     * status kept; 0 = every meeting, whatever its status. */
    unsigned statuses;
} parley_view_options;

/* New fields go at the end, so callers that list the older ones keep
 * compiling. */
#define PARLEY_VIEW_OPTIONS_INIT {PARLEY_VIEW_FULL, NULL, 1, NULL, NULL, 0}

/* Builds the view of g (finished, not changed) that opts asks for into a
 * new finished graph *out, owned by the caller (parley_graph_free). The new
 * graph holds every document of g; a node copied keeps its id, label,
 * attributes, mentions and documents counts and its evidence.
 *
 * The views:
 * - full: g as it is.
 * - countries: country and organization nodes, and one `met` edge per pair
 *   of them that took part in the same meeting. An official counts as the
 *   state it represents (its `country` attribute, else its `represents`
 *   edge to a country, else to an organization); an official with neither
 *   counts for nothing. An organization counts as itself.
 * - officials: official nodes, one `met` edge per pair of officials who
 *   took part in the same meeting.
 * - meetings: meeting nodes, the nodes that took part in them and the
 *   participant edges; no represents, held_in or located_in.
 * A `met` edge goes from the smaller id to the larger; its mentions count
 * is the number of meetings the pair shared, its evidence one item (the
 * first evidence of the meeting) from each of its first meetings, and its
 * documents count the distinct documents of those meetings' evidence (at
 * least the largest documents count of one of them).
 *
 * Meeting filters (since, until, statuses) drop meetings first, and the
 * view is computed on what is left; then, when any meeting filter is
 * given, nodes left without any edge are dropped. The focus comes last.
 *
 * Errors: PARLEY_EINVAL for options outside this contract (a view out of
 * range, a bound that is not a YYYY-MM-DD date, since after until);
 * PARLEY_EINPUT when the focus matches no node of the view (the message
 * lists nodes whose name contains it) or several (it lists them);
 * PARLEY_ENOMEM. On failure *out is NULL. */
int parley_graph_view(const parley_graph *g, const parley_view_options *opts,
                      parley_graph **out, parley_error *err);

#ifdef __cplusplus
}
#endif
#endif
