"""Authentication that answers in the same time whether or not an account exists."""

from axes.helpers import get_cool_off
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend

from portal.ratelimit import LOGIN_TEMPLATE, refusal_page


def username_normalise(username):
    return (username or "").strip().lower()


def axes_username(request, credentials):
    """Lockout key: the name as typed, case folded, so 'Alice' and 'alice' share a counter."""
    if credentials and credentials.get("username"):
        return username_normalise(credentials["username"])
    return username_normalise(request.POST.get("username") if request else "")


class PortalModelBackend(ModelBackend):
    """Django's backend, but an account that exists without a usable password (a request
    not yet approved) costs the same password hashing as an unknown name."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        user_model = get_user_model()
        if username is None:
            username = kwargs.get(user_model.USERNAME_FIELD)
        if username is None or password is None:
            return None
        username = username_normalise(username)
        user = user_model._default_manager.filter(username__iexact=username).first()
        if user is None or not user.has_usable_password():
            user_model().set_password(password)
            return None
        if user.check_password(password) and self.user_can_authenticate(user):
            return user
        return None


def lockout_response(request, original_response=None, credentials=None):
    """django-axes' lockout as the portal's other 429 pages: translated, never stored, and
    nothing of the sent form in it."""
    cool_off = get_cool_off(request)
    return refusal_page(
        request,
        retry_after=cool_off.total_seconds() if cool_off else None,
        template=LOGIN_TEMPLATE,
    )
