"""Session lifetime for logged-in users, and the second factor in front of the Wagtail admin."""

import time
from urllib.parse import urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.core.exceptions import ImproperlyConfigured
from django.db import DatabaseError
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _

from accounts.selectors import demo_accounts_found, demo_accounts_refusal

LOGIN_AT = "_intake_login_at"
LAST_SEEN = "_intake_last_seen"
NO_STORE_APPS = {"accounts", "cases", "committee", "referrals"}


class SessionLifetimeMiddleware:
    """Ends a session after ``SESSION_IDLE_TIMEOUT`` seconds without a request and after
    ``SESSION_ABSOLUTE_LIFETIME`` seconds in any case. Intake and committee responses (error
    pages included) and every response to a logged-in person are never stored by any cache."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            now = int(time.time())
            session = request.session
            login_at = session.setdefault(LOGIN_AT, now)
            last_seen = session.get(LAST_SEEN, now)
            if (
                now - last_seen > settings.SESSION_IDLE_TIMEOUT
                or now - login_at > settings.SESSION_ABSOLUTE_LIFETIME
            ):
                # Whose session it was: a form sent now can be kept for this user only (see
                # cases.views) and offered back once they have logged in again.
                request.session_ended_for = user.pk
                logout(request)
                messages.info(request, _("Your session has ended. Please log in again."))
            else:
                session[LAST_SEEN] = now
        signed_in = user is not None and user.is_authenticated
        response = self.get_response(request)
        match = getattr(request, "resolver_match", None)
        # A page for a logged-in person names them in its header: no cache may keep it.
        if signed_in or (match is not None and match.app_name in NO_STORE_APPS):
            response["Cache-Control"] = "no-store, private"
        return response


class AdminSecondFactorMiddleware:
    """Nobody reaches the Wagtail admin (its own login included) without the second factor,
    and for advisors and committee members it does not exist: Wagtail would show them its
    password-only login form and password reset, which are no business of theirs."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path.startswith("/admin/"):
            user = request.user
            if not (user.is_authenticated and user.is_verified()):
                target = reverse("accounts:login") + "?" + urlencode({"next": request.path})
                return redirect(target)
            if not user.has_perm("wagtailadmin.access_admin"):
                raise Http404
        return self.get_response(request)


class DemoAccountsRefusalMiddleware:
    """Production (its settings list this middleware) does not serve while the database holds
    a demo login.

    The check runs when the WSGI handler loads its middleware, that is as each app process
    starts, and the process fails to start naming the accounts. Not in ``AppConfig.ready``:
    that runs for every management command too, including the ones that remove the accounts,
    and before a new database is migrated. Where the database cannot be read yet at start, the
    first request that finds it readable checks instead, and until then nothing is served.
    """

    def __init__(self, get_response):
        self.get_response = get_response
        self.cleared = False
        self.check(at_start=True)

    def check(self, *, at_start=False):
        try:
            usernames = demo_accounts_found(every_password=False)
        except DatabaseError:
            if at_start:
                return
            raise
        if usernames:
            raise ImproperlyConfigured(demo_accounts_refusal(usernames))
        self.cleared = True

    def __call__(self, request):
        if not self.cleared:
            self.check()
        return self.get_response(request)
