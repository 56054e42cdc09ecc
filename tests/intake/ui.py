from django.utils import translation


def de(message):
    """A UI text as the German pages show it."""
    with translation.override("de"):
        return translation.gettext(message)
