"""Guards for the views behind the login: no cache anywhere, both factors required."""

from functools import wraps
from urllib.parse import urlencode

from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.views.decorators.cache import never_cache


def _no_store(response):
    response["Cache-Control"] = "no-store, private"
    response["Pragma"] = "no-cache"
    return response


def no_store(view):
    """No cache, shared or private, keeps this answer."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        return _no_store(never_cache(view)(request, *args, **kwargs))

    return wrapper


def verified_required(view):
    """Logged in with both factors; anyone else goes to the login page."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        user = request.user
        if not (user.is_authenticated and user.is_verified()):
            return redirect(f"{reverse('accounts:login')}?{urlencode({'next': request.path})}")
        return view(request, *args, **kwargs)

    return no_store(wrapper)


def only_for(allowed):
    """Both factors and ``allowed(user)``; to anyone else the page does not exist."""

    def decorator(view):
        @wraps(view)
        def wrapper(request, *args, **kwargs):
            if not allowed(request.user):
                raise Http404
            return view(request, *args, **kwargs)

        return verified_required(wrapper)

    return decorator
