import pytest

from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser

SEEDED_PATHS = [
    "/de/",
    "/de/ueber-das-gremium/",
    "/de/regeln-fuer-einzelfaelle/",
    "/de/beratung-bekommen/",
    "/de/beratung/",
]


@pytest.mark.parametrize("path", SEEDED_PATHS)
def test_seeded_pages_have_no_axe_violations(live_site, page, path):
    response = page.goto(live_site + path)
    assert response.status == 200
    assert axe_violations(page) == []
