"""Test material for the intake: PDFs built on the spot, logins with a real second factor."""

import datetime
import io
import re
import uuid

from captcha.models import CaptchaStore
from django_otp.oath import totp
from PIL import Image
from pypdf import PdfWriter
from pypdf.actions import JavaScript

from accounts.models import TOTPDevice
from cases import services
from cases.forms import STEP_FIELDS, STEP_SLUGS

PASSWORD = "a-long-test-password-1"  # noqa: S105


def pdf_bytes(*, javascript=None, password=None):
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    if javascript:
        writer.add_open_action(JavaScript(javascript))
    if password:
        writer.encrypt(password)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def png_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(buffer, format="PNG")
    return buffer.getvalue()


def jpeg_bytes():
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), "white").save(buffer, format="JPEG")
    return buffer.getvalue()


def totp_device(user):
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    return device


def current_code(device):
    device.refresh_from_db()
    return f"{totp(device.bin_key, step=device.step, t0=device.t0, digits=device.digits):06d}"


def login_verified(client, user):
    """Log in as after password and second factor (the session carries the OTP device)."""
    device = totp_device(user)
    client.force_login(user)
    session = client.session
    session["otp_device_id"] = device.persistent_id
    session.save()
    return device


def login_with_two_factors(client, user, *, password=PASSWORD):
    device = totp_device(user)
    response = client.post(
        "/de/accounts/login/", {"username": user.username, "password": password}
    )
    assert response.status_code == 302, response.content[:500]
    assert response["Location"] == "/de/accounts/login/code/"
    return client.post("/de/accounts/login/code/", {"otp_token": current_code(device)})


def application_post(**overrides):
    data = {
        "full_name": "Amina Testperson",
        "date_of_birth": "1990-04-12",
        "nationality": "Testland",
        "district": "Innenstadt-Nord",
        "date_of_entry": "2015-09-01",
        "residence_status": "duldung",
        "residence_status_since": "2018-03-01",
        "ground_length_of_stay": "Seit zehn Jahren hier.",
        "summary": "Kurze Zusammenfassung.",
        "contact_name": "Beraterin Test",
        "contact_email": "beraterin@example.org",
        "contact_phone": "0231 000000",
        "consent_confirmed": "on",
        "submission_token": str(uuid.uuid4()),
        "household-TOTAL_FORMS": "2",
        "household-INITIAL_FORMS": "0",
        "household-MIN_NUM_FORMS": "0",
        "household-MAX_NUM_FORMS": "20",
        "household-0-relation": "child",
        "household-0-date_of_birth": "2016-05-05",
        "household-0-status": "Duldung",
        "household-1-relation": "",
        "household-1-date_of_birth": "",
        "household-1-status": "",
    }
    data.update(overrides)
    return data


ADMISSIBLE_ANSWERS = {
    "applicant_kind": "professional_advisor",
    "other_authority": "no",
    "court_procedure": "no",
    "asylum_application": "no",
    "petition_or_hardship_commission": "no",
    "submitted_before": "no",
}


def submit_case(user, *, full_name="Amina Testperson", token=None):
    """A case as the form would create it, straight through the service."""
    case, _created = services.case_submit(
        reference_prefix="BF",
        user=user,
        submission_token=token or uuid.uuid4(),
        answers={"applicant_kind": "professional_advisor", "submitted_before": False},
        application={
            "full_name": full_name,
            "date_of_birth": datetime.date(1990, 4, 12),
            "summary": "Kurz.",
        },
        household=[],
        consent_version="1.0",
        consent_file=(pdf_bytes(), "pdf"),
    )
    return case


REGISTER = "/de/accounts/register/"


def registration_post(client, center, *, email="new.advisor@example.org", answer=None):
    html = client.get(REGISTER).content.decode()
    hashkey = re.search(r'name="captcha_0" value="([^"]+)"', html).group(1)
    if answer is None:
        answer = CaptchaStore.objects.get(hashkey=hashkey).response
    return client.post(
        REGISTER,
        {
            "full_name": "Neue Beraterin",
            "email": email,
            "advice_center": center.pk,
            "role": "case_manager",
            "captcha_0": hashkey,
            "captcha_1": answer,
        },
    )


NEW_CASE = "/{language}/cases/new/"
DRAFT_STEP = re.compile(
    r"^/(?P<language>[a-z]+)/cases/drafts/(?P<public_id>[0-9a-f-]{36})/(?P<step>[a-z]+)/$"
)


def draft_start(client, *, language="de", **answers):
    """The admissibility answers sent; returns the address of the draft's first step."""
    response = client.post(NEW_CASE.format(language=language), {**ADMISSIBLE_ANSWERS, **answers})
    assert response.status_code == 302, response.content[:500]
    assert DRAFT_STEP.match(response["Location"]), response["Location"]
    # The test client remembers its draft, as the advisor's browser would be on its pages.
    client.draft_first_step = response["Location"]
    return response["Location"]


def draft_step_url(first_step_url, step):
    match = DRAFT_STEP.match(first_step_url)
    return f"/{match['language']}/cases/drafts/{match['public_id']}/{step}/"


def step_post(client, data, step, *, first_step_url, action="continue"):
    """One step as its page sends it: the step's own fields out of ``data`` (the one-page
    application's field names), the household rows with the residence step, the consent
    file with the consent step."""
    sent = {"action": action}
    for name in STEP_FIELDS[step]:
        if name in data:
            sent[name] = data[name]
    if step == "residence":
        sent.update({key: value for key, value in data.items() if key.startswith("household-")})
        if "add_household_row" in data:
            sent["add_household_row"] = data["add_household_row"]
    return client.post(draft_step_url(first_step_url, step), sent)


def review_token(client, first_step_url):
    html = client.get(draft_step_url(first_step_url, "review")).content.decode()
    return re.search(r'name="submission_token" value="([^"]+)"', html).group(1)


def steps_submit(client, data, *, first_step_url):
    """The one-page application sent through the steps with "Save and continue", then the
    submission on the check page. Returns the first step's answer that does not lead on
    (it shows errors), else the answer to the submission."""
    for step in STEP_SLUGS[:-1]:
        response = step_post(client, data, step, first_step_url=first_step_url)
        expected = draft_step_url(first_step_url, STEP_SLUGS[STEP_SLUGS.index(step) + 1])
        if response.status_code != 302 or response["Location"] != expected:
            return response
    token = review_token(client, first_step_url)
    client.draft_review_token = token
    return client.post(
        draft_step_url(first_step_url, "review"), {"action": "submit", "submission_token": token}
    )


def application_send(client, data):
    """What the one-page form's POST was: the same data through the steps of the client's
    draft. Sent again once the case exists (a resent submission), the check page's POST is
    repeated with the token it carried."""
    first_step_url = client.draft_first_step
    token = getattr(client, "draft_review_token", None)
    if token and client.get(first_step_url).status_code == 404:
        return client.post(
            draft_step_url(first_step_url, "review"),
            {"action": "submit", "submission_token": token},
        )
    files = {key: value for key, value in data.items() if hasattr(value, "read")}
    for value in files.values():
        value.seek(0)
    return steps_submit(client, data, first_step_url=first_step_url)
