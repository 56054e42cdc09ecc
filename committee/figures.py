"""The public yearly figures: anonymous counts, small numbers hidden, and no hidden number
computable from the shown ones and the totals.

Small counts (1 or 2) could point at a person and are shown as "fewer than 3" (primary
suppression). Totals make tables useful but let a reader subtract: a year total of 9 next to
shown figures 4 and 4 gives away a hidden 1. So after the small numbers are hidden, every
hidden cell is audited against all published figures and all sums; while one of them has only
one possible value, a further figure is hidden ("not shown", secondary suppression).

The reader's knowledge that the audit assumes: every shown number, that "fewer than 3" means
1 or 2, that a hidden inner cell is at least 3 (small ones say "fewer than 3", zeros are always
shown), that a hidden total is at least 1, and that every total is the sum of its row or column.
"""

import math
from collections import defaultdict, deque

from django.db.models import Count
from django.utils.translation import gettext as _

from committee.models.workflow import Milestone, Recommendation

# Counts below this could point at a person and are shown as "fewer than 3".
SMALL_NUMBER_THRESHOLD = 3

SHOWN = "shown"
SMALL = "small"  # primary suppression: "fewer than 3"
HIDDEN = "hidden"  # secondary suppression: "not shown"


def table_with_totals(inner, *, row_totals, column_totals):
    """``inner`` (a list of rows of counts) with a total column and/or a total row appended."""
    table = [list(row) for row in inner]
    if row_totals:
        for row in table:
            row.append(sum(row))
    if column_totals:
        table.append([sum(column) for column in zip(*table, strict=True)])
    return table


def _inner(pos, n_rows, n_columns):
    return pos[0] < n_rows and pos[1] < n_columns


def _relations(n_rows, n_columns, *, row_totals, column_totals):
    """The groups of cells a reader can add up: whole rows and columns with their total."""
    full_rows = range(n_rows + int(column_totals))
    full_columns = range(n_columns + int(row_totals))
    groups = []
    if row_totals:
        groups += [[(i, j) for j in full_columns] for i in full_rows]
    if column_totals:
        groups += [[(i, j) for i in full_rows] for j in full_columns]
    return groups


def _bounds(state, value, *, total):
    """What the published label tells about a cell's number, as (lowest, highest)."""
    if state == SHOWN:
        return value, value
    if state == SMALL:
        return 1, SMALL_NUMBER_THRESHOLD - 1
    # Small inner cells always say "fewer than 3" and zeros are shown, so a hidden inner cell
    # is at least 3; a hidden total may be a small one that had to be hidden as well.
    return (1 if total else SMALL_NUMBER_THRESHOLD), math.inf


def _network(n_rows, n_columns, *, row_totals, column_totals):
    """The table as a circulation: cell (i, j) carries its count from row i to column j, a row
    total from the source to its row, a column total from its column to the sink, the grand
    total from the sink back to the source.

    Returns the arc of each published cell by position, and the arcs of sums the table does
    not publish (unlimited)."""
    arcs, unpublished = {}, []
    for i in range(n_rows):
        arc = ("s", ("r", i))
        if row_totals:
            arcs[(i, n_columns)] = arc
        else:
            unpublished.append(arc)
        for j in range(n_columns):
            arcs[(i, j)] = (("r", i), ("c", j))
    for j in range(n_columns):
        arc = (("c", j), "t")
        if column_totals:
            arcs[(n_rows, j)] = arc
        else:
            unpublished.append(arc)
    if row_totals and column_totals:
        arcs[(n_rows, n_columns)] = ("t", "s")
    else:
        unpublished.append(("t", "s"))
    return arcs, unpublished


def _max_flow(capacity, source, sink):
    """Edmonds-Karp on a residual graph {node: {node: capacity}}; changes ``capacity``."""
    flow = 0
    while True:
        parent = {source: None}
        queue = deque([source])
        while queue and sink not in parent:
            node = queue.popleft()
            for nxt, cap in capacity[node].items():
                if cap > 0 and nxt not in parent:
                    parent[nxt] = node
                    queue.append(nxt)
        if sink not in parent:
            return flow
        path = []
        node = sink
        while parent[node] is not None:
            path.append((parent[node], node))
            node = parent[node]
        push = min(capacity[u][v] for u, v in path)
        for u, v in path:
            capacity[u][v] -= push
            capacity[v][u] += push
        flow += push


def _feasible(edges):
    """Whether some table meets every (lowest, highest) bound: a feasible circulation.

    Row, column and grand totals are two nested families of sums, so the constraint matrix is
    totally unimodular: whenever real numbers fit, whole numbers fit too, and the flow answers
    exactly what a search through all tables would, in polynomial time."""
    capacity = defaultdict(lambda: defaultdict(int))
    excess = defaultdict(int)
    for (u, v), (lo, hi) in edges:
        if lo > hi:
            return False
        capacity[u][v] += hi - lo
        capacity[v][u] += 0
        excess[v] += lo
        excess[u] -= lo
    needed = 0
    for node, amount in excess.items():
        if amount > 0:
            capacity["supply"][node] += amount
            capacity[node]["supply"] += 0
            needed += amount
        elif amount < 0:
            capacity[node]["demand"] += -amount
            capacity["demand"][node] += 0
    return _max_flow(capacity, "supply", "demand") == needed


def cells_disclosed(values, states, *, row_totals, column_totals):
    """The hidden cells whose number a reader can compute from the published table.

    ``values`` is the full table (with totals), ``states`` says per cell what is published
    (SHOWN, SMALL, HIDDEN). A hidden cell is disclosed when every table that agrees with all
    published figures, labels and sums has the same number in it: there is none where the
    cell is lower than its true number and none where it is higher."""
    n_rows, n_columns = len(values) - int(column_totals), len(values[0]) - int(row_totals)
    arcs, unpublished = _network(
        n_rows, n_columns, row_totals=row_totals, column_totals=column_totals
    )
    bounds = {
        (i, j): _bounds(states[i][j], values[i][j], total=not _inner((i, j), n_rows, n_columns))
        for i, j in arcs
    }
    disclosed = []
    for (i, j), (lo, hi) in bounds.items():
        if states[i][j] == SHOWN:
            continue
        others = [(arcs[pos], b) for pos, b in bounds.items() if pos != (i, j)]
        others += [(arc, (0, math.inf)) for arc in unpublished]
        value = values[i][j]
        if not any(
            _feasible([*others, (arcs[(i, j)], narrowed)])
            for narrowed in ((lo, min(hi, value - 1)), (max(lo, value + 1), hi))
        ):
            disclosed.append((i, j))
    return sorted(disclosed)


def cells_suppress(inner, *, row_totals=True, column_totals=True):
    """Totals for ``inner`` and what may be published of each cell: (values, states).

    Counts of 1 and 2 become SMALL. Then, while a hidden cell can be computed, the cheapest
    further figures that protect it are hidden: one figure in a sum with it, or in a table with
    row and column totals the three other corners of a rectangle through it. A small total
    costs nothing (it says "not shown" instead of "fewer than 3"), any other figure its count.
    Hiding everything but the zeros is always safe, so this ends. Last, figures hidden on the
    way that turn out not to be needed are shown again, largest first."""
    values = table_with_totals(inner, row_totals=row_totals, column_totals=column_totals)
    primary = [[SMALL if 0 < v < SMALL_NUMBER_THRESHOLD else SHOWN for v in row] for row in values]
    shape = {"row_totals": row_totals, "column_totals": column_totals}
    states = primary
    disclosed = cells_disclosed(values, states, **shape)
    while disclosed:
        states, disclosed = _protect(values, states, disclosed[0], shape)
    for i, j in sorted(_positions(values), key=lambda p: (-values[p[0]][p[1]], p)):
        if states[i][j] == HIDDEN:
            trial = _changed(states, [(i, j)], primary[i][j])
            if not cells_disclosed(values, trial, **shape):
                states = trial
    return values, states


def _changed(states, positions, state):
    trial = [list(row) for row in states]
    for i, j in positions:
        trial[i][j] = state
    return trial


def _options(values, states, target, shape):
    """Sets of cells whose hiding may protect ``target``: single cells in a sum with it and
    (with row and column totals) the other corners of each rectangle through it."""
    n_rows = len(values) - int(shape["column_totals"])
    n_columns = len(values[0]) - int(shape["row_totals"])
    singles = {
        pos for group in _relations(n_rows, n_columns, **shape) if target in group for pos in group
    }
    options = [(pos,) for pos in sorted(singles)]
    if shape["row_totals"] and shape["column_totals"]:
        ti, tj = target
        options += [
            ((ti, j), (i, tj), (i, j))
            for i in range(len(values))
            for j in range(len(values[0]))
            if i != ti and j != tj
        ]
    return options


def _protect(values, states, target, shape):
    """Hide the cheapest further cells that protect ``target``; (states, still disclosed)."""
    n_rows = len(values) - int(shape["column_totals"])
    n_columns = len(values[0]) - int(shape["row_totals"])

    def hideable(pos):
        i, j = pos
        if states[i][j] == SMALL:
            return not _inner(pos, n_rows, n_columns)
        return states[i][j] == HIDDEN or values[i][j] > 0

    def cost(cells):
        added = [(i, j) for i, j in cells if states[i][j] != HIDDEN]
        return (sum(values[i][j] for i, j in added if states[i][j] == SHOWN), len(added), cells)

    best = None
    for cells in sorted(_options(values, states, target, shape), key=cost):
        if not all(hideable(pos) for pos in cells) or cost(cells)[1] == 0:
            continue
        trial = _changed(states, cells, HIDDEN)
        left = cells_disclosed(values, trial, **shape)
        if target not in left:
            return trial, left
        best = best or (trial, left)
    if best is None:
        # Nothing near the target can be hidden any more: hide the cheapest figure anywhere.
        # (With all but the zeros hidden nothing is computable, so there always is one.)
        cells = min(
            ((pos,) for pos in _positions(values) if hideable(pos) and cost((pos,))[1]), key=cost
        )
        trial = _changed(states, cells, HIDDEN)
        best = (trial, cells_disclosed(values, trial, **shape))
    return best


def _positions(values):
    return [(i, j) for i in range(len(values)) for j in range(len(values[0]))]


def _display(value, state):
    if state == SMALL:
        return _("fewer than %(threshold)s") % {"threshold": SMALL_NUMBER_THRESHOLD}
    if state == HIDDEN:
        return _("not shown")
    return str(value)


def _cells(values, states):
    # The true number of a hidden cell never leaves this module.
    return [
        [
            {
                "value": value if state == SHOWN else None,
                "display": _display(value, state),
                "shown": state == SHOWN,
                "state": state,
            }
            for value, state in zip(row, state_row, strict=True)
        ]
        for row, state_row in zip(values, states, strict=True)
    ]


CASE_KINDS = (Milestone.Kind.RECEIVED, Milestone.Kind.ADMISSIBLE, Milestone.Kind.DISCUSSED)


def transparency_figures():
    """Both tables of the transparency page as display cells, or None before the first case.

    Cases: one row per year (newest first) with received, admissible and discussed, and a row
    for all years. Recommendations: per year the count of each recommendation and their total,
    and all years together; shown with one row per recommendation and one column per year."""
    counts = {}
    rows = Milestone.objects.values("year", "kind", "recommendation").annotate(n=Count("id"))
    for row in rows:
        counts[(row["year"], row["kind"], row["recommendation"])] = row["n"]
    years = sorted({year for year, _kind, _rec in counts}, reverse=True)
    if not years:
        return None
    # With one year, "all years" would repeat it.
    several = len(years) > 1
    cases = _cells(
        *cells_suppress(
            [[counts.get((year, kind, ""), 0) for kind in CASE_KINDS] for year in years],
            row_totals=False,
            column_totals=several,
        )
    )
    recommendations = _cells(
        *cells_suppress(
            [
                [
                    counts.get((year, Milestone.Kind.RECOMMENDATION, value), 0)
                    for value in Recommendation.values
                ]
                for year in years
            ],
            row_totals=True,
            column_totals=several,
        )
    )
    by_recommendation = list(zip(*recommendations, strict=True))
    return {
        "years": years,
        "several_years": several,
        "cases": {
            "columns": [kind.label for kind in CASE_KINDS],
            "rows": [{"year": year, "cells": cases[i]} for i, year in enumerate(years)],
            "total": cases[-1] if several else None,
        },
        "recommendations": {
            "rows": [
                {"label": label, "cells": by_recommendation[j]}
                for j, label in enumerate(Recommendation.labels)
            ],
            "total": by_recommendation[-1],
        },
    }


CHART_SERIES = (
    (0, Milestone.Kind.RECEIVED.label, "#1d4f91"),
    (1, Milestone.Kind.ADMISSIBLE.label, "#2e6b30"),
    (2, Milestone.Kind.DISCUSSED.label, "#7a2877"),
)
CHART_HEIGHT = 180
BAR_WIDTH = 26
GROUP_GAP = 22
LEFT = 16
TOP = 24


def transparency_chart(*, figures):
    """Bar geometry for the server-rendered SVG: one group per year (oldest first).

    Only shown figures get a bar, scaled among shown figures only; a hidden one gets its
    label ("fewer than 3", "not shown") written upwards instead, so no height reveals it."""
    years = list(reversed(figures["cases"]["rows"])) if figures else []
    values = [cell["value"] for year in years for cell in year["cells"] if cell["shown"]]
    largest = max([*values, SMALL_NUMBER_THRESHOLD])
    group_width = BAR_WIDTH * len(CHART_SERIES) + GROUP_GAP
    groups = []
    for index, year in enumerate(years):
        x0 = LEFT + index * group_width
        bars = []
        for position, (column, label, colour) in enumerate(CHART_SERIES):
            cell = year["cells"][column]
            height = round(CHART_HEIGHT * cell["value"] / largest) if cell["shown"] else 0
            x = x0 + position * BAR_WIDTH
            centre = x + (BAR_WIDTH - 4) // 2
            bars.append(
                {
                    "shown": cell["shown"],
                    "x": x,
                    "y": TOP + CHART_HEIGHT - height,
                    "width": BAR_WIDTH - 4,
                    "height": height,
                    "colour": colour,
                    "label": label,
                    "display": cell["display"],
                    "text_x": centre,
                    "text_y": TOP + CHART_HEIGHT - height - 6,
                    # Upright text for a hidden figure: starts at the baseline, reads upwards.
                    "hidden_x": centre + 4,
                    "hidden_y": TOP + CHART_HEIGHT - 4,
                }
            )
        groups.append(
            {
                "year": year["year"],
                "bars": bars,
                "label_x": x0 + (BAR_WIDTH * len(CHART_SERIES)) // 2,
            }
        )
    width = LEFT * 2 + max(len(years), 1) * group_width - GROUP_GAP
    return {
        "width": width,
        "height": TOP + CHART_HEIGHT + 24,
        "baseline": TOP + CHART_HEIGHT,
        "axis_label_y": TOP + CHART_HEIGHT + 18,
        "groups": groups,
        "legend": [{"label": label, "colour": colour} for _column, label, colour in CHART_SERIES],
    }
