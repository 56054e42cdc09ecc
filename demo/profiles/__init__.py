"""Committee profiles: everything that differs between committees, as data.

A profile is a module with the values of the committee rules (``RULES``), the demo seats
(``SEATS``), the German demo pages and centres and, where the profile ships translations of
them, the folder of their PO files (``PO_DIR``; ``None``: other languages show the German
pages until editors translate them), and its consent declarations (``CONSENT_TEXTS``, as
``cases.services.consent_texts_write`` takes them). ``seed_portal --profile NAME`` builds an
installation from one of them; afterwards the administrator changes the rules in the admin.
"""

from demo.profiles import dortmund, kreis_unna, leverkusen

DEFAULT = "dortmund"

PROFILES = {
    "dortmund": dortmund,
    "leverkusen": leverkusen,
    "kreis-unna": kreis_unna,
}


class UnknownProfile(LookupError):
    pass


def profile_names():
    return sorted(PROFILES)


def profile_get(name):
    try:
        return PROFILES[name]
    except KeyError:
        raise UnknownProfile(
            f"There is no profile {name!r}. Profiles: {', '.join(profile_names())}."
        ) from None
