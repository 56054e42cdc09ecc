"""Faults during a case submission: the database goes away, the disk refuses the consent file,
the same form arrives twice at once. The advisor gets a clear answer, the data stays whole.

Outage tests run the app as a sync gunicorn worker would and cut its way to PostgreSQL with
a proxy; SQLite has no connection to lose, so those run only when DATABASE_URL is PostgreSQL.
"""

import errno
import threading
import uuid

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, connections
from django.test import Client
from django.utils import translation

from cases import services, storage
from cases.models import AuditEntry, Case, CaseDraft
from cases.services import case_storage_problems, private_files_unreferenced
from tests.cases.helpers import (
    application_post,
    application_send,
    draft_start,
    draft_step_url,
    login_verified,
    pdf_bytes,
    review_token,
    step_post,
)
from tests.cases.outage import AppServer, Browser, DatabaseProxy

MARKER = "Zzmarker-Qx7-Vertraulich"
STORAGE_ERROR = (
    "The signed consent declaration could not be stored because of a fault on our side, so "
    "the case has not been submitted. Everything you entered is still here: please attach "
    "the file again and send the form in a few minutes."
)


def pdf_upload():
    return SimpleUploadedFile("erklaerung.pdf", pdf_bytes(), content_type="application/pdf")


def admissible_session(client, user, language="de"):
    login_verified(client, user)
    return draft_start(client, language=language)


def created_audit_entries():
    return AuditEntry.objects.filter(action=AuditEntry.Action.CREATE).count()


# Threads and a second connection see only committed rows.
COMMITTED = pytest.mark.django_db(transaction=True)


@pytest.fixture
def site_rows(transactional_db, demo_seed):
    """The site, its settings and the consent text: an earlier test's flush may have taken
    what the migrations wrote."""
    demo_seed()
    services.consent_text_ensure()


def ui(language, message):
    with translation.override(language):
        return translation.gettext(message)


# The upload folder refuses the file ------------------------------------------------------


class DiskFullFile:
    """A file on a disk that fills up after the first bytes, as ``write`` then reports."""

    def __init__(self, handle):
        self._handle = handle

    def write(self, data):
        self._handle.write(data[:64])
        self._handle.flush()
        raise OSError(errno.ENOSPC, "No space left on device")

    def __getattr__(self, name):
        return getattr(self._handle, name)

    def __enter__(self):
        return self

    def __exit__(self, *exc_info):
        self._handle.close()


def disk_full_open(*args, **kwargs):
    return DiskFullFile(open(*args, **kwargs))  # noqa: SIM115 - DiskFullFile closes it


def assert_form_kept_with_storage_error(client, response, language):
    """The consent step says why, next to the file field and in the summary; every step
    still holds what was typed."""
    assert response.status_code == 200
    html = response.content.decode()
    message = ui(language, STORAGE_ERROR)
    assert message != STORAGE_ERROR
    assert f'<p class="error-message" id="id_consent_file_error">{message} </p>' in html
    assert 'class="error-summary"' in html
    assert 'value="beraterin@example.org"' in html
    pages = "".join(
        client.get(draft_step_url(client.draft_first_step, step)).content.decode()
        for step in ("person", "residence", "grounds")
    )
    for typed in (
        'value="Amina Testperson"',
        'value="1990-04-12"',
        'value="Testland"',
        "Seit zehn Jahren hier.",
        "Kurze Zusammenfassung.",
        'value="2016-05-05"',
    ):
        assert typed in pages


@pytest.mark.django_db
def test_upload_folder_not_writable_keeps_the_form_and_stores_nothing(
    client, advisor_a, settings, tmp_path
):
    # A storage root below a regular file: mkdir fails with ENOTDIR, for root as well.
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    settings.PRIVATE_STORAGE_ROOT = blocker / "private"
    admissible_session(client, advisor_a, language="ar")
    data = application_post()
    data["consent_file"] = pdf_upload()
    response = application_send(client, data)
    assert_form_kept_with_storage_error(client, response, "ar")
    assert '<html lang="ar" dir="rtl">' in response.content.decode()
    assert Case.objects.count() == 0
    assert created_audit_entries() == 0

    # Once the folder is there again, the same form goes through.
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    data["consent_file"] = pdf_upload()
    response = application_send(client, data)
    case = Case.objects.get()
    assert response["Location"] == f"/ar/cases/{case.reference}/"


@pytest.mark.django_db
def test_full_disk_keeps_the_form_and_leaves_no_partial_file(
    client, advisor_a, settings, monkeypatch
):
    admissible_session(client, advisor_a)
    monkeypatch.setattr(storage, "open", disk_full_open, raising=False)
    data = application_post()
    data["consent_file"] = pdf_upload()
    response = application_send(client, data)
    assert_form_kept_with_storage_error(client, response, "de")
    assert Case.objects.count() == 0
    assert created_audit_entries() == 0
    root = settings.PRIVATE_STORAGE_ROOT
    assert root.is_dir()  # the file had been started ...
    assert list(root.iterdir()) == []  # ... and its truncated rest is gone

    monkeypatch.undo()
    data["consent_file"] = pdf_upload()
    response = application_send(client, data)
    case = Case.objects.get()
    assert response["Location"] == f"/de/cases/{case.reference}/"
    assert storage.private_file_names() == [case.consent_file_name]


@pytest.mark.django_db
def test_storage_fault_is_logged_for_the_operator_without_case_data(
    advisor_a, settings, tmp_path, caplog
):
    blocker = tmp_path / "not-a-folder"
    blocker.write_bytes(b"")
    settings.PRIVATE_STORAGE_ROOT = blocker / "private"
    with pytest.raises(storage.PrivateStorageError):
        services.case_submit(
            reference_prefix="BF",
            user=advisor_a,
            submission_token=uuid.uuid4(),
            answers={},
            application={"full_name": f"Amina {MARKER}", "date_of_birth": None},
            household=[],
            consent_version="1.0",
            consent_file=(pdf_bytes(), "pdf"),
        )
    assert "ENOTDIR" in caplog.text
    assert MARKER not in caplog.text


# The same form twice at the same moment --------------------------------------------------


@COMMITTED
def test_two_parallel_submissions_with_one_token_make_one_case(site_rows, advisor_a, monkeypatch):
    browser = Client()
    first_step = admissible_session(browser, advisor_a)
    data = application_post(consent_file=pdf_upload())
    for step in ("person", "residence", "dates", "grounds", "evidence", "consent"):
        step_post(browser, data, step, first_step_url=first_step)
    token = review_token(browser, first_step)
    mail.outbox.clear()

    # Both requests must be past every "already submitted?" check before either inserts its
    # row (they meet where the person's fingerprint is drawn): only the database's unique
    # token can then stop the second.
    both_written = threading.Barrier(2, timeout=30)
    first_claimed = threading.Lock()
    first_finished = threading.Event()
    first_thread = []
    fingerprint = services.person_fingerprint
    met = threading.local()

    def write_and_meet(**kwargs):
        name = fingerprint(**kwargs)
        if getattr(met, "done", False):
            return name
        met.done = True
        both_written.wait()
        if first_claimed.acquire(blocking=False):
            first_thread.append(threading.get_ident())
        elif connection.vendor == "sqlite":
            # PostgreSQL makes the second INSERT wait for the first COMMIT by itself. SQLite's
            # shared in-memory test database fails a second writer at once instead of
            # waiting, so there the second insert starts once the first request is done.
            first_finished.wait(timeout=30)
        return name

    monkeypatch.setattr(services, "person_fingerprint", write_and_meet)
    responses = {}

    def submit(key):
        client = Client(raise_request_exception=False)
        client.cookies.load({"sessionid": browser.cookies["sessionid"].value})
        try:
            posted = {"action": "submit", "submission_token": token}
            responses[key] = client.post(draft_step_url(first_step, "review"), posted)
        finally:
            if first_thread == [threading.get_ident()]:
                first_finished.set()
            connections.close_all()

    threads = [threading.Thread(target=submit, args=(key,)) for key in ("one", "two")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)

    case = Case.objects.get()
    assert [responses[key].status_code for key in ("one", "two")] == [302, 302]
    assert {responses[key]["Location"] for key in responses} == {f"/de/cases/{case.reference}/"}
    assert storage.private_file_names() == [case.consent_file_name]
    assert created_audit_entries() == 1
    # One mail to the committee and one confirmation to the advisor, neither twice.
    recipients = [tuple(m.to) for m in mail.outbox if case.reference in m.subject]
    assert len(recipients) == len(set(recipients)) == 2
    assert (advisor_a.email,) in recipients
    assert case_storage_problems() == []


# PostgreSQL goes away --------------------------------------------------------------------


@pytest.fixture
def outage(site_rows):
    """A running app whose database connection goes through a proxy the test can cut."""
    target = connection.settings_dict
    proxy = DatabaseProxy(target["HOST"] or "127.0.0.1", target["PORT"] or 5432)
    proxy.start()
    app = AppServer(database_port=proxy.port).start()
    yield proxy, app
    app.stop()
    proxy.stop()


def browser_with_session(app, user, language):
    """A browser on the check page of a draft filled in step by step, its consent file
    already kept with it."""
    client = Client()
    first_step = admissible_session(client, user, language=language)
    data = application_post(full_name=f"Amina {MARKER}", consent_file=pdf_upload())
    for step in ("person", "residence", "dates", "grounds", "evidence", "consent"):
        step_post(client, data, step, first_step_url=first_step)
    browser = Browser(app.port, cookies={"sessionid": client.cookies["sessionid"].value})
    browser.review = draft_step_url(first_step, "review")
    return browser


def form_fields(page):
    return {
        "action": "submit",
        "submission_token": page.form_value("submission_token"),
        "csrfmiddlewaretoken": page.form_value("csrfmiddlewaretoken"),
    }


def assert_translated_error_page(response, language):
    assert response.status_code == 500
    html = response.text
    title = ui(language, "Something went wrong")
    assert title != "Something went wrong"
    assert f"<h1>{title}</h1>" in html
    assert f'<html lang="{language}"' in html
    assert MARKER not in html and "Amina" not in html


@pytest.mark.postgresql
@COMMITTED
def test_database_gone_during_submission_leaves_nothing_and_the_app_recovers(
    outage, advisor_a, monkeypatch
):
    proxy, app = outage
    browser = browser_with_session(app, advisor_a, "ar")
    page = browser.get(browser.review)
    assert page.status_code == 200
    fields = form_fields(page)
    kept = CaseDraft.objects.get().consent_file_name
    fingerprint = services.person_fingerprint
    lost = []

    def fingerprint_then_lose_the_database(**kwargs):
        result = fingerprint(**kwargs)
        if not lost:
            lost.append(True)
            proxy.stop()  # the submission is under way, the case row not yet written
        return result

    monkeypatch.setattr(services, "person_fingerprint", fingerprint_then_lose_the_database)
    response = browser.post(browser.review, fields)

    assert_translated_error_page(response, "ar")
    assert '<html lang="ar" dir="rtl">' in response.text
    assert Case.objects.count() == 0
    assert created_audit_entries() == 0
    # The draft and its consent file are as they were.
    assert storage.private_file_names() == [kept]
    assert CaseDraft.objects.get().consent_file_name == kept

    # The database is back; the same app process, without a restart, takes the form again.
    monkeypatch.setattr(services, "person_fingerprint", fingerprint)
    proxy.start()
    page = browser.get(browser.review)
    assert page.status_code == 200
    # The advisor sends the check page once more.
    response = browser.post(browser.review, fields)
    case = Case.objects.get()
    assert response.status_code == 302
    assert response.headers["Location"] == f"/ar/cases/{case.reference}/"
    assert browser.get(response.headers["Location"]).status_code == 200
    assert storage.private_file_names() == [case.consent_file_name] == [kept]
    assert case_storage_problems() == []


@pytest.mark.postgresql
@COMMITTED
def test_a_restarted_database_does_not_break_the_next_request(outage, advisor_a):
    proxy, app = outage
    browser = browser_with_session(app, advisor_a, "de")
    assert browser.get("/de/cases/").status_code == 200
    assert browser.get("/de/cases/").status_code == 200
    assert proxy.connections_accepted == 1  # one persistent connection

    # Restarted while the app was idle: its connection is dead without it knowing.
    proxy.stop()
    proxy.start()
    assert browser.get("/de/cases/").status_code == 200
    assert proxy.connections_accepted == 2


@pytest.mark.postgresql
@COMMITTED
def test_connection_lost_during_commit_keeps_the_case_whole(outage, advisor_a, monkeypatch):
    proxy, app = outage
    browser = browser_with_session(app, advisor_a, "de")
    page = browser.get(browser.review)
    fields = form_fields(page)
    fingerprint = services.person_fingerprint

    def fingerprint_then_arm(**kwargs):
        result = fingerprint(**kwargs)
        proxy.cut_after_next_commit()
        return result

    monkeypatch.setattr(services, "person_fingerprint", fingerprint_then_arm)
    response = browser.post(browser.review, fields)

    # The database committed, the app never heard it: an error for the advisor, but the case
    # stays complete with its consent file (the draft's, handed over in the same commit).
    assert proxy.commit_answered.is_set()
    assert_translated_error_page(response, "de")
    case = Case.objects.get()
    assert not CaseDraft.objects.exists()
    assert storage.private_file_names() == [case.consent_file_name]
    assert case_storage_problems() == []
    assert private_files_unreferenced() == []

    # Sending the check page again once the database is reachable leads to that very case.
    monkeypatch.setattr(services, "person_fingerprint", fingerprint)
    proxy.start()
    response = browser.post(browser.review, fields)
    assert response.status_code == 302
    assert response.headers["Location"] == f"/de/cases/{case.reference}/"
    assert Case.objects.count() == 1
    assert storage.private_file_names() == [case.consent_file_name]
