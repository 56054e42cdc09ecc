"""A world for referrals: the rules open them, a referral consent text in German and Arabic,
offers serving places, their people and the office."""

import datetime
import uuid

from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Site

from cases.models import ConsentPurpose, ConsentText
from committee.models import CommitteeRules
from referrals import services
from tests.cases.helpers import pdf_bytes, totp_device
from tests.factories import AdviceCenterFactory, AdvisorProfileFactory, UserFactory

PERSON = "Samira Weitervermittelt"
VERSION = "2026-01"


def rules_set(*, referrals=True, retention_months=6):
    rules = CommitteeRules.for_site(Site.objects.get(is_default_site=True))
    rules.referrals = referrals
    rules.retention_months = retention_months
    rules.save()
    return rules


def referral_consent_ensure(languages=("de", "ar")):
    for language in languages:
        ConsentText.objects.get_or_create(
            purpose=ConsentPurpose.REFERRAL,
            version=VERSION,
            language=language,
            defaults={
                "title": f"Einwilligung zur Weitervermittlung ({language})",
                "body": f"Erster Absatz ({language}).\n\nZweiter Absatz ({language}).",
                "valid_from": datetime.date(2026, 1, 1),
            },
        )


def offer_create(name, *, places, kind="initiative"):
    return AdviceCenterFactory(name=name, kind=kind, places=list(places))


def person_of(center):
    user = AdvisorProfileFactory(advice_center=center).user
    totp_device(user)
    return user


def office_create():
    user = UserFactory(groups=["Office"])
    totp_device(user)
    return user


def person_data(**overrides):
    return {
        "full_name": PERSON,
        "phone": "0170 000000",
        "email": "",
        "address": "",
        "residence_status": "duldung",
        "place": "Bergkamen",
        "language": "ar",
        "note": "Am besten vormittags",
        **overrides,
    }


def referral_make(*, office, offers, **person):
    referral, _created = services.referral_record(
        actor=office,
        prefix="ABK",
        person=person_data(**person),
        offers=offers,
        consent_version=VERSION,
        consent_language="ar",
        consent_file=(pdf_bytes(), "pdf"),
        token=uuid.uuid4(),
    )
    return referral


def record_post(*, place, offers, consent_file=True, **overrides):
    data = {
        "action": "record",
        "submission_token": str(uuid.uuid4()),
        "place": place,
        "offers": [str(offer.pk) for offer in offers],
        "full_name": PERSON,
        "phone": "0170 000000",
        "residence_status": "duldung",
        "language": "ar",
        "note": "Am besten vormittags",
        "consent_confirmed": "on",
    }
    if consent_file:
        data["consent_file"] = SimpleUploadedFile(
            "einwilligung.pdf", pdf_bytes(), content_type="application/pdf"
        )
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}
