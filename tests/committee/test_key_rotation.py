"""One rotation command re-encrypts everything the committee wrote, so the old key can go."""

from io import StringIO
from pathlib import Path

from cryptography.fernet import Fernet
from django.core.management import call_command

from cases import services as case_services
from cases.models import Addendum
from committee import services
from committee.models import AgendaItem, Assessment, MemberNote, StatusChange
from portal import crypto
from portal.rules import committee_rules
from tests.cases.helpers import pdf_bytes, png_bytes
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


def test_evidence_and_addenda_survive_dropping_the_old_key(case, advisor, settings):
    evidence = case_services.case_evidence_add(
        case=case,
        actor=advisor,
        document=(pdf_bytes(), "pdf"),
        criterion="health",
        description="Attest Dr. Schlüssel",
    )
    undescribed = case_services.case_evidence_add(
        case=case, actor=advisor, document=(png_bytes(), "png"), criterion="family"
    )
    case_services.case_addendum_add(case=case, actor=advisor, text="Neue Arbeitsstelle")
    stored = {
        item.pk: (Path(settings.PRIVATE_STORAGE_ROOT) / item.file_name).read_bytes()
        for item in (evidence, undescribed)
    }
    new_key = Fernet.generate_key().decode()
    settings.PORTAL_ENCRYPTION_KEYS = [new_key, *settings.PORTAL_ENCRYPTION_KEYS]
    call_command("rotate_case_keys", stdout=StringIO())
    settings.PORTAL_ENCRYPTION_KEYS = [new_key]
    for item in (evidence, undescribed):
        path = Path(settings.PRIVATE_STORAGE_ROOT) / item.file_name
        assert path.read_bytes() != stored[item.pk]
    evidence.refresh_from_db()
    assert case_services.evidence_description(evidence) == "Attest Dr. Schlüssel"
    assert case_services.evidence_file_read(evidence=evidence) == pdf_bytes()
    assert case_services.evidence_file_read(evidence=undescribed) == png_bytes()
    assert crypto.json_decrypt(Addendum.objects.get(case=case).text_encrypted) == (
        "Neue Arbeitsstelle"
    )
    assert case_services.case_storage_problems() == []


def test_drafts_survive_dropping_the_old_key(advisor, settings):
    rules = committee_rules()
    draft = case_services.case_draft_create(user=advisor, answers={}, rules=rules)
    draft = case_services.case_draft_save(
        draft=draft,
        actor=advisor,
        rules=rules,
        step="person",
        changes={"fields": {"full_name": "Entwurf Schlüssel"}},
    )
    case_services.case_draft_consent_file_store(
        draft=draft, actor=advisor, rules=rules, document=(pdf_bytes(), "pdf")
    )
    draft.refresh_from_db()
    new_key = Fernet.generate_key().decode()
    settings.PORTAL_ENCRYPTION_KEYS = [new_key, *settings.PORTAL_ENCRYPTION_KEYS]
    call_command("rotate_case_keys", stdout=StringIO())
    settings.PORTAL_ENCRYPTION_KEYS = [new_key]
    draft.refresh_from_db()
    assert draft.data["fields"]["full_name"] == "Entwurf Schlüssel"
    consent = Path(settings.PRIVATE_STORAGE_ROOT) / draft.consent_file_name
    assert crypto.bytes_decrypt(consent.read_bytes()) == pdf_bytes()
    # The restore check counts the draft's file as belonging to something.
    assert case_services.private_files_unreferenced() == []
