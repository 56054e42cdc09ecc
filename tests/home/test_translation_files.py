"""Translation files (PO) in the admin: a file that would break a page is refused whole, with
the segment named, and nothing published changes; the seed fails on a missing segment."""

import shutil

import polib
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from wagtail.models import Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from demo import translations as seed_translations
from home.models import ContentPage
from tests.cases.helpers import login_verified
from tests.factories import UserFactory

LINKED = 'Lesen Sie <a id="a1">die Regeln</a> zuerst.'
LINKED_AR = 'اقرأ <a id="a1">القواعد</a> أولًا.'


@pytest.fixture
def arabic_translation(seeded_site):
    """A German page with a link, translated into Arabic and published."""
    page = ContentPage(
        title="Sprechstunde",
        slug="sprechstunde",
        intro="Offene Fragen.",
        body=[
            ("paragraph", '<p>Lesen Sie <a href="https://example.org/">die Regeln</a> zuerst.</p>')
        ],
    )
    seeded_site.add_child(instance=page)
    page.save_revision().publish()
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="ar")
    )
    translation.import_po(po_filled(translation, {LINKED: LINKED_AR}))
    translation.save_target(publish=True)
    return translation


def po_filled(translation, texts, **metadata):
    """The translation's own file, every segment filled in (``texts`` first, else "ع")."""
    po = translation.export_po()
    for entry in po:
        kept = entry.msgid if entry.msgctxt == "slug" else "ع"
        entry.msgstr = texts.get(entry.msgid, kept)
    po.metadata.update(metadata)
    return po


def arabic_texts(translation):
    return dict(
        StringTranslation.objects.filter(
            locale=translation.target_locale, translation_of__locale=translation.source.locale
        ).values_list("translation_of__data", "data")
    )


def published_arabic_page(translation):
    page = Page.objects.get(
        translation_key=translation.source.object_id, locale=translation.target_locale
    )
    return page.specific.body.render_as_block()


@pytest.fixture
def editor_client(client):
    login_verified(client, UserFactory(groups=["Editors"], is_staff=True))
    return client


def upload(client, translation, content):
    return client.post(
        f"/admin/localize/translate/{translation.id}/pofile/upload/",
        {"file": SimpleUploadedFile("page-ar.po", content), "next": "/admin/"},
    )


def shown_messages(response):
    """The messages the editor sees, in the admin's language (German for this editor)."""
    return [str(message) for message in get_messages(response.wsgi_request)]


@pytest.mark.django_db
def test_downloaded_file_says_its_language_and_keeps_links_as_placeholders(
    editor_client, arabic_translation
):
    response = editor_client.get(
        f"/admin/localize/translate/{arabic_translation.id}/pofile/download/"
    )
    assert response.status_code == 200
    po = polib.pofile(response.content.decode())
    assert po.metadata["Language"] == "ar"
    assert po.metadata["X-WagtailLocalize-TranslationID"] == str(arabic_translation.uuid)
    assert {entry.msgid: entry.msgstr for entry in po}[LINKED] == LINKED_AR


@pytest.mark.django_db
def test_a_sound_file_is_saved_for_publishing_later(editor_client, arabic_translation):
    before = published_arabic_page(arabic_translation)
    new = 'يرجى قراءة <a id="a1">القواعد</a> أولًا.'
    po = po_filled(arabic_translation, {LINKED: new}, Language="ar")
    response = upload(editor_client, arabic_translation, str(po).encode())
    assert response.status_code == 302
    assert shown_messages(response) == [
        "Die Übersetzungen aus der Datei wurden gespeichert. Veröffentlichen Sie die Übersetzung, "
        "damit sie angezeigt werden."
    ]
    assert arabic_texts(arabic_translation)[LINKED] == new
    assert published_arabic_page(arabic_translation) == before


def broken(text):
    return lambda translation: str(po_filled(translation, {LINKED: text}, Language="ar"))


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("make_file", "expected"),
    [
        (broken("اقرأ القواعد أولًا."), 'Segment “Lesen Sie <a id="a1">die Regeln</a> zuerst.”'),
        (broken('اقرأ <a id="a1">القواعد أولًا.'), "jeweils genau einmal"),
        (broken('اقرأ <a id="a2">القواعد</a> أولًا.'), '<a id="a1">'),
        (broken('اقرأ <a id="a1" href="https://evil.example/">القواعد</a>.'), "Segment"),
        (broken('<script>alert(1)</script> <a id="a1">القواعد</a>'), "Segment"),
        (
            lambda translation: str(po_filled(translation, {}, Language="fa")),
            "Die Datei ist für die Sprache „fa“ bestimmt, diese Übersetzung für „ar“.",
        ),
        (
            lambda translation: str(po_filled(translation, {}, Language="ar")).replace(
                str(translation.uuid), "00000000-0000-0000-0000-000000000000"
            ),
            "Die Datei wurde für eine andere Übersetzung erstellt.",
        ),
    ],
)
def test_a_broken_file_is_refused_whole_naming_the_segment(
    editor_client, arabic_translation, make_file, expected
):
    texts = arabic_texts(arabic_translation)
    before = published_arabic_page(arabic_translation)
    response = upload(editor_client, arabic_translation, make_file(arabic_translation).encode())
    assert response.status_code == 302
    messages = shown_messages(response)
    assert messages[0] == "Die Datei wurde nicht importiert; es wurde nichts geändert."
    assert any(expected in message for message in messages[1:]), messages
    # Not even the sound segments of the file were taken.
    assert arabic_texts(arabic_translation) == texts
    assert published_arabic_page(arabic_translation) == before


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (
            b"\x89PNG\r\n\x1a\n\x00\x00",
            "Bitte laden Sie eine PO-Datei (.po) hoch",
        ),
        (
            'msgid "Offene Fragen."\nmsgstr "أسئلة"\n'.encode(),
            "Aus der Datei geht nicht hervor, zu welcher Übersetzung sie gehört.",
        ),
        (b"/etc/passwd", "Bitte laden Sie eine PO-Datei"),
    ],
)
def test_what_is_no_translation_file_is_refused_with_a_message(
    editor_client, arabic_translation, content, expected
):
    texts = arabic_texts(arabic_translation)
    response = upload(editor_client, arabic_translation, content)
    assert response.status_code == 302
    assert any(message.startswith(expected) for message in shown_messages(response))
    assert arabic_texts(arabic_translation) == texts


@pytest.mark.django_db
def test_readers_and_advisors_cannot_upload(client, arabic_translation):
    texts = arabic_texts(arabic_translation)
    po = str(po_filled(arabic_translation, {LINKED: 'x <a id="a1">y</a>'}, Language="ar"))
    assert upload(client, arabic_translation, po.encode()).status_code == 302
    login_verified(client, UserFactory())
    assert upload(client, arabic_translation, po.encode()).status_code in (302, 403)
    assert arabic_texts(arabic_translation) == texts


@pytest.fixture
def french_files(tmp_path, monkeypatch):
    """A copy of the seed's French files that a test may change."""
    shutil.copytree(seed_translations.PO_DIR / "fr", tmp_path / "fr")
    monkeypatch.setattr(seed_translations, "PO_DIR", tmp_path)
    return tmp_path / "fr"


@pytest.mark.django_db
def test_the_seed_translates_a_page_from_its_file(seeded_site, french_files):
    about = seeded_site.get_children().get(slug="ueber-das-gremium")
    french = Locale.objects.get(language_code="fr")
    assert seed_translations.page_translate(page=about, locale=french)
    page = Page.objects.get(translation_key=about.translation_key, locale=french)
    expected = {
        entry.msgid: entry.msgstr
        for entry in polib.pofile(str(french_files / "ueber-das-gremium.po"))
    }
    assert page.title == expected[about.title]
    assert page.live and page.alias_of_id is None


@pytest.mark.django_db
def test_the_seed_stops_at_a_segment_missing_from_a_file(seeded_site, french_files):
    path = french_files / "ueber-das-gremium.po"
    po = polib.pofile(str(path))
    dropped = po[-1]
    po.remove(dropped)
    po.save(str(path))
    about = seeded_site.get_children().get(slug="ueber-das-gremium")
    with pytest.raises(seed_translations.MissingSeedTranslation, match="no translation of"):
        seed_translations.page_translate(page=about, locale=Locale.objects.get(language_code="fr"))
