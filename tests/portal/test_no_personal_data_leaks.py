"""No personal data in logs, e-mails or error pages.

Every form of the portal gets a unique marker string in each field a person types into:
valid submissions, invalid ones, and one per area whose service fails with a database error
that quotes the data (a 500). Then none of the markers may appear in

- any log record of any logger at DEBUG level (message, arguments, traceback, extra
  attributes), nor in what the configured console handler writes;
- any e-mail (subject, body, headers, attachments), error reports to ``ADMINS`` included; a
  recipient address is where an e-mail has to go and is not looked at;
- any error page (status 403, 404, 405, 429, 500) or redirect address.

A form shown again to the person who filled it in (status 200 or 400) keeps what they typed:
that is the form working, not a leak; so do the case lists, which show the person's name to
those who may read it. Markers typed into a case, or into the search of the case lists, must
further never reach the audit log's details, the page cache, the default cache, the search
index or the blind index of names.

SQL with its parameters is logged by Django only with DEBUG, which production never sets
(tests/portal/test_production_settings.py); these tests run without DEBUG as production
does, and the query logger must stay silent.
"""

import io
import logging
import pickle
import re
import uuid
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core import mail
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import IntegrityError
from django.test import Client, TestCase
from django.utils import timezone
from pypdf import PdfReader, PdfWriter
from wagtail.search.models import IndexEntry

from cases.models import AuditEntry, Case, CaseNameToken, CaseStatus
from committee.models import AgendaItem, CommitteeSession, Membership, Recommendation
from home.models import Submission
from pagecache import services as pagecache_services
from portal import django_internals
from referrals.models import Referral
from tests.cases.helpers import (
    ADMISSIBLE_ANSWERS,
    PASSWORD,
    application_post,
    application_send,
    current_code,
    draft_start,
    login_verified,
    totp_device,
)
from tests.cases.test_public_application import ANSWERS as PUBLIC_ANSWERS
from tests.cases.test_public_application import rules_set
from tests.factories import AdviceCenterFactory, AdvisorProfileFactory, UserFactory
from tests.home.conftest import captcha_answer
from tests.referrals.helpers import offer_create, person_of, referral_consent_ensure
from tests.referrals.helpers import rules_set as referral_rules_set

pytestmark = pytest.mark.django_db

ERROR_STATUSES = {403, 404, 405, 429, 500}
RECORD_ATTRIBUTES = set(vars(logging.LogRecord("x", 0, "x", 0, "x", None, None))) | {
    "message",
    "asctime",
}


class Markers:
    """Unique lower-case strings, each remembering the field it went into."""

    def __init__(self):
        self.fields = {}
        self.case = set()

    def __call__(self, field, *, case=False, email=False):
        value = f"zqmark{len(self.fields) + 1:03d}x"
        if email:
            value += "@example.org"
        self.fields[value] = field
        if case:
            self.case.add(value)
        return value

    def found_in(self, text, markers=None):
        return sorted(
            f"{marker} ({self.fields[marker]})"
            for marker in (self.fields if markers is None else markers)
            if marker in text
        )


class Observer(logging.Handler):
    """Every record of every logger, formatted when it is made."""

    def __init__(self):
        super().__init__(level=logging.DEBUG)
        self.texts = []
        self.names = []

    def emit(self, record):
        parts = [logging.Formatter().format(record)]
        parts += [
            f"{key}={value!r}"
            for key, value in vars(record).items()
            if key not in RECORD_ATTRIBUTES
        ]
        self.texts.append("\n".join(parts))
        self.names.append(record.name)


class RecordingClient(Client):
    def __init__(self, responses, **defaults):
        super().__init__(**defaults)
        self.responses = responses

    def request(self, **request):
        # Mail goes out once a request's work is committed: send it, so it is checked too.
        with TestCase.captureOnCommitCallbacks(execute=True):
            response = super().request(**request)
        self.responses.append(response)
        return response


@pytest.fixture
def observed(settings):
    """Logs at DEBUG from every logger, the console handler's output, all responses."""
    settings.ADMINS = [("Operations", "ops@example.org")]
    settings.PAGECACHE_ENABLED = True
    settings.RATE_LIMITS = {
        scope: (1000, period) for scope, (_limit, period) in settings.RATE_LIMITS.items()
    }
    observer = Observer()
    root = logging.getLogger()
    loggers = [root] + [
        logger
        for logger in logging.Logger.manager.loggerDict.values()
        if isinstance(logger, logging.Logger)
    ]
    saved = [(logger, logger.level, logger.propagate, logger.disabled) for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.DEBUG if logger is root else logging.NOTSET)
        logger.propagate = True
        logger.disabled = False
    # factory_boy reports how the test itself builds its users: not the portal's logging.
    logging.getLogger("factory").setLevel(logging.WARNING)
    console = io.StringIO()
    streams = []
    for handler in root.handlers:
        if handler.get_name() == "console":
            streams.append((handler, handler.setStream(console)))
    root.addHandler(observer)
    observer.console = console
    observer.responses = []
    try:
        yield observer
    finally:
        root.removeHandler(observer)
        for handler, stream in streams:
            handler.setStream(stream)
        for logger, level, propagate, disabled in saved:
            logger.setLevel(level)
            logger.propagate = propagate
            logger.disabled = disabled


def client(observed, **defaults):
    return RecordingClient(observed.responses, **defaults)


def failing(*args, **kwargs):
    """A service that fails as a database does: its message quotes the values it refused."""
    raise IntegrityError(
        "duplicate key value violates unique constraint\n"
        f"DETAIL: Key (data)=({args!r}, {kwargs!r}) already exists."
    )


def mail_text(message):
    """Everything of an e-mail but the addresses it goes to."""
    parsed = message.message()
    headers = [
        f"{name}: {value}"
        for name, value in parsed.items()
        if name.lower() not in ("to", "cc", "bcc")
    ]
    parts = [message.subject, message.body, *headers]
    for attachment in message.attachments:
        content = attachment[1] if isinstance(attachment, tuple) else attachment.get_payload()
        parts.append(content.decode() if isinstance(content, bytes) else str(content))
    for alternative in getattr(message, "alternatives", []):
        parts.append(str(alternative[0]))
    return "\n".join(parts)


def cache_text(alias):
    values = []
    for key, value in django_internals.locmem_cache_entries(caches[alias]):
        values.append(key)
        values.append(repr(pickle.loads(value)))  # noqa: S301 - the test's own cache
    return "\n".join(values)


def assert_nothing_leaked(observed, markers):
    assert observed.texts, "no log record was captured"
    leaking = [(markers.found_in(text), text) for text in observed.texts]
    assert not [item for item in leaking if item[0]]
    assert not markers.found_in(observed.console.getvalue())
    # DEBUG is off as in production: no SQL, hence no parameters, in the logs.
    assert "django.db.backends" not in observed.names

    assert mail.outbox, "no e-mail was sent"
    for message in mail.outbox:
        assert not markers.found_in(mail_text(message)), (message.subject, mail_text(message))

    for response in observed.responses:
        location = response.get("Location", "")
        assert not markers.found_in(location), location
        if response.status_code in ERROR_STATUSES and not getattr(response, "streaming", False):
            assert not markers.found_in(response.content.decode()), response.status_code


def assert_case_data_kept_in(markers):
    details = "\n".join(
        f"{entry.case_reference} {entry.action} {entry.detail}"
        for entry in AuditEntry.objects.all()
    )
    assert details
    assert not markers.found_in(details, markers.case), details
    assert not markers.found_in(cache_text("pagecache"), markers.case)
    local = repr(list(pagecache_services._local_entries._entries.values()))
    assert not markers.found_in(local, markers.case)
    assert not markers.found_in(cache_text("default"), markers.case)
    index = "\n".join(
        f"{entry.title} {entry.body} {entry.autocomplete}" for entry in IndexEntry.objects.all()
    ).lower()
    assert not markers.found_in(index, markers.case)
    tokens = "\n".join(CaseNameToken.objects.values_list("token", flat=True))
    assert tokens
    assert not markers.found_in(tokens, markers.case)


def fill_public_form(browser, path, data):
    key, answer = captcha_answer(browser.get(path).content.decode())
    return browser.post(path, {"captcha_0": key, "captcha_1": answer, **data})


# The public pages -------------------------------------------------------------------------


def test_public_forms_leak_nothing(observed, seeded_site, monkeypatch, settings):
    markers = Markers()
    reader = client(observed)
    for path in ("/de/", "/de/kontakt/", "/de/barrierefreiheit/", "/de/ueber-das-gremium/"):
        reader.get(path)

    question = {
        "name": markers("contact name"),
        "email": markers("contact e-mail", email=True),
        "message": markers("contact message"),
    }
    assert fill_public_form(reader, "/de/kontakt/", question).status_code == 302
    invalid = {**question, "email": markers("contact e-mail, invalid")}
    assert fill_public_form(reader, "/de/kontakt/", invalid).status_code == 400
    barrier = {
        "page_address": markers("barrier page address"),
        "email": markers("barrier e-mail", email=True),
        "message": markers("barrier message"),
    }
    assert fill_public_form(reader, "/de/barrierefreiheit/", barrier).status_code == 302
    missing = {"page_address": markers("barrier page address, invalid"), "message": ""}
    assert fill_public_form(reader, "/de/barrierefreiheit/", missing).status_code == 400
    reader.get("/de/suche/", {"q": markers("search query")})
    reader.post("/de/no-such-page/", {"message": markers("POST to a missing page")})
    assert Submission.objects.count() == 2

    broken = client(observed, raise_request_exception=False)
    monkeypatch.setattr("home.views.submission_create", failing)
    failed = {
        "name": markers("contact name, failing"),
        "email": markers("contact e-mail, failing", email=True),
        "message": markers("contact message, failing"),
    }
    assert fill_public_form(broken, "/de/kontakt/", failed).status_code == 500

    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "public-form": (0, 3600)}
    limited = {"message": markers("contact message, over the limit")}
    assert fill_public_form(reader, "/de/kontakt/", limited).status_code == 429

    assert any(r.status_code == 500 for r in observed.responses)
    assert any("Traceback" in text and "IntegrityError" in text for text in observed.texts)
    assert_nothing_leaked(observed, markers)
    assert not markers.found_in(cache_text("pagecache"))


# Accounts ---------------------------------------------------------------------------------


def test_account_forms_leak_nothing(observed, seeded_site, monkeypatch):
    markers = Markers()
    center = AdviceCenterFactory()
    visitor = client(observed)

    def register(browser, **data):
        key, answer = captcha_answer(browser.get("/de/accounts/register/").content.decode())
        return browser.post(
            "/de/accounts/register/",
            {
                "advice_center": center.pk,
                "role": "case_manager",
                "captcha_0": key,
                "captcha_1": answer,
                **data,
            },
        )

    assert (
        register(
            visitor,
            full_name=markers("registration name"),
            email=markers("registration e-mail", email=True),
        ).status_code
        == 302
    )
    assert (
        register(
            visitor,
            full_name=markers("registration name, invalid"),
            email=markers("registration e-mail, invalid"),
        ).status_code
        == 200
    )

    # Login: wrong passwords up to the lockout, then a code that is wrong, then enrolment.
    advisor = AdvisorProfileFactory(advice_center=center).user
    device = totp_device(advisor)
    stranger = client(observed, REMOTE_ADDR="203.0.113.77")
    for _ in range(5):
        stranger.post(
            "/de/accounts/login/",
            {"username": markers("login name"), "password": markers("login password")},
        )
    assert stranger.post(
        "/de/accounts/login/",
        {"username": markers("login name, locked"), "password": markers("password, locked")},
    ).status_code in (200, 429)
    for _ in range(5):
        stranger.post(
            "/de/accounts/login/",
            {"username": advisor.username, "password": markers("wrong password")},
        )
    assert (
        stranger.post(
            "/de/accounts/login/", {"username": advisor.username, "password": PASSWORD}
        ).status_code
        == 429
    )

    person = client(observed)
    person.post("/de/accounts/login/", {"username": advisor.username, "password": PASSWORD})
    assert (
        person.post(
            "/de/accounts/login/code/", {"otp_token": markers("second factor code")}
        ).status_code
        == 200
    )
    device.refresh_from_db()
    device.throttle_reset()  # django-otp's pause after a wrong code, as if a person retyped
    assert (
        person.post("/de/accounts/login/code/", {"otp_token": current_code(device)}).status_code
        == 302
    )

    newcomer = AdvisorProfileFactory(advice_center=center).user
    enrolling = client(observed)
    enrolling.post("/de/accounts/login/", {"username": newcomer.username, "password": PASSWORD})
    assert (
        enrolling.post(
            "/de/accounts/login/set-up-code/", {"otp_token": markers("enrolment code")}
        ).status_code
        == 200
    )

    # Password reset: a known address (mailed), an unknown and an invalid one, then the link.
    known = AdvisorProfileFactory(
        advice_center=center, user__email=markers("password reset, known address", email=True)
    ).user
    mail.outbox.clear()
    resetting = client(observed)
    resetting.post("/de/accounts/password-reset/", {"email": known.email})
    assert len(mail.outbox) == 1
    resetting.post(
        "/de/accounts/password-reset/",
        {"email": markers("password reset, unknown address", email=True)},
    )
    resetting.post(
        "/de/accounts/password-reset/", {"email": markers("password reset, invalid address")}
    )
    link = urlsplit(re.search(r"https?://\S+", mail.outbox[0].body).group(0)).path
    form_page = resetting.get(link)
    set_password = form_page["Location"]
    mismatch = {
        "new_password1": markers("new password") + "-Lang-genug-7",
        "new_password2": markers("new password, repeated wrong") + "-Lang-genug-7",
    }
    assert resetting.post(set_password, mismatch).status_code == 200
    chosen = markers("new password, chosen") + "-Lang-genug-7"
    assert (
        resetting.post(
            set_password, {"new_password1": chosen, "new_password2": chosen}
        ).status_code
        == 302
    )

    # Server errors in each step.
    broken = client(observed, raise_request_exception=False)
    monkeypatch.setattr("accounts.services.advisor_register", failing)
    assert (
        register(
            broken,
            full_name=markers("registration name, failing"),
            email=markers("registration e-mail, failing", email=True),
        ).status_code
        == 500
    )
    monkeypatch.setattr("accounts.views.authenticate", failing)
    assert (
        broken.post(
            "/de/accounts/login/",
            {"username": markers("login name, failing"), "password": markers("password, failing")},
        ).status_code
        == 500
    )
    monkeypatch.setattr("accounts.services.password_reset_request", failing)
    assert (
        broken.post(
            "/de/accounts/password-reset/",
            {"email": markers("password reset, failing", email=True)},
        ).status_code
        == 500
    )

    assert any(message.to == ["ops@example.org"] for message in mail.outbox)
    assert_nothing_leaked(observed, markers)


# Cases: the advisor's and the committee's forms -------------------------------------------


def consent_pdf(markers):
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Title": markers("consent file title", case=True)})
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def upload(markers, content):
    name = markers("consent file name", case=True) + ".pdf"
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def application(markers, label=""):
    def marked(field, email=False):
        return markers(f"application {field}{label}", case=True, email=email)

    return application_post(
        full_name=marked("full name"),
        nationality=marked("nationality"),
        district=marked("district"),
        ground_length_of_stay=marked("length of stay"),
        ground_health=marked("health"),
        ground_school_training_work=marked("school"),
        ground_language=marked("language"),
        ground_self_sufficiency=marked("self-sufficiency"),
        ground_family=marked("family"),
        ground_other=marked("other grounds"),
        summary=marked("summary"),
        changes_since_last=marked("changes"),
        contact_name=marked("contact name"),
        contact_email=marked("contact e-mail", email=True),
        contact_phone=marked("contact phone"),
        authority_file_number=marked("authority file number"),
        **{"household-0-status": marked("household status")},
    )


def evidence_post(markers, label=""):
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_metadata({"/Title": markers(f"evidence file content{label}", case=True)})
    buffer = io.BytesIO()
    writer.write(buffer)
    name = markers(f"evidence file name{label}", case=True) + ".pdf"
    return {
        "document": SimpleUploadedFile(name, buffer.getvalue(), content_type="application/pdf"),
        "criterion": "health",
        "description": markers(f"evidence description{label}", case=True),
    }


def add_evidence_and_addenda(desk, committee, case, markers):
    """While the case is open: a refused file, a document, addenda too long and right; the
    committee reads them, the advisor and the committee download the document."""
    base = f"/de/cases/{case.reference}"
    refused = evidence_post(markers, ", refused")
    refused["document"] = upload(markers, b"MZ" + markers("evidence, no PDF", case=True).encode())
    assert desk.post(base + "/evidence/", refused).status_code == 400
    unknown = evidence_post(markers, ", unknown criterion")
    unknown["criterion"] = markers("evidence criterion")
    assert desk.post(base + "/evidence/", unknown).status_code == 400
    assert desk.post(base + "/evidence/", evidence_post(markers)).status_code == 302
    too_long = markers("addendum, too long", case=True) * 301
    assert desk.post(base + "/addenda/", {"text": too_long}).status_code == 400
    addendum = {"text": markers("addendum", case=True)}
    assert desk.post(base + "/addenda/", addendum).status_code == 302
    desk.get(base + "/")
    assert desk.get(base + "/evidence/1/").status_code == 200
    committee.get(f"/de/committee/cases/{case.reference}/")
    committee.get("/de/committee/")
    assert committee.get(base + "/evidence/1/").status_code == 200
    assert committee.get(base + "/evidence/2/").status_code == 404


def test_case_forms_leak_nothing(observed, seeded_site, monkeypatch, settings, tmp_path):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    markers = Markers()
    center = AdviceCenterFactory()
    advisor = AdvisorProfileFactory(advice_center=center).user
    member = UserFactory(groups=["Committee"])
    seat = Membership.objects.create(user=member)
    office = UserFactory(groups=["Office"])
    desk = client(observed)
    login_verified(desk, advisor)

    # Step 1, the admissibility questions: refused values, then the real answers.
    refused = {key: markers(f"admissibility {key}") for key in ADMISSIBLE_ANSWERS}
    assert desk.post("/de/cases/new/", refused).status_code == 200
    draft_start(desk)

    # Then the application's steps: invalid dates and address, a file that is no PDF, then valid.
    wrong = application(markers, ", invalid")
    wrong.update(
        date_of_birth=markers("application date of birth, invalid", case=True),
        contact_email=markers("application contact e-mail, invalid", case=True),
        deadline=markers("application deadline, invalid", case=True),
        deadline_reason=markers("application deadline reason, invalid", case=True),
    )
    wrong["consent_file"] = upload(markers, b"MZ" + markers("not a PDF", case=True).encode())
    assert application_send(desk, wrong).status_code == 200
    data = application(markers)
    data.update(
        deadline=(timezone.localdate() + timedelta(days=30)).isoformat(),
        deadline_reason="court_date",
        urgent="on",
    )
    data["consent_file"] = upload(markers, consent_pdf(markers))
    response = application_send(desk, data)
    assert response.status_code == 302
    case = Case.objects.get()
    desk.get(f"/de/cases/{case.reference}/")
    desk.get(f"/de/cases/{case.reference}/consent-file/")
    # The receipt is for filing and handing on: neither the person nor the uploaded file's
    # name is in it, not in its text and not in its metadata.
    receipt = desk.get(f"/de/cases/{case.reference}/receipt.pdf")
    assert receipt.status_code == 200
    reader = PdfReader(io.BytesIO(receipt.content))
    receipt_text = " ".join(page.extract_text() for page in reader.pages)
    assert case.reference in receipt_text
    assert not markers.found_in(receipt_text + repr(reader.metadata) + str(receipt.headers))

    # Two more cases for the other ways out: not admissible and withdrawn, consent withdrawn.
    for label in (" (second case)", " (third case)"):
        draft_start(desk)
        extra = application(markers, label)
        extra["consent_file"] = upload(markers, consent_pdf(markers))
        assert application_send(desk, extra).status_code == 302
    second, third = Case.objects.exclude(pk=case.pk).order_by("pk")

    # The list with the names, searched by name, by reference, by something not there.
    desk.get("/de/cases/")
    assert desk.post("/de/cases/", {"q": data["full_name"]}).status_code == 200
    assert desk.post("/de/cases/", {"q": case.reference.lower()}).status_code == 200
    desk.post("/de/cases/", {"q": markers("advisor search", case=True)})
    assert desk.post("/de/cases/", {"q": markers("too long", case=True) * 25}).status_code == 400

    committee = client(observed)
    login_verified(committee, member)
    committee.get("/de/committee/", {"submitted_from": markers("filter date")})
    committee.get("/de/committee/", {"sort": markers("order"), "urgent": markers("urgent")})
    committee.get("/de/committee/", {"sort": "deadline", "urgent": "on"})
    assert (
        committee.post("/de/committee/?sort=deadline", {"q": data["full_name"]}).status_code == 200
    )
    committee.post("/de/committee/?urgent=on", {"q": markers("committee search", case=True)})
    base = f"/de/committee/cases/{case.reference}"
    committee.get(base + "/")
    assert (
        committee.post(
            base + "/status/", {"status": markers("status, invalid"), "reason": markers("reason")}
        ).status_code
        == 400
    )
    assert (
        committee.post(
            base + "/status/",
            {"status": CaseStatus.ADMISSIBLE, "reason": markers("reason, admissible", case=True)},
        ).status_code
        == 302
    )
    add_evidence_and_addenda(desk, committee, case, markers)
    assert (
        committee.post(
            f"/de/committee/cases/{second.reference}/status/",
            {
                "status": CaseStatus.NOT_ADMISSIBLE,
                "ground": "other",
                "reason": markers("reason, refused", case=True),
            },
        ).status_code
        == 302
    )

    # Sessions: an invalid date, then a session whose place is announced to the members.
    desk_office = client(observed)
    login_verified(desk_office, office)
    when = timezone.localdate() + timedelta(days=14)
    assert (
        desk_office.post(
            "/de/committee/sessions/",
            {
                "date": markers("session date"),
                "time": markers("session time"),
                "place": markers("session place, invalid"),
                "kind": "regular",
            },
        ).status_code
        == 400
    )
    place = markers("session place")
    assert (
        desk_office.post(
            "/de/committee/sessions/",
            {"date": when.isoformat(), "time": "15:00", "place": place, "kind": "regular"},
        ).status_code
        == 302
    )
    session = CommitteeSession.objects.get(place=place)
    assert (
        desk_office.post(base + "/schedule/", {"session": markers("session choice")}).status_code
        == 400
    )
    assert desk_office.post(base + "/schedule/", {"session": session.pk}).status_code == 302
    desk_office.post(f"/de/committee/sessions/{session.pk}/invite/")
    assert (
        committee.post(base + "/note/", {"text": markers("member note", case=True)}).status_code
        == 302
    )
    item = AgendaItem.objects.get(case=case)
    agenda_note = f"/de/committee/sessions/{session.pk}/agenda/{item.pk}/note/"
    assert (
        desk_office.post(agenda_note, {"text": markers("office note", case=True)}).status_code
        == 302
    )
    committee.get(f"/de/committee/sessions/{session.pk}/session.ics")
    invitations = [message for message in mail.outbox if place in mail_text(message)]
    # Where the committee meets is what an invitation is for; no other e-mail names it.
    assert len(invitations) == 1
    mail.outbox.remove(invitations[0])

    CommitteeSession.objects.filter(pk=session.pk).update(
        starts_at=timezone.now() - timedelta(hours=2)
    )
    assert (
        committee.post(
            base + "/assessment/",
            {
                "text": markers("assessment, invalid", case=True),
                "recommendation": markers("rec"),
                "version": markers("version"),
            },
        ).status_code
        == 400
    )
    assert (
        committee.post(
            base + "/assessment/",
            {
                "text": markers("assessment", case=True),
                "next_steps": markers("next steps", case=True),
                "recommendation": Recommendation.HARDSHIP_COMMISSION,
                "version": 0,
            },
        ).status_code
        == 302
    )
    attendance = f"/de/committee/sessions/{session.pk}/attendance/"
    assert (
        desk_office.post(attendance, {f"seat_{seat.pk}": markers("presence")}).status_code == 400
    )
    assert desk_office.post(attendance, {f"seat_{seat.pk}": "present"}).status_code == 302
    assert committee.post(base + "/confirm/", {"version": markers("version")}).status_code == 302
    assert committee.post(base + "/confirm/", {"version": 1}).status_code == 302
    assert desk_office.post(base + "/release/").status_code == 302
    desk_office.get(f"/de/committee/sessions/{session.pk}/protocol.pdf")
    desk.get(f"/de/cases/{case.reference}/assessment.pdf")

    # The advisor withdraws the second case, and the third with the person's consent.
    assert (
        desk.post(
            f"/de/cases/{second.reference}/withdraw/", {"kind": markers("withdrawal kind")}
        ).status_code
        == 400
    )
    assert (
        desk.post(
            f"/de/cases/{second.reference}/withdraw/", {"kind": "withdraw", "confirm": "on"}
        ).status_code
        == 302
    )
    assert (
        desk.post(
            f"/de/cases/{third.reference}/withdraw/",
            {"kind": "consent_withdrawn", "confirm": "on"},
        ).status_code
        == 302
    )

    # Server errors while saving an application, a status and an assessment.
    broken_desk = client(observed, raise_request_exception=False)
    login_verified(broken_desk, advisor)
    draft_start(broken_desk)
    monkeypatch.setattr("cases.services.case_submit", failing)
    failing_data = application(markers, ", failing")
    failing_data["consent_file"] = upload(markers, consent_pdf(markers))
    assert application_send(broken_desk, failing_data).status_code == 500
    broken_committee = client(observed, raise_request_exception=False)
    login_verified(broken_committee, member)
    evidence_data = evidence_post(markers, ", failing")
    # Open again for the moment: the failing services are reached only for an open case.
    Case.objects.filter(pk=case.pk).update(status=CaseStatus.ADMISSIBLE)
    monkeypatch.setattr("cases.services.case_evidence_add", failing)
    assert (
        broken_desk.post(f"/de/cases/{case.reference}/evidence/", evidence_data).status_code == 500
    )
    monkeypatch.setattr("cases.services.case_addendum_add", failing)
    assert (
        broken_desk.post(
            f"/de/cases/{case.reference}/addenda/",
            {"text": markers("addendum, failing", case=True)},
        ).status_code
        == 500
    )
    Case.objects.filter(pk=case.pk).update(status=CaseStatus.ASSESSMENT_SENT)
    monkeypatch.setattr("committee.services.case_status_change", failing)
    assert (
        broken_committee.post(
            f"/de/committee/cases/{case.reference}/status/",
            {"status": CaseStatus.CLOSED, "reason": markers("reason, failing", case=True)},
        ).status_code
        == 500
    )
    monkeypatch.setattr("committee.services.assessment_save", failing)
    Case.objects.filter(pk=case.pk).update(status=CaseStatus.DISCUSSED)
    assert (
        broken_committee.post(
            base + "/assessment/",
            {
                "text": markers("assessment, failing", case=True),
                "recommendation": Recommendation.HARDSHIP_COMMISSION,
                "version": 1,
            },
        ).status_code
        == 500
    )

    # Anonymous readers meanwhile fill the page cache.
    reader = client(observed)
    for path in ("/de/", "/de/kontakt/", "/de/ueber-das-gremium/", "/de/beratung/"):
        reader.get(path)
        reader.get(path)

    assert Case.objects.count() == 2
    assert not Case.objects.filter(pk=third.pk).exists()
    assert uuid.UUID(str(case.submission_token))
    assert_nothing_leaked(observed, markers)
    assert_case_data_kept_in(markers)
    # The files are stored encrypted: no marker of their content or their name on disk.
    for path in Path(settings.PRIVATE_STORAGE_ROOT).iterdir():
        assert not markers.found_in(path.read_bytes().decode("latin-1"), markers.case)
        assert not markers.found_in(path.name, markers.case)


# Referrals: the office's record form and the offers' confirmation ------------------------


def referral_person(markers, label=""):
    def marked(field, email=False):
        return markers(f"referral {field}{label}", case=True, email=email)

    return {
        "full_name": marked("full name"),
        "phone": marked("phone"),
        "email": marked("e-mail", email=True),
        "address": marked("postal address"),
        "note": marked("note"),
    }


def test_referral_forms_leak_nothing(observed, seeded_site, monkeypatch, settings, tmp_path):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    referral_rules_set(referrals=True)
    referral_consent_ensure()
    offer = offer_create("Café Marker", places=["Bergkamen"], kind="cafe")
    person = person_of(offer)
    office = UserFactory(groups=["Office"])
    desk = client(observed)
    login_verified(desk, office)
    path = "/de/referrals/new/"
    desk.get(path)

    markers = Markers()
    # The place is chosen first; what was typed so far comes back, nothing is checked yet.
    chosen = {"action": "place", "place": "Bergkamen", **referral_person(markers, ", place")}
    assert desk.post(path, chosen).status_code == 200
    # Wrong choices and an address that is none, without the signed declaration.
    wrong = {
        "action": "record",
        "submission_token": str(uuid.uuid4()),
        "place": markers("referral place, invalid"),
        "offers": [markers("referral offer, invalid")],
        "residence_status": markers("referral status, invalid"),
        "language": markers("referral language, invalid"),
        **referral_person(markers, ", invalid"),
        "email": markers("referral e-mail, invalid", case=True),
    }
    assert desk.post(path, wrong).status_code == 400
    # A declaration that is no PDF, then one whose name and content carry markers.
    valid = {
        "action": "record",
        "place": "Bergkamen",
        "offers": [str(offer.pk)],
        "residence_status": "duldung",
        "language": "ar",
        "consent_confirmed": "on",
    }
    refused = {
        **valid,
        "submission_token": str(uuid.uuid4()),
        **referral_person(markers, ", no PDF"),
    }
    refused["consent_file"] = upload(markers, b"MZ" + markers("not a PDF", case=True).encode())
    assert desk.post(path, refused).status_code == 400
    data = {**valid, "submission_token": str(uuid.uuid4()), **referral_person(markers)}
    data["consent_file"] = upload(markers, consent_pdf(markers))
    assert desk.post(path, data).status_code == 302
    second = {
        **valid,
        "submission_token": str(uuid.uuid4()),
        **referral_person(markers, " (second)"),
    }
    second["consent_file"] = upload(markers, consent_pdf(markers))
    assert desk.post(path, second).status_code == 302
    first, other = Referral.objects.order_by("pk")

    desk.get("/de/referrals/")
    desk.get(f"/de/referrals/{first.reference}/")
    assert desk.get(f"/de/referrals/{first.reference}/consent-file/").status_code == 200
    assert desk.post(f"/de/referrals/{other.reference}/withdraw/", {}).status_code == 400
    assert (
        desk.post(f"/de/referrals/{other.reference}/withdraw/", {"confirm": "on"}).status_code
        == 302
    )

    centre = client(observed)
    login_verified(centre, person)
    centre.get("/de/centre-referrals/")
    centre.get(f"/de/centre-referrals/{first.reference}/")
    assert centre.post(f"/de/centre-referrals/{first.reference}/contact/").status_code == 302

    # A server error while recording.
    broken = client(observed, raise_request_exception=False)
    login_verified(broken, office)
    monkeypatch.setattr("referrals.services.referral_record", failing)
    failed = {
        **valid,
        "submission_token": str(uuid.uuid4()),
        **referral_person(markers, ", failing"),
    }
    failed["consent_file"] = upload(markers, consent_pdf(markers))
    assert broken.post(path, failed).status_code == 500

    assert Referral.objects.count() == 1
    assert any(message.to == [person.email] for message in mail.outbox)
    assert_nothing_leaked(observed, markers)
    details = "\n".join(
        f"{entry.case_reference} {entry.action} {entry.detail}"
        for entry in AuditEntry.objects.all()
    )
    assert first.reference in details
    assert not markers.found_in(details, markers.case)
    assert not markers.found_in(cache_text("pagecache"), markers.case)
    assert not markers.found_in(cache_text("default"), markers.case)
    for stored in Path(settings.PRIVATE_STORAGE_ROOT).iterdir():
        assert not markers.found_in(stored.read_bytes().decode("latin-1"), markers.case)
        assert not markers.found_in(stored.name, markers.case)


# Applications without an advice centre: the public form and the office's record ----------


def test_applications_without_centre_leak_nothing(observed, seeded_site, settings, tmp_path):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    rules_set(office_records_applications=True)
    markers = Markers()
    office = UserFactory(groups=["Office"])
    member = UserFactory(groups=["Committee"])
    Membership.objects.create(user=member)

    # The public form: refused answers, an address with a wrong code, then the mailed link.
    applicant = client(observed)
    forged = {key: markers(f"public answer {key}") for key in PUBLIC_ANSWERS}
    assert applicant.post("/de/apply/", forged).status_code in (200, 400)
    html = applicant.post("/de/apply/", PUBLIC_ANSWERS).content.decode()
    signed = re.search(r'name="answers" value="([^"]+)"', html).group(1)
    key, answer = captcha_answer(html)
    wrong_code = {
        "answers": signed,
        "email": markers("public e-mail, wrong code", case=True, email=True),
        "captcha_0": key,
        "captcha_1": markers("captcha answer"),
    }
    assert applicant.post("/de/apply/email/", wrong_code).status_code == 400
    html = applicant.post("/de/apply/", PUBLIC_ANSWERS).content.decode()
    signed = re.search(r'name="answers" value="([^"]+)"', html).group(1)
    key, answer = captcha_answer(html)
    address = markers("public e-mail", case=True, email=True)
    sent = {"answers": signed, "email": address, "captcha_0": key, "captcha_1": answer}
    assert applicant.post("/de/apply/email/", sent).status_code == 302
    (confirmation,) = [message for message in mail.outbox if address in message.to]
    mail.outbox.remove(confirmation)
    link = urlsplit(re.search(r"https?://\S+/apply/confirm/\S+/", confirmation.body).group(0))
    assert applicant.post(link.path).status_code == 302

    # The Kurzantrag: invalid first (a file that is no PDF), then complete.
    wrong = application(markers, ", public, invalid")
    wrong.update(date_of_birth=markers("public date of birth, invalid", case=True))
    wrong["consent_file"] = upload(
        markers, b"MZ" + markers("public, not a PDF", case=True).encode()
    )
    assert applicant.post("/de/apply/form/", wrong).status_code == 400
    data = application(markers, ", public")
    data["consent_file"] = upload(markers, consent_pdf(markers))
    html = applicant.post("/de/apply/form/", data).content.decode()
    reference = re.search(r'id="public-reference">([^<]+)<', html).group(1)
    secret = re.search(r'id="public-secret">([^<]+)<', html).group(1)
    assert applicant.get(f"/de/apply/receipt/{reference}.pdf").status_code == 200

    # The status: a wrong secret, nonsense, then the right one.
    status = client(observed)
    wrong_secret = {"reference": reference, "secret": markers("public secret, wrong")}
    assert status.post("/de/apply/status/", wrong_secret).status_code in (200, 400)
    nonsense = {"reference": markers("public reference, typed"), "secret": secret}
    assert status.post("/de/apply/status/", nonsense).status_code in (200, 400)
    secret_found = Markers()
    secret_found.fields[secret] = "the status secret"
    found = status.post("/de/apply/status/", {"reference": reference, "secret": secret})
    assert 'id="public-status"' in found.content.decode()

    # The office records a written application: refused answers, an error, then complete.
    desk = client(observed)
    login_verified(desk, office)
    recorded = application(markers, ", recorded")
    recorded.update(PUBLIC_ANSWERS, applicant_kind="initiative_group")
    recorded["consent_file"] = upload(markers, consent_pdf(markers))
    refused = {**recorded, "other_authority": markers("recorded answer, forged")}
    assert desk.post("/de/committee/cases/record/", refused).status_code in (200, 400)
    assert Case.objects.count() == 1
    invalid = {**recorded, "date_of_birth": markers("recorded date of birth", case=True)}
    invalid["consent_file"] = upload(markers, consent_pdf(markers))
    assert desk.post("/de/committee/cases/record/", invalid).status_code == 400
    recorded["consent_file"] = upload(markers, consent_pdf(markers))
    assert desk.post("/de/committee/cases/record/", recorded).status_code == 302
    assert Case.objects.count() == 2

    reader = client(observed)
    login_verified(reader, member)
    for case in Case.objects.all():
        assert reader.get(f"/de/committee/cases/{case.reference}/").status_code == 200
    assert reader.post("/de/committee/", {"q": data["full_name"]}).status_code == 200

    assert_nothing_leaked(observed, markers)
    assert_case_data_kept_in(markers)
    # The secret was shown once, on its page: nowhere else.
    for text in observed.texts:
        assert not secret_found.found_in(text)
    for message in mail.outbox:
        assert not secret_found.found_in(mail_text(message))
