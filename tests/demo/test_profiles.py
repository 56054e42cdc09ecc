"""Each committee profile builds its installation on an empty database, and only one."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import translation
from wagtail.models import Locale, Page

from cases.models import ApplicantKind
from committee.models import Membership
from demo.accounts import demo_accounts_ensure
from demo.models import SeededProfile
from demo.profiles import PROFILES, profile_get
from demo.services import ProfileConflict, portal_seed
from home.models import HomePage
from portal.rules import committee_rules


def seed(name, **kwargs):
    return portal_seed(log=lambda message: None, translations=False, profile=name, **kwargs)


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(PROFILES))
def test_each_profile_builds_on_an_empty_database_with_its_rules(name):
    assert not HomePage.objects.exists()
    profile = profile_get(name)
    home = seed(name)
    assert home.title == profile.HOME["title"]
    assert home.live
    slugs = set(home.get_children().live().values_list("slug", flat=True))
    expected = {page["slug"] for page in profile.MENU_PAGES}
    expected |= {profile.FINDER["slug"], profile.CONTACT["slug"]}
    expected |= {page["slug"] for page in profile.LEGAL_PAGES}
    assert expected <= slugs
    rules = committee_rules()
    assert rules.pk is not None
    for field, value in profile.RULES.items():
        assert getattr(rules, field) == value, field
    assert list(SeededProfile.objects.values_list("name", flat=True)) == [name]


@pytest.mark.django_db
@pytest.mark.parametrize("name", sorted(PROFILES))
def test_each_profiles_demo_seats_have_their_bodies_and_deputies(settings, name):
    settings.PORTAL_DEMO_ACCOUNTS = True
    profile = profile_get(name)
    seed(name)
    demo_accounts_ensure(profile=name)
    rules = committee_rules()
    seats = list(Membership.objects.select_related("deputy_for"))
    members = [seat for seat in seats if seat.kind == Membership.Kind.MEMBER]
    deputies = [seat for seat in seats if seat.kind == Membership.Kind.DEPUTY]
    assert len(members) <= rules.member_count
    assert len(deputies) <= rules.deputy_count
    assert sorted((seat.kind, seat.body, seat.heads_authority) for seat in seats) == sorted(
        (seat["kind"], seat["body"], seat["heads_authority"]) for seat in profile.SEATS
    )
    for deputy in deputies:
        # A deputy stands in for the member sent by the same body.
        assert deputy.deputy_for.kind == Membership.Kind.MEMBER
        assert deputy.deputy_for.body == deputy.body
    # Running again creates nothing twice.
    demo_accounts_ensure(profile=name)
    assert Membership.objects.count() == len(seats)


@pytest.mark.django_db
def test_leverkusen_has_five_members_and_five_deputies_from_the_named_bodies(settings):
    settings.PORTAL_DEMO_ACCOUNTS = True
    seed("leverkusen")
    demo_accounts_ensure(profile="leverkusen")
    bodies = {
        "Integrationsrat der Stadt Leverkusen",
        "Fachbereich Bürger und Integration der Verwaltung",
        "Gleichstellungsbüro der Stadt Leverkusen",
        "Wohlfahrtsverband",
        "Beratungsorganisation in der Integrationsarbeit",
    }
    for kind in (Membership.Kind.MEMBER, Membership.Kind.DEPUTY):
        seats = Membership.objects.filter(kind=kind)
        assert set(seats.values_list("body", flat=True)) == bodies
        assert seats.count() == 5


@pytest.mark.django_db
def test_a_profile_without_translation_files_gets_every_language_as_the_german_pages():
    home = portal_seed(log=lambda message: None, profile="leverkusen")
    children = list(home.get_children().live())
    for locale in Locale.objects.exclude(language_code="de"):
        copies = Page.objects.filter(locale=locale, translation_key=home.translation_key)
        assert copies.get().alias_of_id == home.pk, locale.language_code
        for child in children:
            copy = Page.objects.get(locale=locale, translation_key=child.translation_key)
            assert copy.alias_of_id == child.pk


@pytest.mark.django_db
def test_a_database_seeded_with_one_profile_refuses_another():
    seed("leverkusen")
    with pytest.raises(ProfileConflict):
        seed("dortmund")
    with pytest.raises(CommandError) as error:
        call_command("seed_portal", "--profile", "kreis-unna", stdout=StringIO())
    message = str(error.value)
    assert "leverkusen" in message and "kreis-unna" in message
    assert "One installation serves one committee" in message
    # Nothing of the refused profile was written.
    assert list(SeededProfile.objects.values_list("name", flat=True)) == ["leverkusen"]
    assert committee_rules().committee_name == profile_get("leverkusen").RULES["committee_name"]
    # The same profile again is fine.
    seed("leverkusen")


@pytest.mark.django_db
def test_an_unknown_profile_is_a_clear_error_listing_the_profiles():
    with pytest.raises(CommandError) as error:
        call_command("seed_portal", "--profile", "berlin", stdout=StringIO())
    message = str(error.value)
    assert "berlin" in message
    for name in PROFILES:
        assert name in message
    assert not HomePage.objects.exists()


@pytest.mark.django_db
def test_the_rules_an_administrator_changed_survive_another_seed_run():
    seed("kreis-unna")
    rules = committee_rules()
    rules.retention_months = 3
    rules.save()
    seed("kreis-unna")
    assert committee_rules().retention_months == 3


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["leverkusen", "kreis-unna"])
def test_every_page_of_the_other_profiles_answers(client, name):
    seed(name)
    pages = Page.objects.live().filter(depth__gt=1).specific()
    assert pages.count() >= 6
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert page.title in html
        assert profile_get(name).RULES["committee_name"] in html


@pytest.mark.django_db
def test_leverkusens_rules_page_states_its_own_rules(client):
    seed("leverkusen")
    html = client.get("/de/antraege-und-regeln/").content.decode()
    with translation.override("de"):
        for value, label in ApplicantKind.choices:
            allowed = value in profile_get("leverkusen").RULES["applicant_kinds"]
            assert (str(label) in html) is allowed, value
    assert "Härtefallkommission" in html
    assert "Länge des Aufenthalts" in html or "wie lange die Person schon hier lebt" in html


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_each_profiles_letterhead_names_its_municipality_and_no_made_up_address(name):
    # The seeds name the municipality (and in Dortmund the department) a committee belongs
    # to, and no address, phone number or e-mail address.
    lines = profile_get(name).RULES["letterhead"].splitlines()
    municipality = {
        "dortmund": "Stadt Dortmund",
        "leverkusen": "Stadt Leverkusen",
        "kreis-unna": "Kreis Unna",
    }[name]
    assert lines[0] == municipality
    assert not any(character.isdigit() or character == "@" for character in "".join(lines))
