"""Roles come from a data migration; the demo logins exist only in development."""

import base64
from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django_otp.oath import totp
from wagtail.models import Site

from accounts.models import AdvisorProfile, TOTPDevice
from demo.accounts import DEMO_TOTP_SECRET
from tests.cases.helpers import login_verified


def codenames(group_name):
    return set(Group.objects.get(name=group_name).permissions.values_list("codename", flat=True))


@pytest.mark.django_db
def test_the_three_role_groups_exist_with_their_permissions():
    editors = codenames("Editors")
    assert {"access_admin", "change_advicecenter", "change_consenttext"} <= editors
    assert not {"submit_case", "review_case", "view_auditentry"} & editors
    assert codenames("Advisors") == {"submit_case"}
    assert {"review_case", "view_auditentry"} <= codenames("Committee")


@pytest.mark.django_db
def test_seed_prints_one_line_per_demo_account_with_role_password_and_totp_secret():
    out = StringIO()
    call_command("seed_portal", stdout=out)
    lines = [line for line in out.getvalue().splitlines() if "TOTP" in line]
    roles = [line.split()[0] for line in lines]
    assert roles.count("editor") == 1
    assert roles.count("advisor") == 5  # one per seeded Dortmund centre
    assert roles.count("committee") == 2
    assert roles.count("office") == 1
    assert roles.count("administrator") == 1
    assert all(DEMO_TOTP_SECRET in line for line in lines)
    assert AdvisorProfile.objects.filter(status="approved").count() == 5
    centres = set(AdvisorProfile.objects.values_list("advice_center__slug", flat=True))
    assert len(centres) == 5
    device = TOTPDevice.objects.get(user__username="advisor-awo")
    assert device.bin_key == base64.b32decode(DEMO_TOTP_SECRET)
    assert device.verify_token(totp(device.bin_key))
    call_command("seed_portal", stdout=StringIO())
    assert TOTPDevice.objects.filter(user__username="advisor-awo").count() == 1


@pytest.mark.django_db
def test_committee_rules_are_a_site_setting_the_administrator_edits(client, admin_user):
    login_verified(client, admin_user)
    site = Site.objects.get(is_default_site=True)
    response = client.get(f"/admin/settings/committee/committeerules/{site.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "regular_sessions_per_year" in html
    assert "exclude_petition_or_hardship_commission" in html


@pytest.mark.django_db
def test_editor_sees_no_advisor_account_menu_and_no_case_model_in_the_admin(client, editor):
    login_verified(client, editor)
    html = client.get("/admin/").content.decode()
    assert "/admin/advisor-accounts/" not in html
    assert "/admin/snippets/cases/" not in html
