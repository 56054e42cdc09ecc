"""Each ground for refusing a case, with Dortmund's and Leverkusen's committee rules."""

import re

import pytest
from django.utils import translation
from wagtail.models import Site

from cases.models import AuditEntry, Case, CaseDraft
from cases.services import admissibility_reasons
from committee.models import CommitteeRules
from tests.cases.helpers import ADMISSIBLE_ANSWERS, DRAFT_STEP, login_verified

NEW = "/de/cases/new/"

BASE = {
    "applicant_kind": "professional_advisor",
    "other_authority": False,
    "court_procedure": False,
    "asylum_application": False,
    "petition_or_hardship_commission": False,
    "submitted_before": False,
    "facts_changed": False,
}


def dortmund():
    return CommitteeRules()  # the defaults are Dortmund's working rules


def leverkusen():
    return CommitteeRules(
        committee_name="Aufenthaltsrechtliches Beratungsgremium",
        applicant_kinds=[
            "professional_advisor",
            "affected_person",
            "representative",
            "initiative_group",
        ],
        exclude_petition_or_hardship_commission=True,
        repeat_requires_changed_facts=True,
        member_count=5,
        deputy_count=5,
    )


RULES = {"dortmund": dortmund, "leverkusen": leverkusen}

# ground -> (answers that trigger it, refused in Dortmund?, refused in Leverkusen?)
GROUNDS = {
    "other_authority": ({"other_authority": True}, True, True),
    "court_procedure": ({"court_procedure": True}, True, True),
    "asylum_application": ({"asylum_application": True}, True, True),
    "petition_or_hardship_commission": (
        {"petition_or_hardship_commission": True},
        False,
        True,
    ),
    # Only Leverkusen limits repeats; Dortmund's working rules do not.
    "repeat_without_change": ({"submitted_before": True, "facts_changed": False}, False, True),
    "repeat_with_change": ({"submitted_before": True, "facts_changed": True}, False, False),
    "affected_person_applies": ({"applicant_kind": "affected_person"}, True, False),
    "initiative_group_applies": ({"applicant_kind": "initiative_group"}, True, False),
}


@pytest.mark.parametrize("municipality", ["dortmund", "leverkusen"])
@pytest.mark.parametrize("ground", sorted(GROUNDS))
def test_each_ground_with_each_municipalitys_rules(municipality, ground):
    answers, in_dortmund, in_leverkusen = GROUNDS[ground]
    refused = {"dortmund": in_dortmund, "leverkusen": in_leverkusen}[municipality]
    reasons = admissibility_reasons(rules=RULES[municipality](), answers={**BASE, **answers})
    assert bool(reasons) is refused
    if refused:
        assert len(reasons) == 1
        assert len(str(reasons[0]["rule"])) > 40  # a sentence, not a code
        assert len(str(reasons[0]["next_step"])) > 30


@pytest.mark.parametrize("municipality", ["dortmund", "leverkusen"])
def test_a_clean_case_is_admissible(municipality):
    assert admissibility_reasons(rules=RULES[municipality](), answers=BASE) == []


def store_rules(factory):
    site = Site.objects.get(is_default_site=True)
    rules = factory()
    rules.site = site
    existing = CommitteeRules.objects.filter(site=site).first()
    if existing:
        rules.pk = existing.pk
    rules.save()
    return rules


@pytest.mark.django_db
def test_refusal_in_the_form_stores_nothing_and_explains(client, advisor_a):
    store_rules(dortmund)
    login_verified(client, advisor_a)
    response = client.post(NEW, {**ADMISSIBLE_ANSWERS, "asylum_application": "yes"})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="not-admissible"' in html
    assert "asylum" in html.lower()
    assert Case.objects.count() == 0
    assert not CaseDraft.objects.exists()
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.CREATE).exists()


@pytest.mark.django_db
def test_dortmund_form_does_not_ask_about_the_petition_committee(client, advisor_a):
    store_rules(dortmund)
    login_verified(client, advisor_a)
    assert "petition_or_hardship_commission" not in client.get(NEW).content.decode()


@pytest.mark.django_db
def test_leverkusen_form_refuses_a_case_that_was_before_the_hardship_commission(client, advisor_a):
    store_rules(leverkusen)
    login_verified(client, advisor_a)
    html = client.get(NEW).content.decode()
    assert "petition_or_hardship_commission" in html
    response = client.post(NEW, {**ADMISSIBLE_ANSWERS, "petition_or_hardship_commission": "yes"})
    assert 'id="not-admissible"' in response.content.decode()


@pytest.mark.django_db
def test_admissible_answers_open_the_application(client, advisor_a):
    store_rules(dortmund)
    login_verified(client, advisor_a)
    response = client.post(NEW, ADMISSIBLE_ANSWERS)
    draft = CaseDraft.objects.get()
    assert response["Location"] == f"/de/cases/drafts/{draft.public_id}/person/"
    assert client.get(response["Location"]).status_code == 200


@pytest.mark.django_db
def test_unanswered_questions_are_marked_at_the_field(client, advisor_a):
    login_verified(client, advisor_a)
    response = client.post(NEW, {"other_authority": "no"})
    html = response.content.decode()
    assert 'id="id_court_procedure_error"' in html
    assert 'aria-invalid="true"' in html
    # What was answered stays answered.
    assert re.search(r'<input[^>]*name="other_authority"[^>]*value="no"[^>]*checked', html)


@pytest.mark.django_db
def test_dortmund_form_does_not_ask_about_earlier_submissions(client, advisor_a):
    store_rules(dortmund)
    login_verified(client, advisor_a)
    html = client.get(NEW).content.decode()
    assert 'name="submitted_before"' not in html
    assert 'name="facts_changed"' not in html


@pytest.mark.django_db
def test_submitted_before_needs_the_changed_question(client, advisor_a):
    store_rules(leverkusen)
    login_verified(client, advisor_a)
    response = client.post(NEW, {**ADMISSIBLE_ANSWERS, "submitted_before": "yes"})
    assert 'id="id_facts_changed_error"' in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize("municipality", ["dortmund", "leverkusen"])
def test_an_advisor_is_never_asked_who_brings_the_case(client, advisor_a, municipality):
    """Both committees admit professional advisors, and the person asking is one."""
    store_rules(RULES[municipality])
    login_verified(client, advisor_a)
    html = client.get(NEW).content.decode()
    assert 'name="applicant_kind"' not in html
    response = client.post(
        NEW, {key: value for key, value in ADMISSIBLE_ANSWERS.items() if key != "applicant_kind"}
    )
    assert DRAFT_STEP.match(response["Location"])
    assert CaseDraft.objects.get().data["answers"]["applicant_kind"] == "professional_advisor"


@pytest.mark.django_db
def test_only_admissible_applicant_kinds_are_offered(client, advisor_a):
    def without_advisors():
        return CommitteeRules(applicant_kinds=["affected_person", "representative"])

    store_rules(without_advisors)
    login_verified(client, advisor_a)
    html = client.get(NEW).content.decode()
    assert 'value="representative"' in html
    assert 'value="professional_advisor"' not in html
    assert 'value="initiative_group"' not in html


@pytest.mark.django_db
def test_questions_of_switched_off_exclusions_are_not_asked(client, advisor_a):
    def lenient():
        return CommitteeRules(exclude_court_procedure=False, exclude_asylum_application=False)

    store_rules(lenient)
    login_verified(client, advisor_a)
    html = client.get(NEW).content.decode()
    assert 'name="court_procedure"' not in html
    assert 'name="asylum_application"' not in html
    assert 'name="other_authority"' in html


# ground -> (rules, answer that is refused, words of the reason, words of the next step)
REFUSALS = {
    "exclude_other_authority": (
        dortmund,
        {"other_authority": "yes"},
        "another foreigners",
        "responsible for the person",
    ),
    "exclude_court_procedure": (
        dortmund,
        {"court_procedure": "yes"},
        "administrative court",
        "court procedure has ended",
    ),
    "exclude_asylum_application": (
        dortmund,
        {"asylum_application": "yes"},
        "asylum application is made",
        "asylum procedure has ended",
    ),
    "exclude_petition_or_hardship_commission": (
        leverkusen,
        {"petition_or_hardship_commission": "yes"},
        "hardship commission",
        "no exception",
    ),
    "repeat_requires_changed_facts": (
        leverkusen,
        {"submitted_before": "yes", "facts_changed": "no"},
        "already submitted here",
        "facts have changed decisively",
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("ground", sorted(REFUSALS))
def test_each_refusal_names_its_rule_and_the_next_step_and_keeps_the_answers(
    client, advisor_a, ground
):
    factory, answers, reason, next_step = REFUSALS[ground]
    rules = store_rules(factory)
    login_verified(client, advisor_a)
    with translation.override("en"):
        response = client.post("/en/cases/new/", {**ADMISSIBLE_ANSWERS, **answers})
    html = response.content.decode()
    refusal = re.search(rf'<li id="refusal-{ground}">(.*?)</li>', html, re.S)
    assert refusal, html[:2000]
    text = " ".join(refusal.group(1).replace("&#x27;", "'").split())
    # The rule in the committee's own words, as the public rules page renders it.
    statement = dict(rules.exclusion_grounds())[ground]
    with translation.override("en"):
        assert str(statement) in text
    assert reason in text
    assert next_step in text
    # Everything answered is still selected.
    for name, value in {**ADMISSIBLE_ANSWERS, **answers}.items():
        if name in ("applicant_kind",) or f'name="{name}"' not in html:
            continue
        checked = re.search(rf'<input[^>]*name="{name}"[^>]*value="{value}"[^>]*checked', html)
        assert checked, name
