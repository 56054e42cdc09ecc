import pytest

from tests.referrals.helpers import (
    offer_create,
    office_create,
    person_of,
    referral_consent_ensure,
    rules_set,
)


@pytest.fixture
def referral_world(seeded_site, settings, tmp_path):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    rules_set(referrals=True)
    referral_consent_ensure()
    near = offer_create("Café International", places=["Bergkamen", "Kamen"], kind="cafe")
    other = offer_create("Sprachgruppe Unna", places=["Unna"], kind="language_group")
    return {
        "near": near,
        "other": other,
        "near_person": person_of(near),
        "other_person": person_of(other),
        "office": office_create(),
    }
