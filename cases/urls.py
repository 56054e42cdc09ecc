from django.urls import path

from cases import views

app_name = "cases"

urlpatterns = [
    path("cases/", views.case_list, name="case_list"),
    path("cases/new/", views.case_new, name="case_new"),
    path("cases/new/application/", views.case_application, name="case_application"),
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
