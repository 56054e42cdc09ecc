"""The signed consent declaration is checked by its content, not its name."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter
from pypdf.generic import DictionaryObject, NameObject, TextStringObject

from cases.models import Case
from cases.uploads import consent_file_check
from tests.cases.helpers import (
    application_post,
    application_send,
    draft_start,
    draft_step_url,
    jpeg_bytes,
    login_verified,
    pdf_bytes,
    png_bytes,
)

HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


def uploaded(name, content, content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def check(name, content):
    return consent_file_check(uploaded(name, content))


def test_a_real_pdf_passes():
    content, kind = check("erklaerung.pdf", pdf_bytes())
    assert kind == "pdf"
    assert content.startswith(b"%PDF-")


def test_photos_pass_as_jpeg_and_png():
    assert check("foto.jpg", jpeg_bytes())[1] == "jpeg"
    assert check("foto.png", png_bytes())[1] == "png"


def test_a_renamed_html_file_is_refused():
    with pytest.raises(ValidationError) as error:
        check("erklaerung.pdf", HTML)
    assert error.value.code == "type"


def test_an_empty_file_is_refused():
    with pytest.raises(ValidationError) as error:
        check("leer.pdf", b"")
    assert error.value.code == "empty"


def test_an_oversize_file_is_refused(settings):
    big = pdf_bytes() + b"%" + b"0" * (10 * 1024 * 1024)
    with pytest.raises(ValidationError) as error:
        check("gross.pdf", big)
    assert error.value.code == "size"


def test_a_pdf_with_javascript_is_refused():
    with pytest.raises(ValidationError) as error:
        check("skript.pdf", pdf_bytes(javascript="app.alert('x');"))
    assert error.value.code == "pdf_active"


def test_an_open_action_with_javascript_is_found_in_the_parsed_objects(monkeypatch):
    # Compressed object streams hide names from a byte search; switch that search off to
    # prove that walking the parsed objects finds the script on its own.
    monkeypatch.setattr("cases.uploads.RAW_PATTERNS", ())
    writer = PdfWriter()
    writer.add_blank_page(width=100, height=100)
    action = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert(1)"),
        }
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(action)
    buffer = io.BytesIO()
    writer.write(buffer)
    with pytest.raises(ValidationError) as error:
        check("open.pdf", buffer.getvalue())
    assert error.value.code == "pdf_active"


def test_an_encrypted_pdf_is_refused():
    with pytest.raises(ValidationError) as error:
        check("geheim.pdf", pdf_bytes(password="secret"))
    assert error.value.code in ("pdf_encrypted", "pdf_active")


def test_a_truncated_pdf_is_refused():
    with pytest.raises(ValidationError) as error:
        check("kaputt.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    assert error.value.code == "pdf_broken"


def test_a_png_named_like_a_pdf_is_judged_by_its_content():
    assert check("erklaerung.pdf", png_bytes())[1] == "png"


def test_a_broken_image_is_refused():
    with pytest.raises(ValidationError):
        check("foto.png", png_bytes()[:30])


@pytest.mark.django_db
def test_the_form_shows_the_upload_error_next_to_the_field_and_keeps_the_input(client, advisor_a):
    login_verified(client, advisor_a)
    draft_start(client)
    data = application_post()
    data["consent_file"] = uploaded("erklaerung.pdf", HTML, "text/html")
    response = application_send(client, data)
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="id_consent_file_error"' in html
    assert 'value="beraterin@example.org"' in html
    kept = "".join(
        client.get(draft_step_url(client.draft_first_step, step)).content.decode()
        for step in ("person", "grounds")
    )
    assert 'value="Amina Testperson"' in kept
    assert "Seit zehn Jahren hier." in kept
    assert Case.objects.count() == 0
