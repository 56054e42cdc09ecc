"""The admissibility check under each committee profile's rules: who may apply and each
exclusion switch, as the profile sets them."""

import pytest
from wagtail.models import Site

from cases.models import ApplicantKind, Case, CaseDraft
from cases.services import admissibility_reasons
from committee.models import CommitteeRules
from demo.profiles import PROFILES, profile_get
from tests.cases.helpers import ADMISSIBLE_ANSWERS, login_verified

NEW = "/de/cases/new/"

NOTHING_EXCLUDES = {
    "other_authority": False,
    "court_procedure": False,
    "asylum_application": False,
    "petition_or_hardship_commission": False,
    "submitted_before": False,
    "facts_changed": False,
}

# Each exclusion switch and the answers it refuses.
TRIGGERS = {
    "exclude_other_authority": {"other_authority": True},
    "exclude_court_procedure": {"court_procedure": True},
    "exclude_asylum_application": {"asylum_application": True},
    "exclude_petition_or_hardship_commission": {"petition_or_hardship_commission": True},
    "repeat_requires_changed_facts": {"submitted_before": True, "facts_changed": False},
}


def profile_rules(name):
    return CommitteeRules(**profile_get(name).RULES)


def grounds(rules, answers):
    return {reason["ground"] for reason in admissibility_reasons(rules=rules, answers=answers)}


@pytest.mark.parametrize("name", sorted(PROFILES))
@pytest.mark.parametrize("kind", ApplicantKind.values)
def test_an_applicant_is_admitted_exactly_when_the_profile_allows_them(name, kind):
    rules = profile_rules(name)
    reasons = admissibility_reasons(
        rules=rules, answers={**NOTHING_EXCLUDES, "applicant_kind": kind}
    )
    if kind in profile_get(name).RULES["applicant_kinds"]:
        assert reasons == []
    else:
        assert [reason["ground"] for reason in reasons] == ["applicant_kind"]
        for label in rules.applicant_kind_labels():
            assert str(label) in str(reasons[0]["rule"])


@pytest.mark.parametrize("name", sorted(PROFILES))
@pytest.mark.parametrize("switch", sorted(TRIGGERS))
def test_each_exclusion_refuses_exactly_when_the_profile_switches_it_on(name, switch):
    rules = profile_rules(name)
    for kind in ApplicantKind.values:
        answers = {**NOTHING_EXCLUDES, **TRIGGERS[switch], "applicant_kind": kind}
        found = grounds(rules, answers)
        assert (switch in found) is profile_get(name).RULES[switch]
        # No other exclusion answers for these answers.
        assert found <= {switch, "applicant_kind"}


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_a_repeat_with_decisively_changed_facts_is_never_refused_for_the_repeat(name):
    rules = profile_rules(name)
    for kind in ApplicantKind.values:
        answers = {
            **NOTHING_EXCLUDES,
            "submitted_before": True,
            "facts_changed": True,
            "applicant_kind": kind,
        }
        assert "repeat_requires_changed_facts" not in grounds(rules, answers)


def test_the_profiles_differ_where_their_seeds_do():
    dortmund, leverkusen, kreis_unna = (
        profile_rules(name) for name in ("dortmund", "leverkusen", "kreis-unna")
    )
    assert dortmund.applicant_kinds == [ApplicantKind.PROFESSIONAL_ADVISOR]
    assert set(leverkusen.applicant_kinds) == {
        ApplicantKind.AFFECTED_PERSON,
        ApplicantKind.REPRESENTATIVE,
        ApplicantKind.INITIATIVE_GROUP,
    }
    # Kreis Unna's seed describes no case procedure: nobody is admitted.
    assert kreis_unna.applicant_kinds == []
    assert leverkusen.exclude_petition_or_hardship_commission
    assert not dortmund.exclude_petition_or_hardship_commission
    assert leverkusen.repeat_requires_changed_facts and not dortmund.repeat_requires_changed_facts


@pytest.mark.django_db
def test_where_the_rules_admit_no_one_the_advisor_is_told_at_once_and_nothing_is_stored(
    client, advisor_a
):
    site = Site.objects.get(is_default_site=True)
    CommitteeRules.objects.update_or_create(site=site, defaults=profile_get("kreis-unna").RULES)
    login_verified(client, advisor_a)
    html = client.get(NEW).content.decode()
    assert 'id="not-admissible"' in html
    assert "nimmt derzeit keine Fälle an" in html
    assert f'action="{NEW}"' not in html  # no questions that no answer could pass
    response = client.post(NEW, ADMISSIBLE_ANSWERS)
    assert response.status_code == 200
    assert 'id="not-admissible"' in response.content.decode()
    assert not CaseDraft.objects.exists()
    assert not Case.objects.exists()
