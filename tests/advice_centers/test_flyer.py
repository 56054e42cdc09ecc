import io
import re

import pytest
from pypdf import PdfReader

from advice_centers import services
from advice_centers.models import AdviceCenter
from tests.advice_centers.conftest import FINDER
from tests.factories import AdviceCenterFactory

pytestmark = pytest.mark.django_db


def pdf_text(content):
    reader = PdfReader(io.BytesIO(content))
    return "\n".join(page.extract_text() for page in reader.pages)


def test_flyer_is_a_pdf_with_every_centre(client, seeded_site):
    AdviceCenterFactory(
        name="Beratung am Hafen",
        languages=["ar", "fa"],
        hours=[("slot", {"weekday": "1", "opens": "09:00", "closes": "12:00", "note": ""})],
    )
    response = client.get(FINDER + "flyer/")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF-")
    text = " ".join(pdf_text(response.content).split())
    for name in AdviceCenter.objects.values_list("name", flat=True):
        assert " ".join(name.split()) in text, name
    assert "Montag" in text and "09:00" in text
    assert "http://testserver/de/beratung/" in text


def test_flyer_is_cached_until_a_centre_changes(client, finder, monkeypatch):
    centre = AdviceCenterFactory(name="Erste Stelle")
    calls = []
    real = services.render_flyer_pdf

    def counting(**kwargs):
        calls.append(kwargs["language_code"])
        return real(**kwargs)

    monkeypatch.setattr(services, "render_flyer_pdf", counting)
    first = client.get(FINDER + "flyer/").content
    second = client.get(FINDER + "flyer/").content
    assert first == second
    assert calls == ["de"]

    centre.name = "Umbenannte Stelle"
    centre.save()
    text = pdf_text(client.get(FINDER + "flyer/").content)
    assert "Umbenannte Stelle" in text
    assert len(calls) == 2

    centre.delete()
    assert "Umbenannte Stelle" not in pdf_text(client.get(FINDER + "flyer/").content)
    assert len(calls) == 3


def test_flyer_qr_code_encodes_the_finder_in_the_readers_language():
    svg = services.qr_svg("https://portal.example/ar/beratung/")
    assert svg.startswith("<svg") and re.search(r"<path", svg)
