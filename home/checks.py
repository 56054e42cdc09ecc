"""The audio version of the security code needs the ``flite`` program.

django-simple-captcha leaves the audio link out without a word when it cannot find flite, so
readers who cannot see the picture would lose their only way through the public forms. The
project's setup installs it (``scripts/system-packages``); this check makes a server without
it fail loudly: an error in production, a warning on a developer's machine.
"""

import os

from django.conf import settings
from django.core.checks import Error, Warning, register


def flite_found(path):
    return bool(path) and os.path.isfile(path) and os.access(path, os.X_OK)


@register()
def flite_check(app_configs=None, **kwargs):
    path = getattr(settings, "CAPTCHA_FLITE_PATH", None)
    if flite_found(path):
        return []
    message = (
        f"The program flite was not found (CAPTCHA_FLITE_PATH={path!r}): "
        "the public forms offer no audio version of the security code."
    )
    hint = (
        "Install the Debian package flite (`make system` does) or set CAPTCHA_FLITE_PATH "
        "to the program."
    )
    if settings.DEBUG:
        return [Warning(message, hint=hint, id="home.W001")]
    return [Error(message, hint=hint, id="home.E001")]
