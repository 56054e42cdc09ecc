"""One rotation command re-encrypts everything the committee wrote, so the old key can go."""

from io import StringIO

from cryptography.fernet import Fernet
from django.core.management import call_command

from committee import services
from committee.models import Assessment, StatusChange
from tests.committee.conftest import case_assessed


def test_reasons_and_assessments_survive_dropping_the_old_key(case, member, settings):
    services.case_status_change(
        case=case,
        status="not_admissible",
        actor=member,
        role=services.ROLE_COMMITTEE,
        reason="Gerichtsverfahren anhängig",
    )
    case_assessed(case, member, text="Gemeinsame Begründung")
    new_key = Fernet.generate_key().decode()
    settings.PORTAL_ENCRYPTION_KEYS = [new_key, *settings.PORTAL_ENCRYPTION_KEYS]
    out = StringIO()
    call_command("rotate_case_keys", stdout=out)
    settings.PORTAL_ENCRYPTION_KEYS = [new_key]
    assert StatusChange.objects.get(case=case).reason == "Gerichtsverfahren anhängig"
    assert Assessment.objects.get(case=case).text == "Gemeinsame Begründung"
    assert "2 committee texts" in out.getvalue()
