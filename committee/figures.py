"""The public yearly figures: anonymous counts, small numbers hidden."""

from django.db.models import Count
from django.utils.translation import gettext as _

from committee.models.workflow import Milestone, Recommendation

# Counts below this could point at a person and are shown as "fewer than 3".
SMALL_NUMBER_THRESHOLD = 3


def _cell(value):
    suppressed = 0 < value < SMALL_NUMBER_THRESHOLD
    display = (
        _("fewer than %(threshold)s") % {"threshold": SMALL_NUMBER_THRESHOLD}
        if suppressed
        else str(value)
    )
    # The true number of a suppressed cell never leaves this function.
    return {"value": None if suppressed else value, "display": display, "suppressed": suppressed}


def transparency_figures():
    """Per year: received, admissible, discussed and each recommendation, as display cells."""
    counts = {}
    rows = Milestone.objects.values("year", "kind", "recommendation").annotate(n=Count("id"))
    for row in rows:
        counts[(row["year"], row["kind"], row["recommendation"])] = row["n"]
    years = sorted({year for year, _kind, _rec in counts}, reverse=True)
    figures = []
    for year in years:
        figures.append(
            {
                "year": year,
                "received": _cell(counts.get((year, Milestone.Kind.RECEIVED, ""), 0)),
                "admissible": _cell(counts.get((year, Milestone.Kind.ADMISSIBLE, ""), 0)),
                "discussed": _cell(counts.get((year, Milestone.Kind.DISCUSSED, ""), 0)),
                "recommendations": [
                    {
                        "label": label,
                        "cell": _cell(counts.get((year, Milestone.Kind.RECOMMENDATION, value), 0)),
                    }
                    for value, label in Recommendation.choices
                ],
            }
        )
    return figures


CHART_SERIES = (
    ("received", Milestone.Kind.RECEIVED.label, "#1d4f91"),
    ("admissible", Milestone.Kind.ADMISSIBLE.label, "#2e6b30"),
    ("discussed", Milestone.Kind.DISCUSSED.label, "#7a2877"),
)
CHART_HEIGHT = 180
BAR_WIDTH = 36
GROUP_GAP = 40
LEFT = 20
TOP = 40


def transparency_chart(*, figures):
    """Bar geometry for the server-rendered SVG: one group per year (oldest first)."""
    years = list(reversed(figures))
    values = [year[key]["value"] or 0 for year in years for key, _label, _colour in CHART_SERIES]
    largest = max([*values, SMALL_NUMBER_THRESHOLD])
    group_width = BAR_WIDTH * len(CHART_SERIES) + GROUP_GAP
    groups = []
    for index, year in enumerate(years):
        x0 = LEFT + index * group_width
        bars = []
        for position, (key, label, colour) in enumerate(CHART_SERIES):
            cell = year[key]
            # A suppressed count is drawn no higher than the threshold allows.
            value = cell["value"] if cell["value"] is not None else 0
            height = round(CHART_HEIGHT * value / largest) if value else 0
            x = x0 + position * BAR_WIDTH
            bars.append(
                {
                    "x": x,
                    "y": TOP + CHART_HEIGHT - height,
                    "width": BAR_WIDTH - 4,
                    "height": height,
                    "colour": colour,
                    "label": label,
                    "display": "<" + str(SMALL_NUMBER_THRESHOLD)
                    if cell["suppressed"]
                    else cell["display"],
                    "text_x": x + (BAR_WIDTH - 4) / 2,
                    "text_y": TOP + CHART_HEIGHT - height - 6,
                }
            )
        groups.append(
            {
                "year": year["year"],
                "bars": bars,
                "label_x": x0 + (BAR_WIDTH * len(CHART_SERIES)) / 2,
            }
        )
    width = LEFT * 2 + max(len(years), 1) * group_width
    legend = [
        {"label": label, "colour": colour, "y": 14, "x": LEFT + i * 200}
        for i, (_key, label, colour) in enumerate(CHART_SERIES)
    ]
    return {
        "width": max(width, LEFT * 2 + 600),
        "height": TOP + CHART_HEIGHT + 30,
        "baseline": TOP + CHART_HEIGHT,
        "axis_label_y": TOP + CHART_HEIGHT + 20,
        "groups": groups,
        "legend": legend,
    }
