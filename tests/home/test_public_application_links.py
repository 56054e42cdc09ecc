"""Where the committee's rules open the public application form, the home page's first
actions and the page on how to get advice link it; where they do not, nothing changes. The
cached pages change with the rules."""

import pytest
from django.utils import translation
from wagtail.models import Site

from cases.models import ApplicantKind
from committee.models import CommitteeRules

HOME = "/{code}/"
HOW_TO = "/{code}/beratung-bekommen/"
RULES_PAGE = "/{code}/regeln-fuer-einzelfaelle/"
APPLY_ONLINE = "Apply online, without an account"


def store_rules(**values):
    site = Site.objects.get(is_default_site=True)
    rules = CommitteeRules.objects.filter(site=site).first() or CommitteeRules(site=site)
    for name, value in values.items():
        setattr(rules, name, value)
    rules.save()


def open_public_form():
    store_rules(
        applicant_kinds=[ApplicantKind.AFFECTED_PERSON.value, ApplicantKind.REPRESENTATIVE.value],
        public_applications=True,
    )


def _actions(html):
    return html.split('<ul class="home-actions">', 1)[1].split("</ul>", 1)[0]


def _link(code):
    with translation.override(code):
        return f'href="/{code}/apply/" id="home-apply">{translation.gettext(APPLY_ONLINE)}</a>'


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["de", "ar"])
def test_where_the_switch_is_off_no_page_links_the_form(client, seeded_site, code):
    for url in (HOME, HOW_TO, RULES_PAGE):
        assert f"/{code}/apply/" not in client.get(url.format(code=code)).content.decode(), url


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["de", "ar"])
def test_the_home_page_offers_the_form_beside_the_finder_where_the_rules_open_it(
    client, seeded_site, code
):
    open_public_form()
    actions = _actions(client.get(HOME.format(code=code)).content.decode())
    assert _link(code) in actions
    # Beside, not instead of, the ways to an advice centre.
    assert actions.count("<li>") == 3


@pytest.mark.django_db
def test_the_how_to_page_links_the_form_and_the_rules_page_links_it_once(client, seeded_site):
    open_public_form()
    how_to = client.get(HOW_TO.format(code="de")).content.decode()
    assert 'class="public-application-link"><a href="/de/apply/">' in how_to
    rules_page = client.get(RULES_PAGE.format(code="de")).content.decode()
    assert rules_page.count('href="/de/apply/"') == 1


@pytest.mark.django_db
def test_an_open_switch_without_anyone_admitted_besides_advisors_links_nothing(
    client, seeded_site
):
    store_rules(
        applicant_kinds=[ApplicantKind.PROFESSIONAL_ADVISOR.value], public_applications=True
    )
    for url in (HOME, HOW_TO):
        assert "/de/apply/" not in client.get(url.format(code="de")).content.decode()


@pytest.mark.django_db
def test_the_cached_home_page_changes_with_the_switch(
    client, seeded_site, page_cache, django_capture_on_commit_callbacks
):
    url = HOME.format(code="de")
    client.get(url)
    assert client.get(url)["X-Cache"] == "HIT"

    with django_capture_on_commit_callbacks(execute=True):
        open_public_form()
    response = client.get(url)
    assert response["X-Cache"] == "MISS"
    assert _link("de") in response.content.decode()
    assert client.get(url)["X-Cache"] == "HIT"

    with django_capture_on_commit_callbacks(execute=True):
        store_rules(public_applications=False)
    response = client.get(url)
    assert response["X-Cache"] == "MISS"
    assert "/de/apply/" not in response.content.decode()
