"""The public figures: counts per year, small numbers hidden, no hidden number computable from
the shown ones and the totals, chart and tables agree, and the page says how it counts.

The check for differencing is a brute force of its own: from what a reader sees (numbers,
"fewer than 3", "not shown") it enumerates every table of whole numbers that agrees with the
published cells and sums, and finds the hidden cells that have the same number in all of them.
"""

import itertools
import random
import re
from collections import defaultdict

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation
from django.utils.translation import gettext

from cases.models import CaseStatus
from committee import figures, services
from committee.models import Milestone, Recommendation, TransparencyPage
from home.models import HomePage
from tests.committee.conftest import case_submit, client_login

FEWER = "fewer than 3"
NOT_SHOWN = "not shown"
CASE_KINDS = [Milestone.Kind.RECEIVED, Milestone.Kind.ADMISSIBLE, Milestone.Kind.DISCUSSED]


@pytest.fixture
def transparency_page(seeded_site):
    home = HomePage.objects.get(locale__language_code="de")
    page = TransparencyPage(title="Zahlen und Fakten", slug="zahlen", intro="Jährliche Zahlen")
    home.add_child(instance=page)
    page.save_revision().publish()
    return page


def _milestones(year, kind, count, recommendation=""):
    Milestone.objects.bulk_create(
        [Milestone(kind=kind, year=year, recommendation=recommendation) for _ in range(count)]
    )


def _labels():
    """The two labels as the German page writes them."""
    with translation.override("de"):
        return {
            gettext("fewer than %(threshold)s") % {"threshold": 3}: FEWER,
            gettext("not shown"): NOT_SHOWN,
        }


def _read(text, labels):
    text = text.strip()
    if text.isdigit():
        return int(text)
    assert text in labels, f"a cell says neither a number nor a known label: {text!r}"
    return labels[text]


def _tables(content):
    """Both tables as a reader sees them, one row per year (newest first), totals last."""
    soup = BeautifulSoup(content, "html.parser")
    labels = _labels()
    cases = soup.find(id="transparency-table")
    case_rows = [
        [_read(td.get_text(), labels) for td in tr.find_all("td")]
        for tr in cases.tbody.find_all("tr")
    ]
    years = [
        int(tr.th.get_text())
        for tr in cases.tbody.find_all("tr")
        if "total" not in tr.get("class", [])
    ]
    recommendations = soup.find(id="recommendation-table")
    header = [th.get_text() for th in recommendations.thead.find_all("th")][1:]
    assert header[: len(years)] == [str(year) for year in years]
    assert len(header) == len(years) + (len(years) > 1)
    by_recommendation = [
        [_read(td.get_text(), labels) for td in tr.find_all("td")]
        for tr in recommendations.tbody.find_all("tr")
    ]
    # Shown with one row per recommendation; the check wants one row per year.
    recommendation_rows = [list(row) for row in zip(*by_recommendation, strict=True)]
    return years, case_rows, recommendation_rows


def _row(content, table_id, year):
    table = content.split(f'id="{table_id}"')[1].split("</table>")[0]
    row = re.search(rf"<th scope=\"row\">{year}</th>(.*?)</tr>", table, re.S).group(1)
    return [cell.strip() for cell in re.findall(r"<td>(.*?)</td>", row, re.S)]


# --- the brute force ---------------------------------------------------------------------


def _fits(entry, value, *, total):
    """Whether ``value`` agrees with a published cell: its number, or what its label says."""
    if isinstance(entry, int):
        return value == entry
    if entry == FEWER:
        return 1 <= value <= 2
    # "not shown": small inner cells say "fewer than 3" and zeros are shown, so a hidden inner
    # cell is at least 3; a hidden total is at least 1. Assuming the most a reader may know
    # makes this check strictest.
    return value >= (1 if total else 3)


def _candidates(entry, cap):
    if isinstance(entry, int):
        return [entry]
    if entry == FEWER:
        return [1, 2]
    return list(range(3, cap + 1))


class _Published:
    """A published table: its cells as a reader sees them and which totals it has."""

    def __init__(self, cells, *, row_totals, column_totals):
        self.cells = cells
        self.row_totals, self.column_totals = row_totals, column_totals
        self.n_rows = len(cells) - int(column_totals)
        self.n_columns = len(cells[0]) - int(row_totals)

    def rows(self, i, cap):
        """Every row of whole numbers that agrees with row ``i`` and its total."""
        rows = itertools.product(
            *(_candidates(entry, cap) for entry in self.cells[i][: self.n_columns])
        )
        if not self.row_totals:
            return list(rows)
        return [row for row in rows if _fits(self.cells[i][self.n_columns], sum(row), total=True)]

    def within(self, sums):
        """Column sums so far still below every shown column total."""
        if not self.column_totals:
            return True
        shown = self.cells[self.n_rows]
        return all(not isinstance(shown[j], int) or sums[j] <= shown[j] for j in range(len(sums)))

    def complete(self, sums):
        """Column sums that agree with the row for all years."""
        if not self.column_totals:
            return True
        totals = self.cells[self.n_rows]
        if self.row_totals and not _fits(totals[self.n_columns], sum(sums), total=True):
            return False
        return all(_fits(totals[j], total, total=True) for j, total in enumerate(sums))


def _add(a, b):
    return tuple(x + y for x, y in zip(a, b, strict=True))


def _possible(table, cap):
    """Every value each cell takes in some table of whole numbers (inner cells up to ``cap``)
    that agrees with every published cell and every row, column and grand total.

    Rows are enumerated one by one and joined through their column sums: forwards, which sums
    can be reached; backwards, which rows lead to a table that agrees with the totals."""
    options = [table.rows(i, cap) for i in range(table.n_rows)]
    reach = [{(0,) * table.n_columns}]
    for rows in options:
        reach.append(
            {_add(a, row) for a in reach[-1] for row in rows if table.within(_add(a, row))}
        )
    # Keys beyond the table (a row total it does not publish) are never looked at.
    possible = defaultdict(set)
    good = {sums for sums in reach[-1] if table.complete(sums)}
    for sums in good if table.column_totals else ():
        for j, total in enumerate(sums):
            possible[(table.n_rows, j)].add(total)
        possible[(table.n_rows, table.n_columns)].add(sum(sums))
    for i in reversed(range(table.n_rows)):
        earlier = set()
        for before, row in itertools.product(reach[i], options[i]):
            if _add(before, row) in good:
                earlier.add(before)
                for j, value in enumerate([*row, sum(row)]):
                    possible[(i, j)].add(value)
        good = earlier
    return possible


def _computable(published, *, row_totals, column_totals, cap):
    """The hidden cells that have one possible value only, and every cell's possible values."""
    table = _Published(published, row_totals=row_totals, column_totals=column_totals)
    possible = _possible(table, cap)
    return {
        (i, j)
        for i, row in enumerate(published)
        for j, entry in enumerate(row)
        if not isinstance(entry, int) and len(possible[(i, j)]) == 1
    }, possible


def _truth(counts, *, row_totals, column_totals):
    table = [[*row, sum(row)] if row_totals else list(row) for row in counts]
    if column_totals:
        table.append([sum(column) for column in zip(*table, strict=True)])
    return table


def _assert_safe(counts, published, *, row_totals, column_totals):
    """Shown numbers are true, small ones hidden, zeros shown, and no hidden one computable."""
    truth = _truth(counts, row_totals=row_totals, column_totals=column_totals)
    for true_row, row in zip(truth, published, strict=True):
        for value, entry in zip(true_row, row, strict=True):
            if value == 0:
                assert entry == 0, (counts, published)
            elif value < 3:
                assert entry in (FEWER, NOT_SHOWN), (counts, published)
            elif isinstance(entry, int):
                assert entry == value, (counts, published)
            else:
                assert entry == NOT_SHOWN, (counts, published)
    # A search bound: the true table lies within it, and any bound only makes the check stricter.
    cap = max(max(row) for row in counts) + 2
    computable, possible = _computable(
        published, row_totals=row_totals, column_totals=column_totals, cap=max(cap, 5)
    )
    for i, row in enumerate(truth):
        for j, value in enumerate(row):
            assert value in possible[(i, j)], (counts, published, (i, j))
    assert not computable, f"{counts} published as {published}: {sorted(computable)} computable"


def _publish(values, states):
    label = {figures.SMALL: FEWER, figures.HIDDEN: NOT_SHOWN}
    return [
        [
            value if state == figures.SHOWN else label[state]
            for value, state in zip(row, srow, strict=True)
        ]
        for row, srow in zip(values, states, strict=True)
    ]


# Hand-picked: (counts per year, with a total per year, with a row for all years).
EDGE_CASES = [
    ([[1, 5, 7, 0]], True, False),  # one small cell in a row with its total
    ([[1, 1, 0, 0]], True, False),  # two small cells summing to 2, total small too
    ([[2, 2, 0, 0]], True, False),  # two small cells summing to 4
    ([[1, 1, 0, 0], [1, 1, 0, 0]], True, True),
    ([[1, 5, 7, 0], [6, 4, 3, 8]], True, True),
    ([[0, 0, 0, 0], [2, 3, 4, 0]], True, True),  # a year without recommendations
    ([[0, 0, 0, 0]], True, False),  # a single year without recommendations
    ([[1, 0, 0, 0], [0, 0, 0, 4]], True, True),  # a small cell alone in its row and column
    ([[2, 2, 2, 2], [2, 2, 2, 2], [2, 2, 2, 2]], True, True),
    ([[3, 3, 3, 3], [3, 1, 3, 3]], True, True),  # partners of exactly 3
    ([[2, 4, 0]], False, False),  # a single year of cases: no totals at all
    ([[1, 9, 9], [5, 9, 9]], False, True),  # one small cell in a column with its total
    ([[1, 4, 4], [1, 4, 4]], False, True),  # two small cells summing to 2 in a column
    ([[1, 1, 1], [2, 2, 2], [1, 0, 2]], False, True),
]
SMALL_COUNTS = [0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 5, 6, 7]


def _generated(number, seed):
    rng = random.Random(seed)
    for _ in range(number):
        years = rng.randint(1, 3)
        recommendations = rng.random() < 0.6
        columns = 4 if recommendations else 3
        counts = [[rng.choice(SMALL_COUNTS) for _ in range(columns)] for _ in range(years)]
        yield counts, recommendations, years > 1


def test_the_brute_force_finds_differencing():
    """The check can fail: with only the small numbers hidden, totals give them away."""
    published = [[FEWER, 5, 7, 0, 13]]
    assert _computable(published, row_totals=True, column_totals=False, cap=9)[0] == {(0, 0)}
    # Two cells "fewer than 3" and a total "fewer than 3": 1 + 1 = 2.
    published = [[FEWER, FEWER, 0, 0, FEWER]]
    computable, _possible_values = _computable(
        published, row_totals=True, column_totals=False, cap=9
    )
    assert computable == {(0, 0), (0, 1), (0, 4)}
    # A cell "not shown" next to a small one: 1 + x = 4 with x at least 3 leaves x = 3, the 1.
    published = [[FEWER, NOT_SHOWN, 7, 0, 11]]
    assert _computable(published, row_totals=True, column_totals=False, cap=9)[0] == {
        (0, 0),
        (0, 1),
    }


def test_the_audit_agrees_with_the_brute_force():
    """cells_disclosed finds exactly the hidden cells the brute force can compute."""
    for counts, row_totals, column_totals in [*EDGE_CASES, *_generated(150, seed=7)]:
        values = figures.table_with_totals(
            counts, row_totals=row_totals, column_totals=column_totals
        )
        states = [[figures.SMALL if 0 < v < 3 else figures.SHOWN for v in row] for row in values]
        cap = max(5, max(max(row) for row in counts) + 2)
        expected, _possible_values = _computable(
            _publish(values, states), row_totals=row_totals, column_totals=column_totals, cap=cap
        )
        found = figures.cells_disclosed(
            values, states, row_totals=row_totals, column_totals=column_totals
        )
        assert set(found) == expected, counts


def test_no_hidden_figure_can_be_computed_from_the_shown_ones():
    """Edge cases and 300 generated tables: after suppression nothing hidden is computable."""
    for counts, row_totals, column_totals in [*EDGE_CASES, *_generated(300, seed=2025)]:
        values, states = figures.cells_suppress(
            counts, row_totals=row_totals, column_totals=column_totals
        )
        _assert_safe(
            counts,
            _publish(values, states),
            row_totals=row_totals,
            column_totals=column_totals,
        )


def _store(years, cases, recommendations):
    Milestone.objects.all().delete()
    for year, counts in zip(years, cases, strict=True):
        for kind, count in zip(CASE_KINDS, counts, strict=True):
            _milestones(year, kind, count)
    for year, counts in zip(years, recommendations, strict=True):
        for value, count in zip(Recommendation.values, counts, strict=True):
            _milestones(year, Milestone.Kind.RECOMMENDATION, count, value)


def _page_datasets():
    yield [2025, 2024], [[1, 5, 7], [6, 2, 9]], [[1, 1, 0, 0], [3, 4, 0, 2]]
    yield [2025], [[2, 4, 0]], [[1, 0, 0, 0]]
    yield [2025, 2024, 2023], [[3, 1, 0], [5, 5, 5], [1, 0, 0]], [[0, 3, 2, 0], [0] * 4, [1] * 4]
    rng = random.Random(360)
    for _ in range(3):
        years = [2025, 2024, 2023][: rng.randint(2, 3)]
        yield (
            years,
            [[rng.choice(SMALL_COUNTS) for _ in range(3)] for _ in years],
            [[rng.choice(SMALL_COUNTS) for _ in range(4)] for _ in years],
        )


def test_the_page_publishes_no_computable_figure(client, transparency_page):
    """The rendered page, read like a reader reads it, for data stored as milestones."""
    for years, cases, recommendations in _page_datasets():
        _store(years, cases, recommendations)
        content = client.get(transparency_page.url).content.decode()
        shown_years, case_rows, recommendation_rows = _tables(content)
        assert shown_years == years
        several = len(years) > 1
        _assert_safe(cases, case_rows, row_totals=False, column_totals=several)
        _assert_safe(recommendations, recommendation_rows, row_totals=True, column_totals=several)
        _assert_chart_shows_only_the_table(content, years, case_rows)


def _assert_chart_shows_only_the_table(content, years, case_rows):
    svg = BeautifulSoup(content, "html.parser").find("figure", class_="chart").svg
    with translation.override("de"):
        names = [str(kind.label) for kind in CASE_KINDS]
    # Coordinates are plain numbers in every language (a German "16,5" would move a bar to 0).
    for element in svg.find_all(["rect", "text", "line"]):
        for name in ("x", "y", "width", "height", "x1", "x2", "y1", "y2"):
            if element.has_attr(name):
                assert re.fullmatch(r"\d+", element[name]), (name, element[name])
    bars = {rect.title.get_text(): int(rect["height"]) for rect in svg.find_all("rect")}
    placeholders = {text.title.get_text() for text in svg.find_all("text", class_="chart-hidden")}
    shown = []
    for year, row in zip(years, case_rows[: len(years)], strict=True):
        for name, entry in zip(names, row, strict=True):
            if isinstance(entry, int):
                assert f"{year}, {name}: {entry}" in bars
                shown.append(entry)
            else:
                # No bar at all, only the table's label written upwards.
                assert not any(title.startswith(f"{year}, {name}:") for title in bars)
                assert f"{year}, {name}: {_label_text(entry)}" in placeholders
    assert len(bars) == len(shown)
    # Bars are scaled among shown figures only: the highest shown one fills the chart.
    if any(shown):
        assert max(bars.values()) == 180
    numbers = {
        text.get_text()
        for text in svg.find_all("text")
        if "chart-hidden" not in text.get("class", [])
    }
    assert numbers <= {str(n) for n in shown} | {str(year) for year in years}


def _label_text(entry):
    return {label: text for text, label in _labels().items()}[entry]


def test_the_chart_is_the_same_whatever_the_hidden_numbers(client, transparency_page):
    """Two data sets that publish the same tables draw the same chart: nothing hidden leaks
    through a bar's height or the scale."""
    pages = []
    for received in ([1, 7, 9], [2, 6, 9]):
        Milestone.objects.all().delete()
        for year, count in zip([2025, 2024, 2023], received, strict=True):
            _milestones(year, Milestone.Kind.RECEIVED, count)
            _milestones(year, Milestone.Kind.ADMISSIBLE, 4)
        content = client.get(transparency_page.url).content.decode()
        soup = BeautifulSoup(content, "html.parser")
        pages.append((str(soup.find(id="transparency-table")), str(soup.find("figure"))))
    assert pages[0] == pages[1]
    assert "<td>7</td>" not in pages[0][0]


def test_small_numbers_are_hidden_in_table_and_chart(client, transparency_page):
    _milestones(2025, Milestone.Kind.RECEIVED, 7)
    _milestones(2025, Milestone.Kind.ADMISSIBLE, 2)
    _milestones(2025, Milestone.Kind.DISCUSSED, 1)
    _milestones(2025, Milestone.Kind.RECOMMENDATION, 3, Recommendation.HARDSHIP_COMMISSION)
    _milestones(2025, Milestone.Kind.RECOMMENDATION, 1, Recommendation.NO_PERSPECTIVE)
    response = client.get(transparency_page.url)
    assert response.status_code == 200
    content = response.content.decode()
    fewer = _label_text(FEWER)
    assert _row(content, "transparency-table", 2025) == ["7", fewer, fewer]
    _years, _cases, (recommendations,) = _tables(content)
    order = list(Recommendation.values)
    assert recommendations[order.index(Recommendation.HARDSHIP_COMMISSION)] == 3
    assert recommendations[order.index(Recommendation.NO_PERSPECTIVE)] == FEWER
    assert recommendations[order.index(Recommendation.PERSPECTIVE_SEEN)] == 0
    # The year's total, 4, would give the hidden 1 away.
    assert recommendations[-1] == NOT_SHOWN
    svg = content.split("<svg")[1].split("</svg>")[0]
    assert ">7</text>" in svg
    assert f">{fewer}</text>" in svg
    # The hidden 1 and 2 appear nowhere as numbers, not even as bar heights.
    heights = re.findall(r'<rect x="[\d.]+" y="[\d.]+" width="\d+" height="(\d+)"', svg)
    assert heights == ["180"]
    assert 'role="img"' in svg


def test_the_page_says_how_it_counts(client, transparency_page):
    _milestones(2025, Milestone.Kind.RECEIVED, 4)
    content = client.get("/en/zahlen/").content.decode()
    section = BeautifulSoup(content, "html.parser").find(id="how-we-count")
    text = " ".join(section.get_text().split())
    assert "How we count" in text
    # What a figure counts and in which year.
    assert "counted once for each step it takes, in the year of that step" in text
    assert "when it was received" in text
    assert "when the committee sent its recommendation" in text
    # What the two labels mean.
    assert "Where fewer than 3 cases fall into a group, the page says “fewer than 3”" in text
    assert "further figures – totals too – are hidden as well and say “not shown”" in text
    assert "work out a hidden figure by subtracting the shown ones" in text
    # The German page says the same in German.
    german = client.get(transparency_page.url).content.decode()
    section = BeautifulSoup(german, "html.parser").find(id="how-we-count")
    for label in _labels():
        assert f"„{label}“" in section.get_text()


def test_figures_come_from_the_workflow_and_survive_deletion(
    transparency_page, client, advisor, member, django_capture_on_commit_callbacks
):
    cases = [case_submit(advisor, full_name=f"Zeynep Muster {n}") for n in range(4)]
    for case in cases[:3]:
        services.case_status_change(
            case=case, status=CaseStatus.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.case_consent_withdraw(case=cases[3], actor=advisor)
    year = timezone.localdate().year
    content = client.get(transparency_page.url).content.decode()
    assert _row(content, "transparency-table", year)[:2] == ["4", "3"]
    assert "Zeynep Muster" not in content
    for case in cases:
        assert case.reference not in content


def test_page_is_the_same_for_everyone(client, transparency_page, member):
    _milestones(2024, Milestone.Kind.RECEIVED, 12)
    anonymous = client.get(transparency_page.url)
    assert "sessionid" not in anonymous.cookies
    client_login(client, member)
    logged_in = client.get(transparency_page.url)
    # The figures are the same; only the header says who is logged in.
    assert _main(anonymous) == _main(logged_in)


def _main(response):
    html = response.content.decode()
    return html[html.index("<main") : html.index("</main>")]
