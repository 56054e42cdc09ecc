from django.conf import settings

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
