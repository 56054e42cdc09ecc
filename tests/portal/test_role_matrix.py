"""Every URL pattern of the project, visited by every role and checked against one table.

The patterns come from the URL conf itself, so a new view fails
``test_every_url_pattern_is_in_the_table`` until someone decides who may see it.
"""

from dataclasses import dataclass
from datetime import timedelta

import pytest
import wagtail_factories
from django.contrib.auth import SESSION_KEY
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import URLResolver, get_resolver, resolve
from django.utils import timezone
from django.utils.regex_helper import normalize
from wagtail.contrib.redirects.models import Redirect
from wagtail.models import Collection, Locale, Page, Site, Task, Workflow

from accounts.models import AdvisorProfile
from cases import services as case_services
from cases.models import CaseStatus, ConsentText
from committee import services as committee_services
from committee.models import CommitteeRules, CommitteeSession, Recommendation
from demo.profiles import profile_get, profile_names
from home.models import Submission, TranslationReview
from portal.rules import committee_rules
from tests.cases.helpers import login_verified, pdf_bytes, submit_case, totp_device
from tests.committee.conftest import assessment_agreed
from tests.factories import (
    AdviceCenterFactory,
    AdvisorProfileFactory,
    ImageFactory,
    UserFactory,
)
from tests.referrals.helpers import referral_consent_ensure, referral_make

ROLES = ["anonymous", "editor", "advisor_a", "advisor_b", "committee", "admin", "office"]
# Who may read advisor A's case: A, the committee and its office. Nobody else gets any of it.
CASE_READERS = {"advisor_a", "committee", "office"}
APPLICANT = "Zofia Verschwiegen"
EVIDENCE = "Schulzeugnis Verschwiegen"
ADDENDUM = "Nachtrag Verschwiegen"
DRAFT_PERSON = "Wanda Entwurfsname"
REFERRED_PERSON = "Ronja Weitervermittelt"
ASSESSMENT = "Aussicht auf Erfolg bei der Härtefallkommission"
MISSING = 999_999
# wagtail-localize's own views behind paths that portal/urls.py routes to the portal's views
# first (translation_file_upload, translation_file_download): nobody reaches them.
SHADOWED = frozenset({"wagtail_localize:upload_pofile", "wagtail_localize:download_pofile"})


# The table -----------------------------------------------------------------------------------
#
# An answer is written as its status code, or for a redirect as where it leads:
#   "→login"       the two-factor login (accounts:login)
#   "→admin-home"  Wagtail's "no permission" answer: back to the dashboard with a message
#   "→admin"       another admin page (a form done elsewhere, a listing instead of a detail)
#   "→/de/..."     exactly there
# A 404 outside the language prefixes reaches the reader as a redirect to the same path under
# /de/ (LocaleMiddleware), where it is a 404 again; the table says 404.

LET_IN = frozenset({"200", "404", "405", "→admin"})
REFUSED = "→admin-home"


def _outcomes(value):
    return frozenset({value}) if isinstance(value, str) else frozenset(value)


def roles(anonymous, editor, advisor_a, advisor_b, committee, admin, *, office=None):
    """The office answers as the committee members unless said otherwise."""
    answers = (anonymous, editor, advisor_a, advisor_b, committee, admin)
    answers += (committee if office is None else office,)
    return dict(zip(ROLES, map(_outcomes, answers), strict=True))


def everyone(outcome):
    return roles(*[outcome] * (len(ROLES) - 1), office=outcome)


def admin_area(*, editor, admin, office=REFUSED):
    """Anonymous readers go to the two-factor login; for advisors and committee members the
    admin does not exist (accounts.middleware.AdminSecondFactorMiddleware). The office enters
    it for the advisor accounts and finds nothing else of its own there."""
    return roles("→login", editor, "404", "404", "404", admin, office=office)


# The office holds no editing rights: Wagtail shows it empty listings or refuses, as it would
# any user with bare admin access.
ADMIN = admin_area(editor=LET_IN, admin=LET_IN, office=LET_IN | {REFUSED})
ADMIN_ONLY = admin_area(editor=REFUSED, admin=LET_IN)
NOBODY = admin_area(editor=REFUSED, admin=REFUSED)
CASE_OWNER_AND_COMMITTEE = roles("→login", "404", "200", "404", "200", "404")
COMMITTEE_ONLY = roles("→login", "404", "404", "404", "200", "404")
COMMITTEE_POST_ONLY = roles("→login", "404", "404", "404", "405", "404")
OFFICE_ONLY = roles("→login", "404", "404", "404", "404", "404", office="200")
OFFICE_POST_ONLY = roles("→login", "404", "404", "404", "404", "404", office="405")
MEMBERS_POST_ONLY = roles("→login", "404", "404", "404", "405", "404", office="404")

# Keys: "namespace:name", a name without namespace, the route of an unnamed pattern, or
# "namespace:*" for every pattern of a namespace that has no entry of its own.
TABLE = {
    # Public pages and files
    (
        "healthz",
        "sitemap",
        "robots_txt",
        "search",
        "wagtail_serve",
        "wagtaildocs_serve",
        "accounts:register",
        "accounts:register_done",
        "accounts:password_reset",
        "accounts:password_reset_done",
        "accounts:password_reset_confirm",
        "accounts:password_reset_complete",
        "cases:consent_text",
        "cases:consent_text_version",
        # The declaration to print: public text, no case data.
        "cases:consent_text_pdf",
    ): everyone("200"),
    # The intake channels besides advice centres, as rules that keep them closed answer; a
    # profile that opens one answers as WHEN_OPEN says.
    (
        "cases:public_apply",
        "cases:public_apply_email",
        "cases:public_apply_sent",
        "cases:public_apply_confirm",
        "cases:public_apply_form",
        "cases:public_apply_receipt",
        "cases:public_status",
    ): everyone("404"),
    # Referrals to support offers, as rules that keep them closed answer: nothing exists, not
    # even the consent declaration; a profile that opens them answers as WHEN_OPEN says.
    (
        "referrals:referral_list",
        "referrals:referral_record",
        "referrals:referral_detail",
        "referrals:referral_consent_file",
        "referrals:referral_withdraw",
        "referrals:centre_list",
        "referrals:centre_detail",
        "referrals:centre_confirm",
        "referrals:consent_text",
        "referrals:consent_text_version",
        "referrals:consent_text_pdf",
    ): everyone("404"),
    # Unknown captcha keys are gone; a refresh is only answered to the page's script.
    ("captcha-image", "captcha-image-2x", "captcha-audio"): everyone("410"),
    "captcha-refresh": everyone("404"),
    # No password-protected pages or documents exist.
    (
        "wagtaildocs_authenticate_with_password",
        "wagtailcore_authenticate_with_password",
    ): everyone("404"),
    # Wagtail's password-only front-end login is replaced by the two-factor one.
    "wagtailcore_login": everyone("→login"),
    # Accounts
    # A logged-in person asking for the login goes to their own work.
    "accounts:login": roles(
        "200",
        "→admin-home",
        "→/de/cases/",
        "→/de/cases/",
        "→/de/committee/",
        "→admin-home",
        office="→admin-home",
    ),
    ("accounts:login_verify", "accounts:enrol"): everyone("→login"),
    "accounts:logout": everyone("405"),
    # Cases: the advisor's centre and the committee; for everyone else they do not exist.
    "cases:case_list": roles("→login", "404", "200", "200", "200", "404", office="404"),
    "cases:case_new": roles("→login", "404", "200", "200", "404", "404"),
    (
        "cases:case_detail",
        "cases:case_consent_file",
        "cases:case_evidence_file",
    ): CASE_OWNER_AND_COMMITTEE,
    # Only the centre's advisors add to its case, by POST (the case here is closed to
    # additions as well: a POST would be a 404, see tests/cases/test_evidence.py).
    ("cases:case_evidence_add", "cases:case_addendum_add"): roles(
        "→login", "404", "405", "404", "404", "404", office="404"
    ),
    # A draft is its centre's alone; removing a document is a POST.
    (
        "cases:case_draft_step",
        "cases:case_draft_delete",
        "cases:case_draft_evidence_file",
    ): roles("→login", "404", "200", "404", "404", "404"),
    "cases:case_draft_evidence_remove": roles("→login", "404", "405", "405", "404", "404"),
    # The receipt is the submitting centre's to file; the committee has the case itself.
    "cases:case_receipt": roles("→login", "404", "200", "404", "404", "404"),
    ("committee:case_withdraw", "committee:case_assessment_pdf"): roles(
        "→login", "404", "200", "404", "404", "404"
    ),
    # The committee area
    (
        "committee:case_list",
        "committee:case_detail",
        "committee:case_assessment",
        "committee:session_list",
        "committee:session_detail",
        "committee:session_ics",
        "committee:session_protocol",
    ): COMMITTEE_ONLY,
    "committee:case_status": COMMITTEE_POST_ONLY,
    # Applications received on paper or in person, where the rules let the office record
    # them (open in this world; closed, the page does not exist for the office either).
    "committee:case_record": roles("→login", "404", "404", "404", "404", "404", office="404"),
    # The office plans and keeps the sessions and releases assessments.
    (
        "committee:session_edit",
        "committee:session_cancel",
        "committee:session_attendance",
    ): OFFICE_ONLY,
    # No such agenda item: the office is told so; for everyone else the page does not exist.
    "committee:agenda_item_note": roles("→login", "404", "404", "404", "404", "404", office="404"),
    (
        "committee:case_schedule",
        "committee:case_release",
        "committee:session_invite",
        "committee:agenda_item_move",
    ): OFFICE_POST_ONLY,
    # The members write their own notes and confirm the joint assessment.
    ("committee:case_note", "committee:case_confirm"): MEMBERS_POST_ONLY,
    # Members only (the view refuses anyone but the head of the foreigners' authority).
    "committee:case_authority_informed": roles(
        "→login", "404", "404", "404", "405", "404", office="404"
    ),
    # The admin: editors and administrators
    (
        "wagtailadmin_home",
        "admin/test404/",
        "wagtailadmin_explore_root",
        "wagtailadmin_explore",
        "wagtailadmin_explore_results",
        "wagtail_bulk_action",
        "wagtailadmin_choose_page",
        "wagtailadmin_choose_page_child",
        "wagtailadmin_choose_page_search",
        "wagtailadmin_choose_page_chosen_multiple",
        "wagtailadmin_choose_page_external_link",
        "wagtailadmin_choose_page_email_link",
        "wagtailadmin_choose_page_phone_link",
        "wagtailadmin_choose_page_anchor_link",
        "wagtailadmin_tag_autocomplete",
        "wagtailadmin_tag_model_autocomplete",
        "wagtailadmin_account",
        "wagtailadmin_dismissibles",
        "wagtailadmin_block_preview",
        "wagtailadmin_sprite",
        "wagtailadmin_javascript_catalog",
        "wagtailadmin_password_reset",
        "wagtailadmin_password_reset_done",
        "wagtailadmin_password_reset_confirm",
        "wagtailadmin_password_reset_complete",
        "admin/.*/$",
        "advice_centers_import",
        "advice_centers_stale",
        "advice_centers_stale_results",
        "wagtailadmin_api:pages:*",
        "wagtailadmin_api:documents:*",
        "wagtailadmin_api:images:*",
        "wagtailadmin_pages:*",
        "wagtailadmin_reports:*",
        "wagtailadmin_editing_sessions:*",
        "wagtail_localize:*",
        "translation_file_upload",
        "translation_file_download",
        "wagtaildocs:*",
        "wagtaildocs_chooser:*",
        "wagtailimages:*",
        "wagtailimages_chooser:*",
        "wagtailsnippets_advice_centers_advicecenter:*",
        "wagtailsnippetchoosers_advice_centers_advicecenter:*",
        "consent_texts:*",
        "wagtailadmin_workflows:task_chooser",
        "wagtailadmin_workflows:task_chooser_results",
        "wagtailadmin_workflows:task_chooser_create",
        "wagtailadmin_workflows:task_chosen",
        "wagtailadmin_workflows:enable",
        "wagtailadmin_workflows:remove",
        "wagtailadmin_workflows:enable_task",
    ): ADMIN,
    # Already logged in: the login form sends to the dashboard.
    "wagtailadmin_login": admin_area(
        editor="→admin-home", admin="→admin-home", office="→admin-home"
    ),
    # Wagtail refuses GET here but drops the session cookie all the same.
    "wagtailadmin_logout": admin_area(editor="405", admin="405", office="405"),
    # Wagtail's deliberate error, for checking that error reports arrive.
    "wagtailadmin_error_test": admin_area(editor="500", admin="500", office="500"),
    # Page actions beyond Wagtail's editor group (add and edit only)
    (
        "wagtailadmin_pages:delete",
        "wagtailadmin_pages:unpublish",
        "wagtailadmin_pages:move",
        "wagtailadmin_pages:set_privacy",
        "wagtailadmin_pages:revisions_unschedule",
        "consent_texts:delete",
    ): ADMIN_ONLY,
    # Administrators only: people, rights, sites, languages, redirects, committee rules
    (
        "wagtailusers_users:*",
        "wagtailusers_groups:*",
        "wagtailsites:*",
        "wagtaillocales:*",
        "wagtailredirects:*",
        "wagtailsettings:*",
        "wagtailadmin_collections:*",
        "wagtailadmin_workflows:*",
        "wagtailadmin_reports:locked_pages",
        "wagtailadmin_reports:locked_pages_results",
    ): ADMIN_ONLY,
    # The office approves advisor accounts.
    "accounts_admin:account_list": admin_area(editor=REFUSED, admin=LET_IN, office=LET_IN),
    "accounts_admin:account_decide": admin_area(editor="405", admin="405", office="405"),
    # Seats are the administrator's; a missing seat is not found before rights are checked.
    "committee_seats:*": admin_area(
        editor={REFUSED, "404"}, admin=LET_IN, office={REFUSED, "404"}
    ),
    # Collections an editor may not manage are not found for them.
    "wagtailadmin_collections:delete": admin_area(editor="404", admin=LET_IN, office="404"),
    # Messages from the public forms are read and deleted, never written in the admin.
    (
        "form_messages:add",
        "form_messages:edit",
        "form_messages:usage",
        "wagtailsnippets:index",
    ): NOBODY,
    "form_messages:*": ADMIN,
    # Editors record which translations a native speaker has reviewed.
    "translation_reviews:*": ADMIN,
}

# Committee-rules switch -> the answers of the URLs it opens.
WHEN_OPEN = {
    "office_records_applications": {"committee:case_record": OFFICE_ONLY},
    # Alike for every visitor: no account is needed, and none is looked at. The form and the
    # receipt belong to an application of the visitor's own (none here: 404); an unknown
    # confirmation link gets a page that says so.
    "public_applications": {
        "cases:public_apply": everyone("200"),
        "cases:public_apply_email": everyone("→/de/apply/"),
        "cases:public_apply_sent": everyone("200"),
        "cases:public_apply_confirm": everyone("200"),
        "cases:public_status": everyone("200"),
    },
    # The office records, reads and deletes (after a confirmation page) referrals; the people
    # of an offer read those that chose it (advisor A's centre here) and confirm contact by
    # POST; the declaration is public.
    "referrals": {
        "referrals:referral_list": OFFICE_ONLY,
        "referrals:referral_record": OFFICE_ONLY,
        "referrals:referral_detail": OFFICE_ONLY,
        "referrals:referral_consent_file": OFFICE_ONLY,
        "referrals:referral_withdraw": OFFICE_ONLY,
        "referrals:centre_list": roles("→login", "404", "200", "200", "404", "404", office="404"),
        "referrals:centre_detail": roles(
            "→login", "404", "200", "404", "404", "404", office="404"
        ),
        "referrals:centre_confirm": roles(
            "→login", "404", "405", "405", "404", "404", office="404"
        ),
        "referrals:consent_text": everyone("200"),
        "referrals:consent_text_version": everyone("200"),
        "referrals:consent_text_pdf": everyone("200"),
    },
}

RULES = {}
for keys, rule in TABLE.items():
    for key in (keys,) if isinstance(keys, str) else keys:
        assert key not in RULES, f"{key} is in the table twice"
        RULES[key] = rule


# The URL conf, flattened ---------------------------------------------------------------------


@dataclass(frozen=True)
class Endpoint:
    route: str
    name: str | None
    namespace: str
    parts: tuple
    callback: object

    @property
    def key(self):
        if self.name is None:
            return self.route
        return f"{self.namespace}:{self.name}" if self.namespace else self.name

    def rule_key(self):
        for key in (self.key, f"{self.namespace}:*"):
            if key in RULES:
                return key
        return None


def _join(route, more):
    # As ResolverMatch.route is joined.
    return route + (more[1:] if more.startswith("^") else more)


def _walk(resolver, route="", namespace="", parts=()):
    for entry in resolver.url_patterns:
        here = _join(route, str(entry.pattern))
        if isinstance(entry, URLResolver):
            inner = namespace
            if entry.namespace:
                inner = f"{namespace}:{entry.namespace}" if namespace else entry.namespace
            yield from _walk(entry, here, inner, (*parts, entry.pattern))
        else:
            yield Endpoint(here, entry.name, namespace, (*parts, entry.pattern), entry.callback)


def endpoints():
    return list(_walk(get_resolver()))


def build_path(endpoint, value):
    """A concrete path for the pattern; ``value(endpoint, kwarg name)`` fills each part."""
    path = "/"
    for part in endpoint.parts:
        converters = getattr(part, "converters", {})
        template, params = normalize(part.regex.pattern)[0]
        filled = {}
        for param in params:
            raw = value(endpoint, param)
            converter = converters.get(param)
            filled[param] = converter.to_url(raw) if converter else str(raw)
        path += template % filled
    return path


# The fixture world ---------------------------------------------------------------------------


def _released_assessment(case, member, office):
    """Scheduled, discussed, assessed and released: the advisor may download the PDF."""
    session = CommitteeSession.objects.create(
        starts_at=timezone.now() + timedelta(days=1), place="Rathaus, Raum 1"
    )
    committee_services.case_status_change(
        case=case,
        status=CaseStatus.ADMISSIBLE,
        actor=member,
        role=committee_services.ROLE_COMMITTEE,
    )
    committee_services.case_schedule(case=case, session=session, actor=member)
    session.starts_at = timezone.now() - timedelta(hours=1)
    session.save()
    committee_services.assessment_save(
        case=case,
        text=ASSESSMENT,
        recommendation=Recommendation.HARDSHIP_COMMISSION,
        version=0,
        actor=member,
    )
    case.refresh_from_db()
    assessment_agreed(case, member)
    committee_services.assessment_release(case=case, actor=office)
    case.refresh_from_db()
    return session


@pytest.fixture
def world(seeded_site, settings, tmp_path):
    settings.PRIVATE_STORAGE_ROOT = tmp_path / "private"
    settings.MEDIA_ROOT = tmp_path / "media"
    center_a = AdviceCenterFactory(name="Zentrum A", slug="zentrum-a")
    center_b = AdviceCenterFactory(name="Zentrum B", slug="zentrum-b")
    people = {
        "anonymous": None,
        "editor": UserFactory(groups=["Editors"], is_staff=True),
        "advisor_a": AdvisorProfileFactory(advice_center=center_a).user,
        "advisor_b": AdvisorProfileFactory(advice_center=center_b).user,
        "committee": UserFactory(groups=["Committee"]),
        "admin": UserFactory(is_staff=True, is_superuser=True),
        "office": UserFactory(groups=["Office"]),
    }
    for user in people.values():
        if user is not None:
            totp_device(user)
    case = submit_case(people["advisor_a"], full_name=APPLICANT)
    case_services.case_evidence_add(
        case=case,
        actor=people["advisor_a"],
        document=(pdf_bytes(), "pdf"),
        criterion="school_training_work",
        description=EVIDENCE,
    )
    case_services.case_addendum_add(case=case, actor=people["advisor_a"], text=ADDENDUM)
    draft = case_services.case_draft_create(
        user=people["advisor_a"], answers={}, rules=committee_rules()
    )
    draft = case_services.case_draft_save(
        draft=draft,
        actor=people["advisor_a"],
        rules=committee_rules(),
        step="person",
        changes={"fields": {"full_name": DRAFT_PERSON}},
    )
    evidence = case_services.evidence_store(
        actor=people["advisor_a"], document=(pdf_bytes(), "pdf"), criterion="health", draft=draft
    )
    session = _released_assessment(case, people["committee"], people["office"])
    referral_consent_ensure()
    referral = referral_make(office=people["office"], offers=[center_a], full_name=REFERRED_PERSON)
    page = Page.objects.get(slug="ueber-das-gremium").specific
    document = wagtail_factories.DocumentFactory(
        title="Flyer", collection=Collection.get_first_root_node()
    )
    return {
        "people": people,
        "case": case,
        "secrets": [
            case.reference,
            APPLICANT,
            ASSESSMENT,
            EVIDENCE,
            ADDENDUM,
            DRAFT_PERSON,
            REFERRED_PERSON,
        ],
        "value": _values(
            case=case,
            session=session,
            page=page,
            center=center_a,
            document=document,
            advisor=people["advisor_a"],
            draft=draft,
            evidence=evidence,
            referral=referral,
        ),
    }


def _values(*, case, session, page, center, document, advisor, draft, evidence, referral):
    """Kwarg name -> a real object's key; per namespace or URL name first. Anything not
    named here is an object that does not exist."""
    site = Site.objects.get(is_default_site=True)
    home = page.get_parent()
    collection = Collection.get_first_root_node().add_child(name="Flyer")
    image = ImageFactory(collection=collection)
    redirect = Redirect.objects.create(old_path="/alte-adresse", redirect_page=page)
    submission = Submission.objects.create(kind="question", message="Frage", email="q@x.org")
    consent = ConsentText.objects.filter(purpose="application").first()
    review = TranslationReview.objects.create(page=page, note="Geprüft")
    profile = AdvisorProfile.objects.get(user=advisor)
    by_name = {
        "reference": case.reference,
        "number": 1,
        "version": consent.version,
        "page_id": page.pk,
        "page_pk": page.pk,
        "page_to_move_id": page.pk,
        "parent_page_id": home.pk,
        "destination_id": home.pk,
        "revision_id": page.latest_revision_id,
        "revision_id_a": "earliest",
        "revision_id_b": "latest",
        "collection_id": collection.pk,
        "document_id": document.pk,
        "doc_id": document.pk,
        "image_id": image.pk,
        "redirect_id": redirect.pk,
        "task_id": Task.objects.first().pk,
        "content_type_app_name": "home",
        "content_type_model_name": "contentpage",
        "app_label": "home",
        "app_name": "home",
        "model_name": "contentpage",
        "object_id": str(page.pk),
        "action": "delete",
        "action_name": "approve",
        "filter_spec": "original",
        "mode": "desktop",
        "uidb64": "MQ",
        "token": "no-such-token",
        "key": "0" * 40,
        "public_id": draft.public_id,
        "step": "person",
    }
    by_place = {
        ("committee", "pk"): session.pk,
        ("referrals", "reference"): referral.reference,
        ("referrals", "version"): referral.consent_version,
        ("cases:case_draft_evidence_file", "pk"): evidence.pk,
        ("cases:case_draft_evidence_remove", "pk"): evidence.pk,
        ("wagtailadmin_api:pages", "pk"): page.pk,
        ("wagtailadmin_api:documents", "pk"): document.pk,
        ("wagtailadmin_api:images", "pk"): image.pk,
        ("wagtailadmin_pages", "pk"): page.pk,
        # No workflow runs.
        ("wagtailadmin_pages", "task_id"): MISSING,
        ("wagtailusers_users", "pk"): advisor.pk,
        ("wagtailusers_groups", "pk"): Group.objects.get(name="Committee").pk,
        ("wagtailsites", "pk"): site.pk,
        ("wagtaillocales", "pk"): Locale.objects.get(language_code="de").pk,
        ("wagtailadmin_collections", "pk"): collection.pk,
        ("wagtailadmin_workflows", "pk"): Workflow.objects.first().pk,
        ("wagtailadmin_workflows", "app_label"): "wagtailcore",
        ("wagtailadmin_workflows", "model_name"): "groupapprovaltask",
        ("form_messages", "pk"): submission.pk,
        ("consent_texts", "pk"): consent.pk,
        ("translation_reviews", "pk"): review.pk,
        ("wagtailsnippets_advice_centers_advicecenter", "pk"): center.pk,
        ("wagtailsnippetchoosers_advice_centers_advicecenter", "pk"): center.pk,
        ("wagtaildocs_chooser", "pk"): document.pk,
        ("wagtailimages_chooser", "pk"): image.pk,
        ("accounts_admin", "pk"): profile.pk,
        ("wagtailsettings", "pk"): site.pk,
        ("wagtailsettings", "app_name"): "committee",
        ("wagtailsettings", "model_name"): "committeerules",
        ("wagtail_localize", "app_label"): "advice_centers",
        ("wagtail_localize", "model_name"): "advicecenter",
        ("wagtail_localize", "pk"): center.pk,
        ("wagtail_bulk_action", "app_label"): "wagtailcore",
        ("wagtail_bulk_action", "model_name"): "page",
        ("wagtailadmin_editing_sessions", "app_label"): "wagtailcore",
        ("wagtailadmin_editing_sessions", "model_name"): "page",
        # Positional groups of regex patterns
        ("wagtaildocs_serve", "_0"): document.pk,
        ("wagtaildocs_serve", "_1"): document.filename,
        ("wagtail_serve", "_0"): page.slug + "/",
    }

    def value(endpoint, param):
        for place in (endpoint.key, endpoint.namespace):
            if (place, param) in by_place:
                return by_place[(place, param)]
        return by_name.get(param, MISSING)

    return value


# Visiting ------------------------------------------------------------------------------------


def _body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def visit(client, path):
    """GET the path; the answer as the table writes it, and the response."""
    response = client.get(path)
    if response.status_code not in (301, 302):
        return str(response.status_code), response
    location = response["Location"]
    if location in ("/de" + path, "/de" + path + "/"):
        # LocaleMiddleware redirects only a 404 this way.
        return "404", response
    if location.split("?")[0] == "/de/accounts/login/":
        return "→login", response
    if location == "/admin/":
        return "→admin-home", response
    if location.startswith("/admin/"):
        return "→admin", response
    return "→" + location, response


def _client_for(user):
    client = Client(raise_request_exception=False)
    if user is not None:
        login_verified(client, user)
    return client


# Tests ---------------------------------------------------------------------------------------


def test_every_url_pattern_is_in_the_table():
    unclassified = sorted({e.key for e in endpoints() if e.rule_key() is None})
    assert not unclassified, "Decide who may see these and add them to TABLE:\n" + "\n".join(
        unclassified
    )


def test_every_table_entry_names_a_url_pattern():
    used = {e.rule_key() for e in endpoints()}
    assert not set(RULES) - used, f"Entries for patterns that no longer exist: {set(RULES) - used}"


@pytest.fixture(params=profile_names())
def profile_rules(request, world):
    """The world's cases were brought under the default rules; then the profile's apply."""
    rules = CommitteeRules.for_site(Site.objects.get(is_default_site=True))
    for field, value in profile_get(request.param).RULES.items():
        setattr(rules, field, value)
    rules.save()
    return rules


def expected_answers(key, role, rules):
    for switch, answers in WHEN_OPEN.items():
        if key in answers and getattr(rules, switch):
            return answers[key][role]
    return RULES[key][role]


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_every_url_answers_each_role_as_the_table_says(world, profile_rules, role):
    user = world["people"][role]
    client = _client_for(user)
    secrets = [secret.encode() for secret in world["secrets"]]
    failures = []
    for endpoint in endpoints():
        key = endpoint.rule_key()
        if key is None:
            failures.append(f"{endpoint.route}: not in the table")
            continue
        if endpoint.key in SHADOWED:
            continue
        path = build_path(endpoint, world["value"])
        match = resolve(path)
        if match.route != endpoint.route or match.func is not endpoint.callback:
            failures.append(f"{path}: reaches {match.route}, not {endpoint.route}")
            continue
        answer, response = visit(client, path)
        expected = expected_answers(key, role, profile_rules)
        if answer not in expected:
            failures.append(
                f"{path} [{key}]: expected {' or '.join(sorted(expected))}, got {answer}"
            )
        if endpoint.namespace in ("accounts", "cases", "committee", "referrals"):
            cache_control = response.get("Cache-Control", "")
            if "no-store" not in cache_control:
                failures.append(f"{path}: Cache-Control {cache_control!r} lacks no-store")
        if role not in CASE_READERS or answer not in ("200", "→admin"):
            body = _body(response)
            leaked = [secret.decode() for secret in secrets if secret in body]
            if leaked:
                failures.append(f"{path}: answer {answer} contains case data {leaked}")
        if user is not None and SESSION_KEY not in client.session:
            # Only Wagtail's logout drops the session cookie on a GET; carry on logged in.
            client = _client_for(user)
    assert not failures, f"{role}: {len(failures)} answers differ from the table\n" + "\n".join(
        failures
    )
