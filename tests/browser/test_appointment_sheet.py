import pytest

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("path", ["/de/beratung/vorbereitung/", "/ar/beratung/vorbereitung/"])
def test_appointment_sheet_has_no_axe_violations(live_site, page, path):
    response = page.goto(live_site + path)
    assert response.status == 200
    assert axe_violations(page) == []
