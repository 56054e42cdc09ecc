"""The public rules page states the committee rules the intake enforces, from the setting,
in the reader's language; changing the rules changes the page, also when it was cached."""

import re
from html import unescape

import pytest
from django.utils.html import strip_tags
from wagtail.models import Site

from committee.models import CommitteeRules
from portal.rules import committee_rules
from tests.cases.helpers import ADMISSIBLE_ANSWERS, login_verified

RULES_PAGE = "/{code}/regeln-fuer-einzelfaelle/"

# What each switch adds to the page, as German and Arabic readers read it.
STATEMENTS = {
    "exclude_other_authority": {
        "de": "Fälle, für die eine andere Ausländerbehörde zuständig ist.",
        "ar": "الحالات التي تكون فيها دائرة أجانب (Ausländerbehörde) أخرى هي المسؤولة.",
    },
    "exclude_court_procedure": {
        "de": (
            "Fälle, in denen in derselben Angelegenheit zum Zeitpunkt des Antrags beim Gremium "
            "ein Verfahren vor dem Verwaltungsgericht läuft oder danach eines eingeleitet wird."
        ),
        "ar": (
            "الحالات التي تكون فيها دعوى أمام المحكمة الإدارية بشأن الموضوع نفسه قائمةً وقت "
            "تقديم الطلب إلى اللجنة، أو تُرفع بعد ذلك."
        ),
    },
    "exclude_asylum_application": {
        "de": (
            "Fälle, in denen zum Zeitpunkt des Antrags beim Gremium oder danach ein Asylantrag "
            "gestellt wird."
        ),
        "ar": ("الحالات التي يُقدَّم فيها طلب لجوء وقت تقديم الطلب إلى اللجنة أو بعد ذلك."),
    },
    "exclude_petition_or_hardship_commission": {
        "de": (
            "Fälle, die bereits Gegenstand eines Petitionsverfahrens des Landtags oder der "
            "Härtefallkommission des Landes waren."
        ),
        "ar": (
            "الحالات التي عُرضت سابقًا على لجنة العرائض في برلمان الولاية أو على لجنة الحالات "
            "الصعبة في الولاية."
        ),
    },
    "repeat_requires_changed_facts": {
        "de": (
            "Fälle, die hier schon einmal eingereicht wurden – es sei denn, der Sachverhalt hat "
            "sich seitdem entscheidend geändert."
        ),
        "ar": "الحالات التي قُدّمت هنا من قبل، إلا إذا تغيّرت الوقائع منذ ذلك الحين بشكل حاسم.",
    },
}
EXCLUDED_HEADING = {"de": "Welche Fälle ausgeschlossen sind", "ar": "الحالات المستبعدة"}
WRONG_ASYLUM_EXCLUSION = "Fälle, in denen ein Asylantrag gestellt wurde"


def store_rules(**values):
    site = Site.objects.get(is_default_site=True)
    rules = CommitteeRules.objects.filter(site=site).first() or CommitteeRules(site=site)
    for name, value in values.items():
        setattr(rules, name, value)
    rules.save()
    return rules


def page_text_at(client, url):
    """The text of the page's main content as a reader sees it."""
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    return " ".join(unescape(strip_tags(main)).split())


def page_text(client, code):
    return page_text_at(client, RULES_PAGE.format(code=code))


def rules_section(client, code):
    html = client.get(RULES_PAGE.format(code=code)).content.decode()
    return re.search(r'<section class="committee-rules"[^>]*>', html).group(0)


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["de", "ar"])
@pytest.mark.parametrize("switch", sorted(STATEMENTS))
def test_each_rule_switch_shows_and_hides_its_exclusion(client, seeded_site, code, switch):
    # Only this switch on: the page names exactly this exclusion.
    store_rules(**{name: name == switch for name in STATEMENTS})
    text = page_text(client, code)
    assert STATEMENTS[switch][code] in text
    assert EXCLUDED_HEADING[code] in text
    for other in set(STATEMENTS) - {switch}:
        assert STATEMENTS[other][code] not in text

    store_rules(**{switch: False})
    text = page_text(client, code)
    assert STATEMENTS[switch][code] not in text
    # With no exclusion left, the page does not announce a list of them.
    assert EXCLUDED_HEADING[code] not in text


@pytest.mark.django_db
def test_the_rules_read_right_to_left_in_arabic(client, seeded_site):
    assert 'lang="ar" dir="rtl"' in rules_section(client, "ar")
    assert 'lang="de" dir="ltr"' in rules_section(client, "de")


@pytest.mark.django_db
def test_the_asylum_exclusion_reads_as_dortmunds_working_rules(client, seeded_site):
    """Only an asylum application made when the case is brought, or later, excludes it; most
    people with a Duldung once applied for asylum, and that does not turn them away."""
    text = page_text(client, "de")
    assert STATEMENTS["exclude_asylum_application"]["de"] in text
    assert WRONG_ASYLUM_EXCLUSION not in text


@pytest.mark.django_db
def test_the_pages_state_no_facts_the_working_rules_do_not_give(client, seeded_site):
    home = page_text_at(client, "/de/")
    assert "kostenlos" not in home
    assert "seit längerer Zeit" not in home
    assert "kostet nichts" not in page_text_at(client, "/de/leichte-sprache/")
    rules = page_text(client, "de")
    assert "jeder für sich" not in rules
    assert "Die Mitglieder befassen sich unabhängig mit dem Fall" in rules
    # No right to have a case discussed; the authority decides freely.
    assert "Niemand hat einen Anspruch darauf, dass das Gremium seinen Fall berät." in rules
    assert "Die Ausländerbehörde bleibt in ihrer Entscheidung aber frei." in rules


@pytest.mark.django_db
def test_who_can_bring_a_case_sessions_and_retention_follow_the_rules(client, seeded_site):
    text = page_text(client, "de")
    assert (
        "Eine hauptamtliche Beraterin oder ein hauptamtlicher Berater einer Beratungsstelle"
        in (text)
    )
    assert "Die betroffene Person selbst" not in text
    assert "bis zu 4 reguläre Sitzungen im Jahr" in text
    assert "6 Monate nach dem Abschluss oder der Rücknahme endgültig gelöscht" in text

    store_rules(
        applicant_kinds=["professional_advisor", "affected_person"],
        regular_sessions_per_year=1,
        retention_months=12,
    )
    text = page_text(client, "de")
    assert "Die betroffene Person selbst" in text
    assert "bis zu 1 reguläre Sitzung im Jahr" in text
    assert "12 Monate nach dem Abschluss" in text

    store_rules(regular_sessions_per_year=0, retention_months=1)
    text = page_text(client, "de")
    assert "reguläre Sitzung" not in text
    assert "Das Gremium tagt, wenn es einen Anlass gibt." in text
    assert "1 Monat nach dem Abschluss" in text


@pytest.mark.django_db
def test_the_repeat_rule_is_off_by_default(client, seeded_site):
    assert CommitteeRules().repeat_requires_changed_facts is False
    assert committee_rules().repeat_requires_changed_facts is False
    assert STATEMENTS["repeat_requires_changed_facts"]["de"] not in page_text(client, "de")


@pytest.mark.django_db
def test_with_the_repeat_rule_off_the_intake_takes_a_case_again(client, seeded_site, advisor_a):
    login_verified(client, advisor_a)
    response = client.post(
        "/de/cases/new/",
        {**ADMISSIBLE_ANSWERS, "submitted_before": "yes", "facts_changed": "no"},
    )
    assert response.status_code == 302
    assert re.fullmatch(r"/de/cases/drafts/[0-9a-f-]{36}/person/", response["Location"])


@pytest.mark.django_db
def test_with_the_repeat_rule_on_the_intake_refuses_an_unchanged_case(
    client, seeded_site, advisor_a
):
    store_rules(repeat_requires_changed_facts=True)
    login_verified(client, advisor_a)
    response = client.post(
        "/de/cases/new/",
        {**ADMISSIBLE_ANSWERS, "submitted_before": "yes", "facts_changed": "no"},
    )
    assert 'id="not-admissible"' in response.content.decode()


@pytest.mark.django_db
def test_the_cached_rules_page_changes_with_the_rules(
    client, seeded_site, page_cache, django_capture_on_commit_callbacks
):
    url = RULES_PAGE.format(code="de")
    client.get(url)
    cached = client.get(url)
    assert cached["X-Cache"] == "HIT"
    assert STATEMENTS["exclude_asylum_application"]["de"] in unescape(cached.content.decode())

    with django_capture_on_commit_callbacks(execute=True):
        store_rules(exclude_asylum_application=False, repeat_requires_changed_facts=True)

    response = client.get(url)
    assert response["X-Cache"] == "MISS"
    html = unescape(response.content.decode())
    assert STATEMENTS["exclude_asylum_application"]["de"] not in html
    assert STATEMENTS["repeat_requires_changed_facts"]["de"] in html


@pytest.mark.django_db
@pytest.mark.parametrize("code", ["de", "ar"])
def test_the_rules_page_names_the_ways_in_that_the_rules_open(client, seeded_site, code):
    # Addressed to the committee, as Leverkusen's rules put it ("schriftlich oder zur
    # Niederschrift an das Beratungsgremium"), not to an office.
    office_line = {
        "de": "Anträge können auch schriftlich oder zur Niederschrift an das Gremium gerichtet "
        "werden.",
        "ar": "يمكن أيضًا إرسال الطلبات إلى اللجنة كتابيًا، أو تقديمها إليها شخصيًا شفهيًا "
        "لتُدوَّن كتابةً.",
    }[code]
    html = client.get(f"/{code}/regeln-fuer-einzelfaelle/").content.decode()
    assert office_line not in unescape(html)
    assert f'href="/{code}/apply/"' not in html

    store_rules(
        applicant_kinds=["affected_person", "representative"],
        office_records_applications=True,
        public_applications=True,
    )
    html = client.get(f"/{code}/regeln-fuer-einzelfaelle/").content.decode()
    assert office_line in unescape(html)
    assert f'href="/{code}/apply/"' in html
    assert client.get(f"/{code}/apply/").status_code == 200

    # Open channels with only advisors admitted lead nowhere, and the page says nothing of them.
    store_rules(applicant_kinds=["professional_advisor"])
    html = client.get(f"/{code}/regeln-fuer-einzelfaelle/").content.decode()
    assert office_line not in unescape(html)
    assert f'href="/{code}/apply/"' not in html
