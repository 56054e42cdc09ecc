import datetime
import re

import pytest
from wagtail.blocks import StreamValue
from wagtail.blocks.struct_block import StructBlockValidationError

from advice_centers.models import AdviceCenter, AdviceCenterIndexPage
from committee.models import TransparencyPage
from home.blocks import BodyBlock, ImageBlock, LinkBlock
from home.models import ContactPage, ContentPage, HomePage, LegalPage
from tests.factories import ContentPageFactory, LegalPageFactory, every_block_body


def test_page_tree_is_constrained():
    assert HomePage.allowed_subpage_models() == [
        ContentPage,
        LegalPage,
        ContactPage,
        AdviceCenterIndexPage,
        TransparencyPage,
    ]
    assert ContentPage.allowed_subpage_models() == [ContentPage]
    assert LegalPage.allowed_subpage_models() == []
    assert ContactPage.allowed_subpage_models() == []
    assert ContactPage.allowed_parent_page_models() == [HomePage]
    assert LegalPage.allowed_parent_page_models() == [HomePage]
    assert set(ContentPage.allowed_parent_page_models()) == {HomePage, ContentPage}


@pytest.mark.django_db
def test_only_one_contact_page_per_home(seeded_site):
    assert not ContactPage.can_create_at(seeded_site)
    assert ContentPage.can_create_at(seeded_site)


@pytest.fixture
def every_block_page(seeded_site):
    center = AdviceCenter.objects.get(slug="diakonie")
    target = seeded_site.get_children().get(slug="ueber-das-gremium")
    page = ContentPageFactory(
        parent=seeded_site,
        title="Alle Bausteine",
        slug="alle-bausteine",
        body=every_block_body(center=center, page=target),
    )
    page.save_revision().publish()
    return page


@pytest.mark.django_db
def test_content_page_renders_every_block(client, every_block_page):
    response = client.get(every_block_page.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert html.count("<h1") == 1
    assert "<h2>Überschrift zwei</h2>" in html
    assert "<h3>Überschrift drei</h3>" in html
    assert "<b>fett</b>" in html
    assert 'class="notice notice-info"' in html and 'class="notice notice-warning"' in html
    assert re.search(r"<details>\s*<summary>Kostet die Beratung etwas\?</summary>", html)
    assert re.search(r'<div class="steps">\s*<h2>So geht es</h2>\s*<ol>', html)
    assert "Diakonisches Werk Dortmund und Lünen gGmbH" in html  # contact card
    assert 'href="/de/ueber-das-gremium/">Interne Seite</a>' in html
    assert 'href="https://example.org/info"' in html
    img = re.search(r"<img [^>]*>", html[html.index("image-block") :]).group(0)
    assert 'alt="Zwei Menschen sprechen an einem Tisch"' in img
    assert ".webp" in img and 'loading="lazy"' in img
    assert 'width="' in img and 'height="' in img
    assert "<figcaption>Beratung</figcaption>" in html


@pytest.mark.django_db
def test_contact_card_follows_the_centre_when_it_changes(client, every_block_page):
    AdviceCenter.objects.filter(slug="diakonie").update(email="info@diakonie.example")
    html = client.get(every_block_page.url).content.decode()
    assert 'href="mailto:info@diakonie.example"' in html


def test_image_block_requires_alt_text():
    block = ImageBlock()
    with pytest.raises(StructBlockValidationError) as error:
        block.clean(block.to_python({"image": None, "alt_text": "", "caption": ""}))
    assert "alt_text" in error.value.block_errors


def test_link_needs_a_page_or_an_address():
    block = LinkBlock()
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python({"text": "Link", "page": None, "url": ""}))


def test_rich_text_is_limited_to_a_few_features():
    paragraph = BodyBlock().child_blocks["paragraph"]
    assert set(paragraph.features) <= {"bold", "italic", "link", "ol", "ul", "h3"}
    assert "image" not in paragraph.features and "embed" not in paragraph.features


@pytest.mark.django_db
def test_home_page_renders_intro_and_body(client, seeded_site):
    html = client.get("/de/").content.decode()
    assert seeded_site.intro[:40] in html
    assert "Was Sie hier finden" in html


@pytest.mark.django_db
def test_legal_page_shows_last_reviewed_date(client, seeded_site):
    page = LegalPageFactory(
        parent=seeded_site,
        title="Nutzungsbedingungen",
        body=StreamValue(BodyBlock(), [("paragraph", "<p>Text</p>")], is_lazy=False),
        last_reviewed=datetime.date(2026, 3, 1),
    )
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert '<time datetime="2026-03-01">' in html
    assert 'name="captcha_1"' not in html


@pytest.mark.django_db
def test_easy_language_page_explains_committee_help_and_navigation(client, seeded_site):
    html = client.get("/de/leichte-sprache/").content.decode()
    for text in (
        "Was macht das Gremium?",
        "Wie bekommen Sie Hilfe?",
        "Was steht auf dieser Internet-Seite?",
        "Barriere-Freiheit",
    ):
        assert text in html
