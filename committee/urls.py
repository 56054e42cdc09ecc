from django.urls import path

from committee import views

app_name = "committee"

urlpatterns = [
    path("committee/", views.case_list, name="case_list"),
    # Before the case addresses: "record" is no reference.
    path("committee/cases/record/", views.case_record, name="case_record"),
    path("committee/cases/<str:reference>/", views.case_detail, name="case_detail"),
    path("committee/cases/<str:reference>/status/", views.case_status, name="case_status"),
    path("committee/cases/<str:reference>/schedule/", views.case_schedule, name="case_schedule"),
    path(
        "committee/cases/<str:reference>/assessment/",
        views.case_assessment,
        name="case_assessment",
    ),
    path("committee/cases/<str:reference>/release/", views.case_release, name="case_release"),
    path("committee/cases/<str:reference>/note/", views.case_note, name="case_note"),
    path("committee/cases/<str:reference>/confirm/", views.case_confirm, name="case_confirm"),
    path(
        "committee/cases/<str:reference>/authority-informed/",
        views.case_authority_informed,
        name="case_authority_informed",
    ),
    path("committee/sessions/", views.session_list, name="session_list"),
    path("committee/sessions/<int:pk>/", views.session_detail, name="session_detail"),
    path("committee/sessions/<int:pk>/edit/", views.session_edit, name="session_edit"),
    path("committee/sessions/<int:pk>/invite/", views.session_invite, name="session_invite"),
    path("committee/sessions/<int:pk>/cancel/", views.session_cancel, name="session_cancel"),
    path(
        "committee/sessions/<int:pk>/attendance/",
        views.session_attendance,
        name="session_attendance",
    ),
    path(
        "committee/sessions/<int:pk>/agenda/<int:item_pk>/move/",
        views.agenda_item_move,
        name="agenda_item_move",
    ),
    path(
        "committee/sessions/<int:pk>/agenda/<int:item_pk>/note/",
        views.agenda_item_note,
        name="agenda_item_note",
    ),
    path("committee/sessions/<int:pk>/session.ics", views.session_ics, name="session_ics"),
    path(
        "committee/sessions/<int:pk>/protocol.pdf",
        views.session_protocol,
        name="session_protocol",
    ),
    # The advisor's side, next to the case page of the cases app.
    path("cases/<str:reference>/withdraw/", views.advisor_case_withdraw, name="case_withdraw"),
    path(
        "cases/<str:reference>/assessment.pdf",
        views.advisor_assessment_pdf,
        name="case_assessment_pdf",
    ),
]
