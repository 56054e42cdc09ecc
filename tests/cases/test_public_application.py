"""The public application form (Leverkusen's rules: affected persons, representatives and
initiative groups apply themselves): closed unless the rules open it, refusals store nothing,
the e-mail address is confirmed once before anything is entered, the status shows nothing of
the case but status and dates."""

import re
from datetime import timedelta

import pytest
from captcha.models import CaptchaStore
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.utils import timezone
from wagtail.models import Site

from cases import services
from cases.models import AuditEntry, Case, PublicApplication
from committee.models import CommitteeRules
from tests.cases.helpers import application_post, login_verified, pdf_bytes, submit_case

pytestmark = pytest.mark.django_db

APPLY = "/de/apply/"
EMAIL = "/de/apply/email/"
FORM = "/de/apply/form/"
STATUS = "/de/apply/status/"
PERSON = "Zarah Geheimname"
ADDRESS = "antragstellerin@example.org"
ANSWERS = {
    "applicant_kind": "affected_person",
    "other_authority": "no",
    "court_procedure": "no",
    "asylum_application": "no",
    "petition_or_hardship_commission": "no",
    "submitted_before": "no",
}


def rules_set(**values):
    site = Site.objects.get(is_default_site=True)
    defaults = {
        "public_applications": True,
        "applicant_kinds": ["affected_person", "representative", "initiative_group"],
        "exclude_petition_or_hardship_commission": True,
        "repeat_requires_changed_facts": True,
        **values,
    }
    rules, _created = CommitteeRules.objects.update_or_create(site=site, defaults=defaults)
    return rules


@pytest.fixture
def public_open(seeded_site):
    return rules_set()


def _captcha(html):
    hashkey = re.search(r'name="captcha_0" value="([^"]+)"', html).group(1)
    return hashkey, CaptchaStore.objects.get(hashkey=hashkey).response


def email_step(client, *, address=ADDRESS, **answers):
    """The admissibility answers, then address and security code; the mailed link."""
    response = client.post(APPLY, {**ANSWERS, **answers})
    assert response.status_code == 200
    html = response.content.decode()
    signed = re.search(r'name="answers" value="([^"]+)"', html).group(1)
    hashkey, answer = _captcha(html)
    response = client.post(
        EMAIL, {"answers": signed, "email": address, "captcha_0": hashkey, "captcha_1": answer}
    )
    assert response.status_code == 302, response.content[:400]
    return response


def confirm_link(django_capture_on_commit_callbacks, client, **answers):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        email_step(client, **answers)
    (message,) = mail.outbox
    return re.search(r"https?://\S+/apply/confirm/\S+/", message.body).group(0)


def confirmed(client, django_capture_on_commit_callbacks):
    link = confirm_link(django_capture_on_commit_callbacks, client)
    path = re.sub(r"^https?://[^/]+", "", link)
    response = client.post(path)
    assert response.status_code == 302
    assert response["Location"] == FORM
    return path


def form_data(**overrides):
    data = application_post(full_name=PERSON, ground_health="Schwere Erkrankung", **overrides)
    data["consent_file"] = SimpleUploadedFile("z.pdf", pdf_bytes(), "application/pdf")
    return data


def submit(client):
    response = client.post(FORM, form_data())
    assert response.status_code == 200, response.content.decode()[:2000]
    html = response.content.decode()
    reference = re.search(r'id="public-reference">([^<]+)<', html).group(1)
    secret = re.search(r'id="public-secret">([^<]+)<', html).group(1)
    return reference, secret


@pytest.mark.parametrize(
    "path",
    [
        APPLY,
        EMAIL,
        "/de/apply/sent/",
        "/de/apply/confirm/abc/",
        FORM,
        STATUS,
        "/de/apply/receipt/BF-AAAA-BBBB.pdf",
    ],
)
def test_closed_by_default_every_address_is_missing(client, seeded_site, path):
    assert client.get(path).status_code == 404
    assert client.post(path, {**ANSWERS, "reference": "x", "secret": "y"}).status_code == 404


def test_closed_when_the_rules_admit_only_advisors(client, seeded_site):
    rules_set(applicant_kinds=["professional_advisor"])
    assert client.get(APPLY).status_code == 404


def test_the_advisor_is_not_among_the_kinds_asked(client, public_open):
    html = client.get(APPLY).content.decode()
    assert 'value="affected_person"' in html
    assert 'value="professional_advisor"' not in html


def test_a_refusal_says_why_and_stores_nothing(client, public_open):
    before = AuditEntry.objects.count()
    response = client.post(APPLY, {**ANSWERS, "petition_or_hardship_commission": "yes"})
    html = response.content.decode()
    assert 'id="refusal-exclude_petition_or_hardship_commission"' in html
    assert "Petitionsausschuss" in html or "petition" in html.lower()
    assert 'name="email"' not in html
    assert PublicApplication.objects.count() == 0
    assert AuditEntry.objects.count() == before
    assert not client.session.keys() - {"_language"}


def test_forged_answers_go_back_to_the_questions(client, public_open):
    response = client.post(EMAIL, {"answers": "forged", "email": ADDRESS})
    assert response.status_code == 302
    assert response["Location"] == APPLY
    assert PublicApplication.objects.count() == 0


def test_a_wrong_security_code_keeps_the_address_and_stores_nothing(client, public_open):
    html = client.post(APPLY, ANSWERS).content.decode()
    signed = re.search(r'name="answers" value="([^"]+)"', html).group(1)
    hashkey, _answer = _captcha(html)
    response = client.post(
        EMAIL, {"answers": signed, "email": ADDRESS, "captcha_0": hashkey, "captcha_1": "xxxxx"}
    )
    assert response.status_code == 400
    assert ADDRESS in response.content.decode()
    assert PublicApplication.objects.count() == 0


def test_the_mail_goes_after_commit_with_the_link_only(
    client, public_open, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks() as callbacks:
        email_step(client)
    assert mail.outbox == []
    for callback in callbacks:
        callback()
    (message,) = mail.outbox
    assert message.to == [ADDRESS]
    assert re.search(r"/de/apply/confirm/[A-Za-z0-9_-]{40,}/", message.body)
    application = PublicApplication.objects.get()
    assert ADDRESS not in application.payload
    assert application.confirmed_at is None
    assert "affected_person" not in message.body


def test_an_unconfirmed_application_cannot_be_entered_or_submitted(
    client, public_open, django_capture_on_commit_callbacks
):
    confirm_link(django_capture_on_commit_callbacks, client)
    assert client.get(FORM).status_code == 404
    assert client.post(FORM, form_data()).status_code == 404
    assert Case.objects.count() == 0


def test_the_link_works_once(client, public_open, django_capture_on_commit_callbacks):
    path = confirmed(client, django_capture_on_commit_callbacks)
    other = client.__class__()
    response = other.post(path)
    assert response.status_code == 404
    assert other.get(FORM).status_code == 404
    # Opening the link (a mail scanner) does not use it up: only the button does.
    fresh = confirm_link(django_capture_on_commit_callbacks, other)
    fresh_path = re.sub(r"^https?://[^/]+", "", fresh)
    assert other.get(fresh_path).status_code == 200
    assert other.post(fresh_path).status_code == 302


def test_an_expired_application_is_deleted_by_the_draft_clean_up(
    client, public_open, django_capture_on_commit_callbacks
):
    link = confirm_link(django_capture_on_commit_callbacks, client)
    application = PublicApplication.objects.get()
    assert application.expires_at > timezone.now() + timedelta(days=public_open.draft_days - 1)
    later = timezone.now() + timedelta(days=public_open.draft_days + 1)
    assert services.case_drafts_expired_delete(now=later) == 1
    assert PublicApplication.objects.count() == 0
    path = re.sub(r"^https?://[^/]+", "", link)
    assert client.post(path).status_code == 404


def test_errors_keep_everything_typed_and_the_file(
    client, public_open, django_capture_on_commit_callbacks
):
    confirmed(client, django_capture_on_commit_callbacks)
    response = client.post(FORM, form_data(date_of_birth="kein Datum", summary=""))
    assert response.status_code == 400
    html = response.content.decode()
    assert PERSON in html
    assert 'id="consent-file-kept"' in html
    assert 'id="error-summary"' in html
    assert Case.objects.count() == 0
    data = application_post(full_name=PERSON, ground_health="Schwere Erkrankung")
    response = client.post(FORM, data)
    assert response.status_code == 200
    assert Case.objects.count() == 1


def test_a_refused_consent_file_is_named_next_to_its_field(
    client, public_open, django_capture_on_commit_callbacks
):
    confirmed(client, django_capture_on_commit_callbacks)
    data = form_data()
    data["consent_file"] = SimpleUploadedFile("z.pdf", b"not a pdf at all", "application/pdf")
    response = client.post(FORM, data)
    assert response.status_code == 400
    assert 'id="id_consent_file_error"' in response.content.decode()
    assert Case.objects.count() == 0


def test_submission_makes_a_case_without_centre_and_shows_the_secret_once(
    client, public_open, django_capture_on_commit_callbacks
):
    confirmed(client, django_capture_on_commit_callbacks)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        reference, secret = submit(client)
    case = Case.objects.get(reference=reference)
    assert case.advice_center is None
    assert case.submitted_by is None
    assert case.applicant_kind == "affected_person"
    assert case.data["application"]["full_name"] == PERSON
    assert case.data["application"]["contact_email"] == ADDRESS
    assert secret not in case.status_secret_hash
    assert PublicApplication.objects.count() == 0
    assert AuditEntry.objects.filter(case_reference=reference, action="create").exists()
    for message in mail.outbox:
        assert PERSON not in message.body and "Erkrankung" not in message.body
        assert ADDRESS not in message.to
    # The form is gone with the application; the page with the secret cannot be had again.
    assert client.get(FORM).status_code == 404
    receipt = client.get(f"/de/apply/receipt/{reference}.pdf")
    assert receipt.status_code == 200
    assert receipt["Content-Type"] == "application/pdf"
    assert client.__class__().get(f"/de/apply/receipt/{reference}.pdf").status_code == 404


def test_status_with_reference_and_secret_shows_status_and_dates_only(
    client, public_open, django_capture_on_commit_callbacks
):
    confirmed(client, django_capture_on_commit_callbacks)
    reference, secret = submit(client)
    stranger = client.__class__()
    response = stranger.post(STATUS, {"reference": reference.lower(), "secret": secret})
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="public-status"' in html
    assert reference in html
    for personal in (PERSON, "Erkrankung", "Testland", "Innenstadt-Nord", ADDRESS, secret):
        assert personal not in html
    assert AuditEntry.objects.filter(
        case_reference=reference, action="view", detail="status by applicant"
    ).exists()


def test_a_wrong_secret_is_refused_and_audited(
    client, public_open, django_capture_on_commit_callbacks
):
    confirmed(client, django_capture_on_commit_callbacks)
    reference, secret = submit(client)
    response = client.post(STATUS, {"reference": reference, "secret": "AAAAAAAAAAAA"})
    assert response.status_code == 400
    assert 'id="public-status"' not in response.content.decode()
    assert AuditEntry.objects.filter(case_reference=reference, action="access_denied").exists()


def test_an_advisors_case_has_no_status_by_secret(client, public_open, advisor_a):
    case = submit_case(advisor_a)
    response = client.post(STATUS, {"reference": case.reference, "secret": ""})
    assert response.status_code == 400
    response = client.post(STATUS, {"reference": case.reference, "secret": "x" * 12})
    assert response.status_code == 400
    assert 'id="public-status"' not in response.content.decode()


def test_guessing_secrets_is_rate_limited(client, public_open, settings):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "public-status": (3, 3600)}
    codes = [
        client.post(STATUS, {"reference": "BF-AAAA-BBBB", "secret": f"GUESS{n}"}).status_code
        for n in range(5)
    ]
    assert codes[:3] == [400, 400, 400]
    assert codes[3:] == [429, 429]


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"reference": "x" * 500, "secret": "y" * 500},
        {"reference": "\x00", "secret": "\x00"},
    ],
)
def test_bad_status_input_is_answered_not_crashed(client, public_open, data):
    assert client.post(STATUS, data).status_code == 400


@pytest.mark.parametrize(
    "path,status",
    [
        (APPLY, 200),
        (EMAIL, 302),
        ("/de/apply/sent/", 200),
        ("/de/apply/confirm/abc/", 200),
        (FORM, 404),
        ("/de/apply/receipt/BF-AAAA-BBBB.pdf", 404),
        (STATUS, 200),
    ],
)
def test_open_pages_answer_everyone_alike_and_are_not_cached(
    client, public_open, advisor_a, path, status
):
    for visitor in (client, client.__class__()):
        if visitor is client:
            login_verified(visitor, advisor_a)
        response = visitor.get(path)
        assert response.status_code == status
        if status == 200:
            assert "no-store" in response["Cache-Control"]


def test_the_committee_reads_a_case_without_centre(
    client, public_open, committee_member, django_capture_on_commit_callbacks
):
    confirmed(client, django_capture_on_commit_callbacks)
    reference, _secret = submit(client)
    member = client.__class__()
    login_verified(member, committee_member)
    assert member.get("/de/committee/").status_code == 200
    response = member.get(f"/de/committee/cases/{reference}/")
    assert response.status_code == 200
    assert PERSON in response.content.decode()


def test_what_the_applicant_types_is_stored_encrypted_only(
    client, public_open, django_capture_on_commit_callbacks, settings
):
    """The address and the application are in no table in clear, before and after submitting."""

    def dump(model):
        with connection.cursor() as cursor:
            cursor.execute(f"SELECT * FROM {model._meta.db_table}")  # noqa: S608
            return repr(cursor.fetchall())

    confirmed(client, django_capture_on_commit_callbacks)
    assert PublicApplication.objects.count() == 1
    assert ADDRESS not in dump(PublicApplication)
    response = client.post(FORM, {**form_data(), "summary": f"Zusammenfassung {PERSON}"})
    assert response.status_code == 200
    reference = re.search(r'id="public-reference">([^<]+)<', response.content.decode()).group(1)
    case = Case.objects.get(reference=reference)
    for text in (ADDRESS, PERSON, "Schwere Erkrankung"):
        assert text not in dump(Case)
        assert text not in dump(PublicApplication)
        assert text not in dump(AuditEntry)
    assert PERSON in case.data["application"]["summary"]  # it is there, encrypted
