from django.apps import apps
from django.conf import settings
from wagtail.models import TranslatableMixin

from portal.languages import machine_translator_from_env


def test_machine_translation_is_off_without_configuration():
    assert machine_translator_from_env({}) is None
    assert machine_translator_from_env({"DEEPL_API_KEY": "", "LIBRETRANSLATE_URL": ""}) is None


def test_deepl_is_enabled_by_its_api_key():
    config = machine_translator_from_env(
        {"DEEPL_API_KEY": "abc:fx", "DEEPL_FORMALITY": "prefer_more"}
    )
    assert config["CLASS"] == "wagtail_localize.machine_translators.deepl.DeepLTranslator"
    assert config["OPTIONS"] == {"AUTH_KEY": "abc:fx", "FORMALITY": "prefer_more"}


def test_libretranslate_is_enabled_by_its_url():
    config = machine_translator_from_env(
        {"LIBRETRANSLATE_URL": "http://translate.internal:5000/", "LIBRETRANSLATE_API_KEY": "k"}
    )
    assert config["CLASS"] == (
        "wagtail_localize.machine_translators.libretranslate.LibreTranslator"
    )
    assert config["OPTIONS"] == {
        "LIBRETRANSLATE_URL": "http://translate.internal:5000",
        "API_KEY": "k",
    }


def test_tests_use_the_dummy_translator():
    assert settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR["CLASS"].endswith("DummyTranslator")


def test_case_data_is_never_registered_for_translation():
    """Nothing of the case apps may reach wagtail-localize (and so a translation service)."""
    case_models = [
        *apps.get_app_config("accounts").get_models(),
        *apps.get_app_config("cases").get_models(),
        *apps.get_app_config("committee").get_models(),
    ]
    translatable = [model for model in case_models if issubclass(model, TranslatableMixin)]
    # The transparency page is a public page of counts; nothing else of the case apps.
    assert [model.__name__ for model in translatable] == ["TransparencyPage"]
    registered = {model for model in apps.get_models() if issubclass(model, TranslatableMixin)}
    assert {model._meta.app_label for model in registered} <= {
        "home",
        "advice_centers",
        "committee",
        "wagtailcore",
        "wagtaildocs",
        "wagtailimages",
        "wagtail_localize",
    }
