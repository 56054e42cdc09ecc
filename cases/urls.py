from django.urls import path

from cases import draft_views, public_views, views

app_name = "cases"

urlpatterns = [
    path("cases/", views.case_list, name="case_list"),
    path("cases/new/", views.case_new, name="case_new"),
    # Drafts are addressed by a random id and the step's name: nothing personal in a URL.
    path(
        "cases/drafts/<uuid:public_id>/delete/",
        draft_views.case_draft_delete,
        name="case_draft_delete",
    ),
    path(
        "cases/drafts/<uuid:public_id>/evidence/<int:pk>/remove/",
        draft_views.case_draft_evidence_remove,
        name="case_draft_evidence_remove",
    ),
    path(
        "cases/drafts/<uuid:public_id>/evidence/<int:pk>/file/",
        draft_views.case_draft_evidence_file,
        name="case_draft_evidence_file",
    ),
    path(
        "cases/drafts/<uuid:public_id>/<slug:step>/",
        draft_views.case_draft_step,
        name="case_draft_step",
    ),
    path("cases/<str:reference>/", views.case_detail, name="case_detail"),
    path("cases/<str:reference>/consent-file/", views.case_consent_file, name="case_consent_file"),
    path("cases/<str:reference>/receipt.pdf", views.case_receipt, name="case_receipt"),
    path("cases/<str:reference>/evidence/", views.case_evidence_add, name="case_evidence_add"),
    path(
        "cases/<str:reference>/evidence/<int:number>/",
        views.case_evidence_file,
        name="case_evidence_file",
    ),
    path("cases/<str:reference>/addenda/", views.case_addendum_add, name="case_addendum_add"),
    # The public application form: the committee's rules open it, or none of these exists.
    # The confirmation link carries a random token only.
    path("apply/", public_views.public_apply, name="public_apply"),
    path("apply/email/", public_views.public_apply_email, name="public_apply_email"),
    path("apply/sent/", public_views.public_apply_sent, name="public_apply_sent"),
    path(
        "apply/confirm/<str:token>/",
        public_views.public_apply_confirm,
        name="public_apply_confirm",
    ),
    path("apply/form/", public_views.public_apply_form, name="public_apply_form"),
    path(
        "apply/receipt/<str:reference>.pdf",
        public_views.public_apply_receipt,
        name="public_apply_receipt",
    ),
    path("apply/status/", public_views.public_status, name="public_status"),
    path("consent/", views.consent_text, name="consent_text"),
    path("consent/<str:version>/", views.consent_text, name="consent_text_version"),
    path("consent/<str:version>/print.pdf", views.consent_text_pdf, name="consent_text_pdf"),
]
