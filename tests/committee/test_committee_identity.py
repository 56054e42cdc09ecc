"""The committee's name and reference prefix come from its rules: another committee on the
same code changes them in the admin, not in code or templates."""

import re
from urllib.parse import quote

import pytest
from wagtail.models import Site

from accounts.models import TOTPDevice
from accounts.services import totp_device_for_enrolment
from cases.models import Case
from committee.models import CommitteeRules
from tests.cases.test_submission import start, submit

NAME = "Beratungsgremium zum Aufenthaltsrecht"


@pytest.fixture
def leverkusen(seeded_site):
    site = Site.objects.get(is_default_site=True)
    CommitteeRules.objects.update_or_create(
        site=site, defaults={"committee_name": NAME, "reference_prefix": "LEV"}
    )
    return site


def test_page_header_and_title_name_the_committee(client, leverkusen):
    html = client.get("/de/").content.decode()
    assert re.search(rf"<title>[^<]*– {NAME}</title>", html)
    assert f'class="site-name" href="/de/"><bdi lang="de">{NAME}</bdi></a>' in html


def test_references_carry_the_committee_prefix(client, advisor_a, leverkusen):
    start(client, advisor_a)
    submit(client)
    assert re.fullmatch(r"LEV-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}", Case.objects.get().reference)


def test_the_authenticator_entry_is_named_after_the_committee(advisor_a, leverkusen):
    TOTPDevice.objects.filter(user=advisor_a).delete()
    device = totp_device_for_enrolment(user=advisor_a)
    assert f"issuer={quote(NAME)}" in device.config_url
    assert device.config_url.startswith(f"otpauth://totp/{quote(NAME)}%3A")
