import re
from datetime import timedelta
from io import StringIO

import pytest
from django.contrib.auth.models import Group, User
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import Client, TestCase, override_settings
from django.utils import timezone

from home.models import Submission
from portal import django_internals
from tests.cases.helpers import login_verified
from tests.home.conftest import captcha_answer, german

CONTACT = "/de/kontakt/"
BARRIER = "/de/barrierefreiheit/"


def fill(client, path, **fields):
    html = client.get(path).content.decode()
    key, answer = captcha_answer(html)
    data = {"captcha_0": key, "captcha_1": answer, **fields}
    # The office's mail goes out once the message is committed.
    with TestCase.captureOnCommitCallbacks(execute=True):
        return client.post(path, {k: v for k, v in data.items() if v is not None})


@pytest.mark.django_db
def test_contact_page_says_cases_only_through_advisors_and_links_the_centres(client, seeded_site):
    html = client.get(CONTACT).content.decode()
    assert german("Individual cases only through an advice centre") in html
    assert 'href="/de/beratung/"' in html
    assert "<form" in html and 'name="csrfmiddlewaretoken"' in html


@pytest.mark.django_db
def test_captcha_has_image_audio_and_a_refresh_button_all_labelled(client, seeded_site):
    html = client.get(CONTACT).content.decode()
    img = re.search(r"<img src=\"/captcha/image/\w+/\" alt=\"([^\"]+)\"", html)
    assert img and img.group(1).strip()
    audio = re.search(r'href="(/captcha/audio/\w+\.wav)"', html)
    assert audio, "audio version of the captcha is offered"
    response = client.get(audio.group(1))
    assert response.status_code == 200
    assert (
        b"".join(response.streaming_content if response.streaming else [response.content])[:4]
        == b"RIFF"
    )
    assert '<label for="id_captcha_1">' in html
    assert 'aria-describedby="id_captcha_helptext"' in html
    assert 'name="new_captcha"' in html


@pytest.mark.django_db
def test_valid_question_is_stored_mailed_to_the_office_and_thanked(client, seeded_site, settings):
    response = fill(
        client,
        CONTACT,
        name="Amina",
        email="amina@example.org",
        message="Wann tagt das Gremium?",
    )
    assert response.status_code == 302
    assert response["Location"] == CONTACT + "?sent=1"
    submission = Submission.objects.get()
    assert submission.kind == Submission.Kind.QUESTION
    assert submission.message == "Wann tagt das Gremium?"
    assert submission.email == "amina@example.org"
    assert submission.language == "de"
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == [settings.OFFICE_EMAIL]
    # The office follows a link to the admin; the e-mail repeats nothing the person wrote.
    body = mail.outbox[0].body
    assert f"/admin/form_messages/inspect/{submission.pk}/" in body
    assert "Wann tagt das Gremium?" not in body
    assert "Amina" not in body and "amina@example.org" not in mail.outbox[0].message().as_string()
    thanks = client.get(response["Location"]).content.decode()
    assert 'role="status"' in thanks


@pytest.mark.django_db
def test_no_ip_address_is_stored():
    field_names = {field.name for field in Submission._meta.get_fields()}
    assert not {"ip", "ip_address", "remote_addr", "address"} & field_names
    assert not any(
        field.get_internal_type() == "GenericIPAddressField"
        for field in Submission._meta.get_fields()
    )


@pytest.mark.django_db
def test_invalid_question_shows_errors_next_to_fields_and_keeps_the_text(client, seeded_site):
    response = fill(client, CONTACT, name="Amina", email="not-an-address", message="Meine Frage")
    assert response.status_code == 400
    html = response.content.decode()
    assert Submission.objects.count() == 0
    assert not mail.outbox
    assert 'id="id_email_error"' in html
    assert re.search(r'<input[^>]*aria-invalid="true"[^>]*id="id_email"', html) or re.search(
        r'<input[^>]*id="id_email"[^>]*aria-invalid="true"', html
    )
    assert "id_email_error" in re.search(r'<input[^>]*name="email"[^>]*>', html).group(0)
    assert 'value="not-an-address"' in html
    assert 'value="Amina"' in html
    assert "Meine Frage</textarea>" in html
    assert 'role="alert"' in html and 'href="#id_email"' in html


@pytest.mark.django_db
def test_missing_message_is_reported(client, seeded_site):
    response = fill(client, CONTACT, email="a@example.org", message="")
    assert response.status_code == 400
    assert 'id="id_message_error"' in response.content.decode()
    assert Submission.objects.count() == 0


@pytest.mark.django_db
def test_wrong_captcha_is_rejected_and_keeps_the_text(client, seeded_site):
    html = client.get(CONTACT).content.decode()
    key, answer = captcha_answer(html)
    response = client.post(
        CONTACT,
        {
            "email": "a@example.org",
            "message": "Meine Frage",
            "captcha_0": key,
            "captcha_1": answer + "x",
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'id="id_captcha_error"' in html
    assert "Meine Frage</textarea>" in html
    assert Submission.objects.count() == 0
    assert not mail.outbox
    # A new picture is shown; the spent key cannot be reused.
    new_key, _answer = captcha_answer(html)
    assert new_key != key


@pytest.mark.django_db
def test_new_captcha_button_keeps_the_text_without_errors(client, seeded_site):
    html = client.get(CONTACT).content.decode()
    key, _answer = captcha_answer(html)
    response = client.post(
        CONTACT,
        {"email": "a@example.org", "message": "Halber Text", "captcha_0": key, "new_captcha": "1"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "Halber Text</textarea>" in html
    assert "error-message" not in html
    assert captcha_answer(html)[0] != key
    assert Submission.objects.count() == 0


@pytest.mark.django_db
def test_accessibility_feedback_form_below_the_statement(client, seeded_site):
    html = client.get(BARRIER).content.decode()
    assert html.index("Erklärung zur Barrierefreiheit") < html.index('name="message"')
    response = fill(
        client, BARRIER, page_address="/de/beratung/", message="Kontrast zu schwach", email=""
    )
    assert response.status_code == 302
    submission = Submission.objects.get()
    assert submission.kind == Submission.Kind.BARRIER
    assert submission.page_address == "/de/beratung/"
    assert submission.email == ""
    body = mail.outbox[0].body
    assert f"/admin/form_messages/inspect/{submission.pk}/" in body
    assert "Kontrast zu schwach" not in body and "/de/beratung/" not in body


@pytest.mark.django_db
def test_other_legal_pages_have_no_form(client, seeded_site):
    assert 'name="captcha_1"' not in client.get("/de/impressum/").content.decode()
    assert client.post("/de/impressum/", {"message": "x"}).status_code in (200, 405)
    assert Submission.objects.count() == 0


def public_form_limit(settings, attempts):
    settings.RATE_LIMITS = {**settings.RATE_LIMITS, "public-form": (attempts, 3600)}


@pytest.mark.django_db
def test_rate_limit_answers_429_with_a_readable_page(client, seeded_site, settings):
    public_form_limit(settings, 3)
    for _ in range(3):
        assert fill(client, CONTACT, email="a@example.org", message="Frage").status_code == 302
    response = fill(client, CONTACT, email="a@example.org", message="Frage")
    assert response.status_code == 429
    html = response.content.decode()
    assert f"<h1>{german('Too many messages')}</h1>" in html
    assert 'lang="de"' in html
    assert response["Retry-After"] == "3600"
    assert Submission.objects.count() == 3
    # Another client is not affected.
    html = client.get(CONTACT, REMOTE_ADDR="10.0.0.9").content.decode()
    key, answer = captcha_answer(html)
    response = client.post(
        CONTACT,
        {"email": "b@example.org", "message": "Frage", "captcha_0": key, "captcha_1": answer},
        REMOTE_ADDR="10.0.0.9",
    )
    assert response.status_code == 302


@pytest.mark.django_db
def test_rate_limit_keys_do_not_contain_the_address(client, seeded_site, settings):
    public_form_limit(settings, 1)
    fill(client, CONTACT, email="a@example.org", message="Frage")
    keys = [key for key, _value in django_internals.locmem_cache_entries(cache)]
    assert keys
    assert not any("127.0.0.1" in key for key in keys)


@pytest.mark.django_db
def test_form_pages_are_never_stored_in_shared_caches(client, seeded_site):
    response = client.get(CONTACT)
    assert "no-store" in response["Cache-Control"] or "private" in response["Cache-Control"]


@pytest.fixture
def submission(db):
    return Submission.objects.create(
        kind=Submission.Kind.QUESTION, email="a@example.org", message="Geheime Frage 4711"
    )


@pytest.fixture
def editor(db):
    user = User.objects.create_user("editor", "editor@example.org", "editor-password-123")
    user.groups.add(Group.objects.get(name="Editors"))
    return user


@pytest.mark.django_db
def test_editors_see_submissions_in_the_admin(client, seeded_site, submission, editor):
    login_verified(client, editor)
    index = client.get("/admin/form_messages/")
    assert index.status_code == 200
    assert "a@example.org" in index.content.decode()
    inspect = client.get(f"/admin/form_messages/inspect/{submission.pk}/")
    assert inspect.status_code == 200
    assert "Geheime Frage 4711" in inspect.content.decode()
    # Read-only: nobody edits or invents messages in the admin.
    assert client.get(f"/admin/form_messages/edit/{submission.pk}/").status_code in (302, 403)
    assert client.get("/admin/form_messages/new/").status_code in (302, 403)


@pytest.mark.django_db
def test_anonymous_users_cannot_see_submissions(client, seeded_site, submission):
    for path in ("/admin/form_messages/", f"/admin/form_messages/inspect/{submission.pk}/"):
        response = client.get(path)
        assert response.status_code == 302
        assert "/accounts/login/" in response["Location"]
        assert "Geheime Frage" not in response.content.decode()
    search = client.get("/de/suche/", {"q": "Geheime"}).content.decode()
    assert "Geheime Frage" not in search


@pytest.mark.django_db
def test_users_without_permission_cannot_see_submissions(client, seeded_site, submission):
    user = User.objects.create_user("nobody", "n@example.org", "nobody-password-123")
    login_verified(client, user)
    response = client.get("/admin/form_messages/")
    assert response.status_code in (302, 403)
    assert "Geheime Frage" not in response.content.decode()


@pytest.mark.django_db
def test_old_submissions_are_deleted_by_command(settings):
    settings.PUBLIC_FORM_RETENTION_DAYS = 30
    old = Submission.objects.create(kind="question", message="alt")
    Submission.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=31))
    recent = Submission.objects.create(kind="question", message="neu")
    Submission.objects.filter(pk=recent.pk).update(created_at=timezone.now() - timedelta(days=29))
    out = StringIO()
    call_command("delete_old_submissions", stdout=out)
    assert list(Submission.objects.values_list("message", flat=True)) == ["neu"]
    assert "1" in out.getvalue()
    call_command("delete_old_submissions", "--days=0", stdout=StringIO())
    assert Submission.objects.count() == 0


@pytest.mark.django_db
def test_post_without_csrf_token_is_refused_with_a_readable_page(seeded_site):
    client = Client(enforce_csrf_checks=True)
    html = client.get(CONTACT).content.decode()
    key, answer = captcha_answer(html)
    response = client.post(
        CONTACT,
        {"email": "a@example.org", "message": "Frage", "captcha_0": key, "captcha_1": answer},
    )
    assert response.status_code == 403
    assert f"<h1>{german('The form has expired')}</h1>" in response.content.decode()
    assert Submission.objects.count() == 0


@pytest.mark.django_db
@override_settings(PUBLIC_FORM_CLIENT_IP_HEADER="HTTP_X_FORWARDED_FOR")
def test_behind_a_proxy_each_client_has_its_own_limit(client, seeded_site, settings):
    public_form_limit(settings, 1)

    def post(forwarded):
        html = client.get(CONTACT).content.decode()
        key, answer = captcha_answer(html)
        data = {
            "email": "a@example.org",
            "message": "Frage",
            "captcha_0": key,
            "captcha_1": answer,
        }
        return client.post(CONTACT, data, HTTP_X_FORWARDED_FOR=forwarded)

    assert post("203.0.113.7").status_code == 302
    assert post("198.51.100.1, 203.0.113.7").status_code == 429  # spoofed first entry ignored
    assert post("203.0.113.8").status_code == 302
