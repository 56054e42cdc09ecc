"""One rotation command re-encrypts everything the committee wrote, so the old key can go."""

from io import StringIO

from cryptography.fernet import Fernet
from django.core.management import call_command

from committee import services
from committee.models import Assessment, Recommendation, StatusChange
from tests.committee.conftest import session_create


def test_reasons_and_assessments_survive_dropping_the_old_key(case, member, settings):
    services.case_status_change(
        case=case,
        status="not_admissible",
        actor=member,
        role=services.ROLE_COMMITTEE,
        reason="Gerichtsverfahren anhängig",
    )
    Assessment.objects.create(
        case=case,
        session=session_create(days=-1),
        recommendation=Recommendation.NO_PERSPECTIVE,
        text_encrypted=services.crypto.json_encrypt("Gemeinsame Begründung"),
        recorded_by=member,
    )
    new_key = Fernet.generate_key().decode()
    settings.PORTAL_ENCRYPTION_KEYS = [new_key, *settings.PORTAL_ENCRYPTION_KEYS]
    out = StringIO()
    call_command("rotate_case_keys", stdout=out)
    settings.PORTAL_ENCRYPTION_KEYS = [new_key]
    assert StatusChange.objects.get(case=case).reason == "Gerichtsverfahren anhängig"
    assert Assessment.objects.get(case=case).text == "Gemeinsame Begründung"
    assert "2 committee texts" in out.getvalue()
