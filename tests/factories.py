"""Factories mirroring the apps. Pages are created below the seeded or a fresh home page."""

import factory
import wagtail_factories
from wagtail.models import Locale

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


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"user-{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("a-long-test-password-1")

    class Meta:
        model = "auth.User"
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(self, create, extracted, **kwargs):
        from intake.services import role_group

        for name in extracted or []:
            self.groups.add(role_group(name))


class AdvisorProfileFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory, groups=["Advisors"])
    advice_center = factory.SubFactory(AdviceCenterFactory)
    role = "refugee_advisor"
    status = "approved"

    class Meta:
        model = "intake.AdvisorProfile"
