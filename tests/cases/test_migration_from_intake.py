"""A database made before the case apps were split upgrades in place: its case, session and
assessment come through, the case still decrypts, and every granted permission stays granted."""

import datetime
import uuid

import pytest
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from accounts.models import AdvisorProfile
from cases import services, storage
from cases.models import AuditEntry, Case
from committee.models import Assessment, CommitteeSession
from portal import crypto
from tests.cases.helpers import pdf_bytes

# The migrations as they stood before the split: the intake app held the accounts, cases
# and rules; the committee app its sessions under the name Session.
BEFORE = [
    ("intake", "0002_roles_and_consent_text"),
    # The directory as it stood then, before offers had a kind.
    ("advice_centers", "0002_finder_fields"),
    ("committee", "0001_initial"),
    ("accounts", None),
    ("cases", None),
]
MOVED = {
    "advisorprofile": "accounts",
    "auditentry": "cases",
    "case": "cases",
    "consenttext": "cases",
    "committeerules": "committee",
}
APPLICATION = {"full_name": "Amina Migrationstest", "date_of_birth": "1990-04-12"}


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state([t for t in targets if t[1] is not None]).apps


def old_database():
    """Roll the schema back to the earlier migrations and put their content types back under
    the intake app, as a database made then has them."""
    old = migrate(BEFORE)
    for model, label in MOVED.items():
        ContentType.objects.filter(app_label=label, model=model).update(app_label="intake")
    return old


def old_rows(old, private_file):
    user_model = old.get_model("auth", "User")
    locale = old.get_model("wagtailcore", "Locale").objects.get_or_create(language_code="de")[0]
    center = old.get_model("advice_centers", "AdviceCenter").objects.create(
        name="Beratungsstelle", slug="beratung", locale=locale
    )
    advisor = user_model.objects.create(username="advisor@example.org", email="a@example.org")
    member = user_model.objects.create(username="member", email="m@example.org")
    old.get_model("intake", "AdvisorProfile").objects.create(
        user=advisor, advice_center=center, role="refugee_advisor", status="approved"
    )
    case = old.get_model("intake", "Case").objects.create(
        reference="BF-AAAA-2222",
        advice_center=center,
        submitted_by=advisor,
        status="discussed",
        submission_token=uuid.uuid4(),
        consent_version="1.0",
        consent_confirmed_at=timezone.now(),
        payload=crypto.json_encrypt({"application": APPLICATION}),
        person_fingerprint=services.person_fingerprint(
            full_name=APPLICATION["full_name"], date_of_birth=datetime.date(1990, 4, 12)
        ),
        consent_file_name=private_file,
        consent_file_type="pdf",
        consent_file_size=1,
    )
    old.get_model("intake", "AuditEntry").objects.create(
        actor=member, actor_username="member", case_reference=case.reference, action="view"
    )
    session = old.get_model("committee", "Session").objects.create(
        starts_at=timezone.now(), place="Rathaus", kind="regular"
    )
    old.get_model("committee", "AgendaItem").objects.create(session=session, case=case)
    old.get_model("committee", "Assessment").objects.create(
        case=case,
        session=session,
        recommendation="hardship_commission",
        text_encrypted=crypto.json_encrypt("Gemeinsame Einschätzung"),
        recorded_by=member,
    )
    old.get_model("committee", "StatusChange").objects.create(
        case=case, from_status="scheduled", to_status="discussed", changed_by=member
    )
    return case.pk


@pytest.mark.django_db(transaction=True)
def test_the_earlier_database_upgrades_with_its_case_session_and_assessment(settings, tmp_path):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    consent = pdf_bytes()
    old = old_database()
    case_pk = old_rows(old, storage.private_file_write(consent))
    migrate(MigrationExecutor(connection).loader.graph.leaf_nodes())

    case = Case.objects.get(pk=case_pk)
    assert case.data == {"application": APPLICATION}
    assert services.case_consent_file_read(case=case) == consent
    assert case.person_fingerprint == services.person_fingerprint(
        full_name="Amina Migrationstest", date_of_birth=datetime.date(1990, 4, 12)
    )
    assert case.agenda_item.session == CommitteeSession.objects.get(place="Rathaus")
    assessment = Assessment.objects.get(case=case)
    assert assessment.text == "Gemeinsame Einschätzung"
    assert [change.to_status for change in case.changes.all()] == ["discussed"]
    assert AuditEntry.objects.filter(case_reference=case.reference, action="view").exists()
    assert AdvisorProfile.objects.get().user.username == "advisor@example.org"
    assert not ContentType.objects.filter(app_label="intake").exists()
    granted = set(
        Group.objects.values_list(
            "name", "permissions__content_type__app_label", "permissions__codename"
        )
    )
    assert ("Advisors", "cases", "submit_case") in granted
    assert ("Committee", "cases", "review_case") in granted
    assert ("Editors", "cases", "change_consenttext") in granted
