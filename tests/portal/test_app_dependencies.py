"""App dependencies point one way, and nothing but the seed imports the demo app with its
well-known secrets."""

import ast
from pathlib import Path

from django.conf import settings

BASE = Path(settings.BASE_DIR)
APPS = {
    "portal",
    "pagecache",
    "home",
    "advice_centers",
    "search",
    "accounts",
    "cases",
    "committee",
    "demo",
    "intake",
}
# What each app may import. The URL conf and the settings are the project's wiring and may
# name every app; demo builds the demo site from all of them.
ALLOWED = {
    "portal": {"pagecache"},
    "pagecache": set(),
    "home": {"portal"},
    "advice_centers": {"portal", "home"},
    "search": {"portal", "home", "advice_centers"},
    "accounts": {"portal", "home", "advice_centers"},
    "cases": {"portal", "home", "advice_centers", "accounts"},
    "committee": {"portal", "home", "advice_centers", "accounts", "cases"},
    "demo": APPS - {"demo"},
    # The migrations that hand the tables over use the data of the apps that take them.
    "intake": {"accounts", "cases", "committee"},
}
WIRING = {"portal/urls.py"}


def imported_apps(path):
    tree = ast.parse(path.read_text(), filename=str(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            yield node.lineno, node.module.split(".")[0]
        elif isinstance(node, ast.Import):
            for alias in node.names:
                yield node.lineno, alias.name.split(".")[0]


def app_imports():
    for app in sorted(APPS):
        for path in sorted((BASE / app).rglob("*.py")):
            relative = path.relative_to(BASE).as_posix()
            if relative in WIRING or relative.startswith("portal/settings/"):
                continue
            for line, target in imported_apps(path):
                if target in APPS and target != app:
                    yield app, target, f"{relative}:{line}"


def test_every_app_imports_only_what_it_builds_on():
    wrong = [
        f"{place} imports {target}"
        for app, target, place in app_imports()
        if target not in ALLOWED[app]
    ]
    assert wrong == []


def test_no_module_outside_the_demo_imports_it():
    assert [place for _app, target, place in app_imports() if target == "demo"] == []
