"""`manage.py restore_check`: after restoring a backup, every case must still be readable."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.utils import timezone

from cases import services as case_services
from cases import storage
from cases.models import Addendum, CaseDraft
from portal import crypto
from tests.cases.helpers import pdf_bytes
from tests.committee.conftest import case_submit

pytestmark = pytest.mark.django_db


def test_restore_check_passes_when_data_and_files_are_readable(case):
    output = StringIO()
    call_command("restore_check", stdout=output)
    assert "All 1 cases readable." in output.getvalue()
    assert "belong to no case" not in output.getvalue()


def test_restore_check_names_files_that_belong_to_no_case(case):
    # What a submission leaves whose connection broke while its COMMIT was under way.
    stray = storage.private_file_write(b"%PDF-1.7 stray")
    output = StringIO()
    call_command("restore_check", stdout=output)
    assert "All 1 cases readable." in output.getvalue()
    assert f"1 stored file(s) belong to no case or draft: {stray}" in output.getvalue()
    assert case.consent_file_name not in output.getvalue()


def test_restore_check_names_a_case_whose_file_is_missing(advisor, case, settings):
    other = case_submit(advisor, full_name="Zweite Person")
    (settings.PRIVATE_STORAGE_ROOT / other.consent_file_name).unlink()
    with pytest.raises(CommandError) as error:
        call_command("restore_check")
    assert other.reference in str(error.value)
    assert case.reference not in str(error.value)
    assert "Zweite Person" not in str(error.value)


def test_restore_check_fails_without_the_right_keys(case, settings):
    settings.PORTAL_ENCRYPTION_KEYS = ["QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWY="]
    with pytest.raises(CommandError) as error:
        call_command("restore_check")
    assert case.reference in str(error.value)


def test_evidence_of_cases_and_drafts_is_not_called_an_orphan(advisor, case):
    case_services.case_evidence_add(
        case=case, actor=advisor, document=(pdf_bytes(), "pdf"), criterion="health"
    )
    draft = CaseDraft.objects.create(
        advice_center=case.advice_center,
        author=advisor,
        expires_at=timezone.now() + timedelta(days=30),
        payload=crypto.json_encrypt({}),
    )
    case_services.evidence_store(
        actor=advisor, document=(pdf_bytes(), "pdf"), criterion="family", draft=draft
    )
    output = StringIO()
    call_command("restore_check", stdout=output)
    assert "All 1 cases readable." in output.getvalue()
    assert "belong to no case" not in output.getvalue()


def test_restore_check_names_a_case_whose_evidence_file_is_missing(advisor, case, settings):
    other = case_submit(advisor, full_name="Zweite Person")
    evidence = case_services.case_evidence_add(
        case=other, actor=advisor, document=(pdf_bytes(), "pdf"), criterion="health"
    )
    (settings.PRIVATE_STORAGE_ROOT / evidence.file_name).unlink()
    with pytest.raises(CommandError) as error:
        call_command("restore_check")
    assert other.reference in str(error.value)
    assert case.reference not in str(error.value)


def test_restore_check_names_a_case_whose_addendum_cannot_be_read(advisor, case):
    case_services.case_addendum_add(case=case, actor=advisor, text="Nachtrag")
    Addendum.objects.update(text_encrypted="not-a-token")
    with pytest.raises(CommandError) as error:
        call_command("restore_check")
    assert case.reference in str(error.value)
