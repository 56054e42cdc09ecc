import os
import shutil

import pytest
from django.conf import settings as django_settings
from django.core.cache import caches
from django.db import connection
from django.utils import translation
from hypothesis import settings

from demo.services import portal_seed
from home.models import HomePage
from tests.cases.helpers import submit_case, totp_device
from tests.factories import AdviceCenterFactory, AdvisorProfileFactory, UserFactory

# Property tests run the same examples on every machine unless a profile asks otherwise:
# HYPOTHESIS_PROFILE=explore draws new random examples (and more of them) on each run.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("explore", max_examples=300, derandomize=False)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Tests on the bare migrated database run first, then those on the German demo site, then
# those on every language tree (see pytest_collection_modifyitems).
SITE_FIXTURES = ("seeded_site", "multilingual_site")


@pytest.fixture(autouse=True)
def _empty_caches():
    """Rate-limit counters, Wagtail's site root paths and cached pages live in the caches;
    each test starts and leaves them empty."""
    for alias in ("default", "pagecache"):
        caches[alias].clear()
    yield
    for alias in ("default", "pagecache"):
        caches[alias].clear()


@pytest.fixture(autouse=True)
def _no_language_active():
    """A request through the test client leaves its language active in this thread; each test
    starts as the first one does, with none (the default language)."""
    translation.deactivate()


@pytest.fixture(autouse=True)
def _own_file_folders(settings, tmp_path):
    """Uploads, images and encrypted consent files of each test in folders of its own."""
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    yield
    shutil.rmtree(tmp_path / "private", ignore_errors=True)


def _seed(*, translations=False):
    return portal_seed(log=lambda message: None, translations=translations)


@pytest.fixture
def page_cache(settings):
    """The page cache switched on, empty before and after the test."""
    settings.PAGECACHE_ENABLED = True
    caches["pagecache"].clear()
    yield
    caches["pagecache"].clear()


@pytest.fixture(scope="session")
def demo_seed():
    """Builds the demo site where it is missing (``translations=True``: every language tree),
    for tests that need it committed: live servers, several connections, after a flush."""
    return _seed


@pytest.fixture(scope="session")
def _german_site_committed(django_db_setup, django_db_blocker):
    """The German demo site, built once per test database (per xdist worker)."""
    with django_db_blocker.unblock():
        _seed()


@pytest.fixture
def seeded_site(_german_site_committed, db):
    """The German demo site (every language prefix falls back to it); each test's transaction
    rolls back to it.

    Tests of the language trees use the full seed (`tests/i18n/conftest.py`).
    """
    home = HomePage.objects.filter(locale__language_code=django_settings.LANGUAGE_CODE).first()
    if home is None:
        # A transactional test's flush emptied the database; built again inside this test.
        home = _seed()
    return home


# Users of each role, signed in later with password and second factor -----------------------


@pytest.fixture
def center_a(db):
    return AdviceCenterFactory(name="Zentrum A", slug="zentrum-a")


@pytest.fixture
def center_b(db):
    return AdviceCenterFactory(name="Zentrum B", slug="zentrum-b")


@pytest.fixture
def advisor_a(center_a):
    user = AdvisorProfileFactory(advice_center=center_a).user
    totp_device(user)
    return user


@pytest.fixture
def advisor_b(center_b):
    user = AdvisorProfileFactory(advice_center=center_b).user
    totp_device(user)
    return user


@pytest.fixture
def editor(db):
    user = UserFactory(groups=["Editors"], is_staff=True)
    totp_device(user)
    return user


@pytest.fixture
def committee_member(db):
    user = UserFactory(groups=["Committee"])
    totp_device(user)
    return user


@pytest.fixture
def admin_user(db):
    """An administrator with a second factor (pytest-django's has none)."""
    user = UserFactory(is_staff=True, is_superuser=True)
    totp_device(user)
    return user


@pytest.fixture
def case_a(advisor_a):
    return submit_case(advisor_a)


@pytest.fixture
def case_b(advisor_b):
    return submit_case(advisor_b, full_name="Other Person")


@pytest.hookimpl(wrapper=True)
def pytest_collection_modifyitems(config, items):
    """Tests marked ``postgresql`` exercise what only a server database has (a connection to
    lose); a run on SQLite leaves them out, the PostgreSQL run in CI runs them.

    The demo site is committed once, when the first test asks for it: tests on the bare
    database go before it. pytest-django then puts the database tests before the transactional
    ones, keeping this order within each group (and xdist keeps it on every worker)."""
    if connection.vendor != "postgresql":
        left_out = [item for item in items if item.get_closest_marker("postgresql")]
        if left_out:
            config.hook.pytest_deselected(items=left_out)
            items[:] = [item for item in items if item.get_closest_marker("postgresql") is None]

    def site(item):
        used = [index for index, name in enumerate(SITE_FIXTURES) if name in item.fixturenames]
        return max(used, default=-1)

    items.sort(key=site)
    return (yield)
