import re

from captcha.models import CaptchaStore
from django.utils import translation


def captcha_answer(html):
    """The hidden key of the rendered captcha and its right answer, as a reader would type it."""
    key = re.search(r'name="captcha_0" value="([^"]+)"', html).group(1)
    return key, CaptchaStore.objects.get(hashkey=key).response


def german(msgid):
    """A UI string as German readers see it, whether or not the catalogue translates it yet."""
    with translation.override("de"):
        return translation.gettext(msgid)
