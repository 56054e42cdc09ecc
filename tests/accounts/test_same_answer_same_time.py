"""Whether an address has an account shows neither in the answer nor in the work behind it:
registration and password reset run the same number of queries for a known and a new address,
and their mail leaves only after the work is committed and the response is out."""

import re

import pytest
from captcha.models import CaptchaStore
from django.core import mail
from django.core.signals import request_finished, request_started
from django.db import close_old_connections, connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from accounts.after_response import after_response
from tests.cases.helpers import REGISTER

RESET = "/de/accounts/password-reset/"


def registration_data(client, center, email):
    html = client.get(REGISTER).content.decode()
    hashkey = re.search(r'name="captcha_0" value="([^"]+)"', html).group(1)
    return {
        "full_name": "Neue Beraterin",
        "email": email,
        "advice_center": center.pk,
        "role": "case_manager",
        "captcha_0": hashkey,
        "captcha_1": CaptchaStore.objects.get(hashkey=hashkey).response,
    }


def observed_post(client, path, data, capture_on_commit):
    """The answer, the queries run and the mail sent while answering, and the work queued
    for after the response (other on-commit work, such as the page cache's, left out)."""
    mail.outbox.clear()
    with capture_on_commit() as queued, CaptureQueriesContext(connection) as queries:
        response = client.post(path, data)
    later = [callback for callback in queued if getattr(callback, "func", None) is after_response]
    return response, len(queries), len(mail.outbox), later


def queued_mail(queued, capture_on_commit):
    """Run the work queued on commit, as the server does after the response."""
    with capture_on_commit(execute=True):
        for callback in queued:
            callback()
    return list(mail.outbox)


@pytest.mark.django_db
def test_registration_does_the_same_for_a_known_and_a_new_address(
    center_a, advisor_a, settings, django_capture_on_commit_callbacks
):
    settings.OFFICE_EMAIL = "office@example.org"
    observed = {}
    for label, email in (("known", advisor_a.email.upper()), ("new", "new@example.org")):
        client = Client()
        data = registration_data(client, center_a, email)
        observed[label] = observed_post(client, REGISTER, data, django_capture_on_commit_callbacks)
    (known, known_queries, known_sent, known_queued) = observed["known"]
    (new, new_queries, new_sent, new_queued) = observed["new"]
    assert known["Location"] == new["Location"] == "/de/accounts/register/done/"
    assert known_queries == new_queries
    assert known_sent == new_sent == 0
    assert len(known_queued) == len(new_queued) == 1

    [notice] = queued_mail(known_queued, django_capture_on_commit_callbacks)
    assert notice.to == [advisor_a.email]
    assert "/de/accounts/login/" in notice.body
    assert "/de/accounts/password-reset/" in notice.body
    mail.outbox.clear()
    [request] = queued_mail(new_queued, django_capture_on_commit_callbacks)
    assert request.to == ["office@example.org"]


@pytest.mark.django_db
def test_a_known_address_whose_account_is_not_active_is_told_to_ask_the_office(
    center_a, advisor_a, settings, django_capture_on_commit_callbacks
):
    settings.OFFICE_EMAIL = "office@example.org"
    advisor_a.is_active = False
    advisor_a.save()
    client = Client()
    data = registration_data(client, center_a, advisor_a.email)
    *_answer, queued = observed_post(client, REGISTER, data, django_capture_on_commit_callbacks)
    [notice] = queued_mail(queued, django_capture_on_commit_callbacks)
    assert notice.to == [advisor_a.email]
    assert "office@example.org" in notice.body
    assert "/de/accounts/login/" not in notice.body


@pytest.mark.django_db
def test_password_reset_does_the_same_for_a_known_and_an_unknown_address(
    client, advisor_a, django_capture_on_commit_callbacks
):
    known, known_queries, known_sent, known_queued = observed_post(
        client, RESET, {"email": advisor_a.email}, django_capture_on_commit_callbacks
    )
    unknown, unknown_queries, unknown_sent, unknown_queued = observed_post(
        client, RESET, {"email": "nobody@example.org"}, django_capture_on_commit_callbacks
    )
    assert known["Location"] == unknown["Location"]
    assert known_queries == unknown_queries
    assert known_sent == unknown_sent == 0
    assert len(known_queued) == len(unknown_queued) == 1

    assert queued_mail(unknown_queued, django_capture_on_commit_callbacks) == []
    [reset] = queued_mail(known_queued, django_capture_on_commit_callbacks)
    assert reset.to == [advisor_a.email]
    assert re.search(r"https?://\S+/de/accounts/password-reset/\S+/\S+/", reset.body)


@pytest.fixture
def request_signals_without_database():
    """The request signals as a server sends them, less Django's connection housekeeping
    (as the test client does)."""
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    yield
    request_started.connect(close_old_connections)
    request_finished.connect(close_old_connections)


def test_work_queued_during_a_request_waits_for_the_response_to_go_out(
    request_signals_without_database,
):
    done = []
    request_started.send(sender=None)
    after_response(lambda: done.append("mail"))
    assert done == []
    request_finished.send(sender=None)
    assert done == ["mail"]
    after_response(lambda: done.append("outside a request"))
    assert done == ["mail", "outside a request"]
