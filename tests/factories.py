"""Factories mirroring the apps. Pages are created below the seeded or a fresh home page."""

import factory
import wagtail_factories
from wagtail.models import Locale

from accounts.services import role_group
from advice_centers.models import AdviceCenter, AdviceCenterIndexPage
from home.models import ContentPage, HomePage, LegalPage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Startseite"
    slug = factory.Sequence(lambda n: f"start-{n}")

    class Meta:
        model = HomePage


class ContentPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Inhaltsseite {n}")
    slug = factory.Sequence(lambda n: f"inhalt-{n}")
    intro = "Einleitung"

    class Meta:
        model = ContentPage


class LegalPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Rechtliches {n}")
    slug = factory.Sequence(lambda n: f"recht-{n}")

    class Meta:
        model = LegalPage


class AdviceCenterIndexPageFactory(wagtail_factories.PageFactory):
    title = "Beratung finden"
    slug = factory.Sequence(lambda n: f"beratung-{n}")

    class Meta:
        model = AdviceCenterIndexPage


class AdviceCenterFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Beratungsstelle {n}")
    slug = factory.Sequence(lambda n: f"stelle-{n}")
    city = "Dortmund"
    locale = factory.LazyFunction(Locale.get_default)

    class Meta:
        model = AdviceCenter


class ImageFactory(wagtail_factories.ImageFactory):
    title = "Beratungsgespräch"
    file = factory.django.ImageField(width=640, height=400, color="#00528a")


def every_block_body(*, center, page):
    """A StreamField body using each block type once (twice where it has variants)."""
    image = ImageFactory()
    return [
        ("heading", {"text": "Überschrift zwei", "level": "h2"}),
        ("heading", {"text": "Überschrift drei", "level": "h3"}),
        (
            "paragraph",
            "<p>Ein Absatz mit <b>fett</b> und <a href='https://example.org'>Link</a>.</p>",
        ),
        ("notice", {"kind": "info", "title": "Gut zu wissen", "text": "<p>Hinweistext</p>"}),
        ("notice", {"kind": "warning", "title": "Achtung", "text": "<p>Warnungstext</p>"}),
        (
            "faq",
            {
                "title": "Häufige Fragen",
                "items": [
                    {"question": "Kostet die Beratung etwas?", "answer": "<p>Nein.</p>"},
                    {"question": "Wer entscheidet?", "answer": "<p>Die Behörde.</p>"},
                ],
            },
        ),
        (
            "steps",
            {
                "title": "So geht es",
                "steps": [
                    {"title": "Erster Schritt", "text": "<p>Beratungsstelle wählen.</p>"},
                    {"title": "Zweiter Schritt", "text": ""},
                ],
            },
        ),
        ("contact_card", {"center": center}),
        (
            "link_list",
            {
                "title": "Weitere Seiten",
                "links": [
                    {"text": "Interne Seite", "page": page, "url": ""},
                    {"text": "Externe Seite", "page": None, "url": "https://example.org/info"},
                ],
            },
        ),
        (
            "image",
            {
                "image": image,
                "alt_text": "Zwei Menschen sprechen an einem Tisch",
                "caption": "Beratung",
            },
        ),
    ]


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("a-long-test-password-1")

    class Meta:
        model = "auth.User"
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        for name in extracted or []:
            self.groups.add(role_group(name))


class AdvisorProfileFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory, groups=["Advisors"])
    advice_center = factory.SubFactory(AdviceCenterFactory)
    role = "refugee_advisor"
    status = "approved"

    class Meta:
        model = "accounts.AdvisorProfile"
