"""Who sees which referral, and the choices of the record form."""

from django.conf import settings
from django.db.models import Count, Q

from accounts.selectors import advisor_profile_approved
from advice_centers.centers import AdviceCenter
from advice_centers.selectors import center_canonical, center_places, sort_key
from committee.selectors import user_is_office
from referrals.models import Referral, ReferralOffer


def user_may_refer(user):
    """The office records and withdraws referrals."""
    return user_is_office(user)


def referral_centre_of(user):
    """The directory entry whose people ``user`` belongs to (an approved advisor), else None.
    The views ask for both factors first."""
    profile = advisor_profile_approved(user)
    return center_canonical(profile.advice_center) if profile else None


def referrals_for_centre(*, user):
    """The referrals that chose the user's entry; none for anyone else."""
    center = referral_centre_of(user)
    if center is None:
        return Referral.objects.none()
    return Referral.objects.filter(offers__advice_center=center).distinct()


def referral_rows(referrals):
    """Each referral with how many of its offers confirmed contact (one query)."""
    return referrals.annotate(
        offer_count=Count("offers", distinct=True),
        confirmed_count=Count(
            "offers", filter=Q(offers__contact_confirmed_at__isnull=False), distinct=True
        ),
    )


def referral_offers(*, referral):
    return list(
        ReferralOffer.objects.filter(referral=referral)
        .select_related("advice_center", "contact_confirmed_by")
        .order_by("pk")
    )


def directory_entries():
    """The directory's entries in the default locale: those an advisor's profile names."""
    return list(AdviceCenter.objects.filter(locale__language_code=settings.LANGUAGE_CODE))


def referral_places(entries=None):
    """The places the directory's offers serve: where a person may be referred from."""
    return center_places(directory_entries() if entries is None else entries)


def offers_serving(place, entries=None):
    """The offers serving ``place``, those naming it before those serving every place."""
    if not place:
        return []
    entries = directory_entries() if entries is None else entries
    serving = [entry for entry in entries if entry.serves(place)]
    return sorted(serving, key=lambda entry: (not entry.places, sort_key(entry.name)))
