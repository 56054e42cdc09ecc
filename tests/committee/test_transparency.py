"""The public figures: counts per year, small numbers hidden, chart and table agree."""

import re

import pytest
from django.utils import timezone

from cases.models import CaseStatus
from committee import services
from committee.models import Milestone, Recommendation, TransparencyPage
from home.models import HomePage
from tests.committee.conftest import case_submit, client_login


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


def _row(content, table_id, year):
    table = content.split(f'id="{table_id}"')[1].split("</table>")[0]
    row = re.search(rf"<th scope=\"row\">{year}</th>(.*?)</tr>", table, re.S).group(1)
    return [cell.strip() for cell in re.findall(r"<td>(.*?)</td>", row, re.S)]


def test_small_numbers_are_hidden_in_table_and_chart(client, transparency_page):
    _milestones(2025, Milestone.Kind.RECEIVED, 7)
    _milestones(2025, Milestone.Kind.ADMISSIBLE, 2)
    _milestones(2025, Milestone.Kind.DISCUSSED, 1)
    _milestones(2025, Milestone.Kind.RECOMMENDATION, 3, Recommendation.HARDSHIP_COMMISSION)
    _milestones(2025, Milestone.Kind.RECOMMENDATION, 1, Recommendation.NO_PERSPECTIVE)
    response = client.get(transparency_page.url)
    assert response.status_code == 200
    content = response.content.decode()
    fewer = "fewer than 3"
    if fewer not in content:
        fewer = "weniger als 3"
    assert _row(content, "transparency-table", 2025) == ["7", fewer, fewer]
    recommendations = _row(content, "recommendation-table", 2025)
    order = [value for value, _label in Recommendation.choices]
    assert recommendations[order.index(Recommendation.HARDSHIP_COMMISSION)] == "3"
    assert recommendations[order.index(Recommendation.NO_PERSPECTIVE)] == fewer
    assert recommendations[order.index(Recommendation.PERSPECTIVE_SEEN)] == "0"
    svg = content.split("<svg")[1].split("</svg>")[0]
    assert ">7</text>" in svg
    assert ">&lt;3</text>" in svg
    # The hidden 1 and 2 appear nowhere as numbers, not even as bar heights.
    heights = re.findall(r'<rect x="[\d.]+" y="[\d.]+" width="32" height="(\d+)"', svg)
    assert set(heights) <= {"0", "180"}
    assert 'role="img"' in svg


def test_figures_come_from_the_workflow_and_survive_deletion(
    transparency_page, client, advisor, member, django_capture_on_commit_callbacks
):
    cases = [case_submit(advisor, full_name=f"Person {n}") for n in range(4)]
    for case in cases[:3]:
        services.case_status_change(
            case=case, status=CaseStatus.ADMISSIBLE, actor=member, role=services.ROLE_COMMITTEE
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.case_consent_withdraw(case=cases[3], actor=advisor)
    year = timezone.localdate().year
    content = client.get(transparency_page.url).content.decode()
    assert _row(content, "transparency-table", year)[:2] == ["4", "3"]
    assert "Person" not in content
    for case in cases:
        assert case.reference not in content


def test_page_is_the_same_for_everyone(client, transparency_page, member):
    _milestones(2024, Milestone.Kind.RECEIVED, 12)
    anonymous = client.get(transparency_page.url)
    assert "sessionid" not in anonymous.cookies
    client_login(client, member)
    logged_in = client.get(transparency_page.url)
    assert anonymous.content == logged_in.content
