"""The office records, reads and deletes referrals; the chosen offer's people read them and
confirm contact; everyone else finds nothing; with the channel closed nothing exists."""

import re

import pytest
from django.core import mail
from django.test import Client
from django.utils.html import escape

from cases.models import AuditEntry, ConsentText
from referrals.models import Referral
from tests.cases.helpers import login_verified
from tests.factories import UserFactory
from tests.referrals.helpers import PERSON, VERSION, record_post, referral_make, rules_set
from tests.ui import de

pytestmark = pytest.mark.django_db


def client_for(user):
    client = Client()
    login_verified(client, user)
    return client


def test_nothing_exists_while_the_rules_keep_referrals_closed(referral_world):
    referral = referral_make(office=referral_world["office"], offers=[referral_world["near"]])
    rules_set(referrals=False)
    office, person = (
        client_for(referral_world["office"]),
        client_for(referral_world["near_person"]),
    )
    for client, path in (
        (office, "/de/referrals/"),
        (office, "/de/referrals/new/"),
        (office, f"/de/referrals/{referral.reference}/"),
        (office, f"/de/referrals/{referral.reference}/withdraw/"),
        (person, "/de/centre-referrals/"),
        (person, f"/de/centre-referrals/{referral.reference}/"),
        (Client(), "/de/referrals/"),
        (Client(), "/de/referral-consent/"),
        (Client(), f"/de/referral-consent/{VERSION}/print.pdf"),
    ):
        assert client.get(path).status_code == 404, path
    assert person.post(f"/de/centre-referrals/{referral.reference}/contact/").status_code == 404


def test_choosing_the_place_lists_the_offers_serving_it(referral_world):
    office = client_for(referral_world["office"])
    page = office.get("/de/referrals/new/").content.decode()
    assert 'value="Bergkamen"' in page and 'value="Unna"' in page
    assert "Café International" not in page
    response = office.post(
        "/de/referrals/new/", {"action": "place", "place": "Kamen", "full_name": PERSON}
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Café International" in page and "Sprachgruppe Unna" not in page
    assert f'value="{PERSON}"' in page
    # Only the place was chosen: no error is shown yet.
    assert "error-summary" not in page and not Referral.objects.exists()


def test_a_referral_without_the_signed_consent_cannot_be_saved(referral_world):
    office = client_for(referral_world["office"])
    data = record_post(place="Bergkamen", offers=[referral_world["near"]], consent_file=False)
    response = office.post("/de/referrals/new/", data)
    page = response.content.decode()
    assert response.status_code == 400
    assert not Referral.objects.exists()
    assert 'id="id_consent_file_error"' in page
    assert 'href="#id_consent_file"' in page
    # Everything typed is still there, the chosen offer ticked.
    assert f'value="{PERSON}"' in page and "Am besten vormittags" in page
    assert re.search(rf'value="{referral_world["near"].pk}"[^>]*checked', page)


def test_a_chosen_file_must_be_chosen_again_after_another_error(referral_world):
    office = client_for(referral_world["office"])
    data = record_post(place="Bergkamen", offers=[referral_world["near"]], phone="")
    response = office.post("/de/referrals/new/", data)
    page = response.content.decode()
    assert response.status_code == 400
    assert de("Please give at least one way to reach the person: phone, e-mail or post.") in page
    assert de("Please choose the file again: it is not kept while the form has errors.") in page
    assert not Referral.objects.exists()


def test_an_offer_not_serving_the_place_is_refused(referral_world):
    office = client_for(referral_world["office"])
    data = record_post(place="Bergkamen", offers=[referral_world["other"]])
    response = office.post("/de/referrals/new/", data)
    assert response.status_code == 400
    assert (
        de("This offer does not serve the place chosen. Please choose the offers again.")
        in response.content.decode()
    )
    assert not Referral.objects.exists()


def test_without_a_referral_consent_text_nothing_can_be_recorded(referral_world):
    ConsentText.objects.filter(purpose="referral").delete()
    office = client_for(referral_world["office"])
    assert 'id="no-consent-text"' in office.get("/de/referrals/new/").content.decode()
    response = office.post(
        "/de/referrals/new/", record_post(place="Bergkamen", offers=[referral_world["near"]])
    )
    assert response.status_code == 400
    assert not Referral.objects.exists()


def test_from_the_office_to_the_offer_and_back(referral_world, django_capture_on_commit_callbacks):
    office = client_for(referral_world["office"])
    page = office.post(
        "/de/referrals/new/",
        {"action": "place", "place": "Bergkamen", "language": "ar"},
    ).content.decode()
    # The declaration in the person's language, beside the German.
    assert f'href="/ar/referral-consent/{VERSION}/"' in page
    with django_capture_on_commit_callbacks(execute=True):
        response = office.post(
            "/de/referrals/new/",
            record_post(place="Bergkamen", offers=[referral_world["near"]]),
        )
    referral = Referral.objects.get()
    assert response["Location"] == f"/de/referrals/{referral.reference}/"
    assert referral.consent_version == VERSION and referral.consent_language == "ar"
    # The offer's people get a link, nothing about the person.
    (message,) = mail.outbox
    assert message.to == [referral_world["near_person"].email]
    assert f"/de/centre-referrals/{referral.reference}/" in message.body
    assert PERSON not in message.body + message.subject and "0170" not in message.body

    detail = office.get(f"/de/referrals/{referral.reference}/").content.decode()
    assert PERSON in detail and "Café International" in detail
    assert AuditEntry.objects.filter(
        case_reference=referral.reference, action=AuditEntry.Action.REFERRAL_VIEW
    ).exists()
    listing = office.get("/de/referrals/").content.decode()
    assert referral.reference in listing and PERSON not in listing
    download = office.get(f"/de/referrals/{referral.reference}/consent-file/")
    assert download.content.startswith(b"%PDF") and download["Content-Type"] == "application/pdf"

    near = client_for(referral_world["near_person"])
    assert referral.reference in near.get("/de/centre-referrals/").content.decode()
    assert AuditEntry.objects.filter(
        actor=referral_world["near_person"], detail="centre referral list"
    ).exists()
    page = near.get(f"/de/centre-referrals/{referral.reference}/").content.decode()
    assert PERSON in page and "0170 000000" in page and 'id="contact-form"' in page
    # The status under residence law stays with the office: the declaration passes on only
    # what it takes to make contact.
    assert escape(de("Residence status")) not in page
    assert escape(de("Residence status")) in detail
    assert near.get(f"/de/centre-referrals/{referral.reference}/contact/").status_code == 405
    response = near.post(f"/de/centre-referrals/{referral.reference}/contact/")
    assert response.status_code == 302
    referral.refresh_from_db()
    assert referral.is_closed
    page = office.get(f"/de/referrals/{referral.reference}/").content.decode()
    assert de("Contact made with every offer") in page

    # Another offer's people: the referral does not exist for them (the attempt is audited).
    other = client_for(referral_world["other_person"])
    assert other.get("/de/centre-referrals/").status_code == 200
    assert referral.reference not in other.get("/de/centre-referrals/").content.decode()
    assert other.get(f"/de/centre-referrals/{referral.reference}/").status_code == 404
    assert other.post(f"/de/centre-referrals/{referral.reference}/contact/").status_code == 404
    assert AuditEntry.objects.filter(
        case_reference=referral.reference, action=AuditEntry.Action.ACCESS_DENIED
    ).exists()


def test_withdrawal_asks_then_deletes(referral_world, django_capture_on_commit_callbacks):
    referral = referral_make(office=referral_world["office"], offers=[referral_world["near"]])
    office = client_for(referral_world["office"])
    path = f"/de/referrals/{referral.reference}/withdraw/"
    assert office.get(path).status_code == 200
    assert office.post(path, {}).status_code == 400
    assert Referral.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        response = office.post(path, {"confirm": "on"})
    assert response["Location"] == "/de/referrals/"
    assert not Referral.objects.exists()
    assert office.get(f"/de/referrals/{referral.reference}/").status_code == 404


def test_the_members_and_advisors_of_no_offer_find_nothing(referral_world):
    member = UserFactory(groups=["Committee"])
    referral = referral_make(office=referral_world["office"], offers=[referral_world["near"]])
    client = client_for(member)
    for path in (
        "/de/referrals/",
        f"/de/referrals/{referral.reference}/",
        "/de/centre-referrals/",
        f"/de/centre-referrals/{referral.reference}/",
    ):
        assert client.get(path).status_code == 404, path
    near = client_for(referral_world["near_person"])
    assert near.get(f"/de/referrals/{referral.reference}/").status_code == 404


def test_the_declaration_is_public_bilingual_and_printable(referral_world):
    page = Client().get("/ar/referral-consent/").content.decode()
    assert "Einwilligung zur Weitervermittlung (de)" in page
    assert "Einwilligung zur Weitervermittlung (ar)" in page
    assert f'href="/ar/referral-consent/{VERSION}/print.pdf"' in page
    pdf = Client().get(f"/ar/referral-consent/{VERSION}/print.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    # The application's declaration is another text.
    assert "Weitervermittlung" not in Client().get("/de/consent/").content.decode()


def test_the_office_finds_the_referrals_from_the_admin(referral_world):
    office = client_for(referral_world["office"])
    assert "/de/referrals/" in office.get("/admin/").content.decode()
    rules_set(referrals=False)
    assert "/de/referrals/" not in office.get("/admin/").content.decode()
