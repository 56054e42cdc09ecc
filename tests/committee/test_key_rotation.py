"""One rotation command re-encrypts everything the committee wrote, so the old key can go."""

from io import StringIO

from cryptography.fernet import Fernet
from django.core.management import call_command

from committee import services
from committee.models import AgendaItem, Assessment, MemberNote, StatusChange
from tests.committee.conftest import case_assessed, case_submit, seat_create


def test_every_committee_text_survives_dropping_the_old_key(case, member, advisor, settings):
    services.case_status_change(
        case=case,
        status="not_admissible",
        actor=member,
        role=services.ROLE_COMMITTEE,
        reason="Gerichtsverfahren anhängig",
    )
    case_assessed(case, member, text="Gemeinsame Begründung")
    Assessment.objects.filter(case=case).update(
        next_steps_encrypted=services.crypto.json_encrypt("Zeugnisse nachreichen")
    )
    other = case_submit(advisor, full_name="Zweite Person")
    services.member_note_save(
        case=other, membership=seat_create(member), text="Eigene Sicht", actor=member
    )
    item = AgendaItem.objects.get(case=case)
    services.agenda_item_note_save(item=item, text="Akte liegt vor", actor=member)
    new_key = Fernet.generate_key().decode()
    settings.PORTAL_ENCRYPTION_KEYS = [new_key, *settings.PORTAL_ENCRYPTION_KEYS]
    out = StringIO()
    call_command("rotate_case_keys", stdout=out)
    settings.PORTAL_ENCRYPTION_KEYS = [new_key]
    assert StatusChange.objects.get(case=case).reason == "Gerichtsverfahren anhängig"
    assessment = Assessment.objects.get(case=case)
    assert assessment.text == "Gemeinsame Begründung"
    assert assessment.next_steps == "Zeugnisse nachreichen"
    assert MemberNote.objects.get(case=other).text == "Eigene Sicht"
    assert AgendaItem.objects.get(pk=item.pk).office_note == "Akte liegt vor"
    assert "5 committee texts" in out.getvalue()
