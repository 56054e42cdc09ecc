from django.urls import path

from cases import draft_views, views

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
    path("consent/", views.consent_text, name="consent_text"),
    path("consent/<str:version>/", views.consent_text, name="consent_text_version"),
    path("consent/<str:version>/print.pdf", views.consent_text_pdf, name="consent_text_pdf"),
]
