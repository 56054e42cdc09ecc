"""UI texts as the German pages show them: tests request /de/ and compare through the catalogue."""

from django.utils import translation


def de(message, **values):
    with translation.override("de"):
        text = translation.gettext(message)
    return text % values if values else text


def de_plural(singular, plural, count, **values):
    with translation.override("de"):
        text = translation.ngettext(singular, plural, count)
    return text % {"counter": count, **values}
