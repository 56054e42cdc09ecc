from django.urls import path

from intake import views

app_name = "intake"

urlpatterns = [
    path("accounts/login/", views.login, name="login"),
    path("accounts/login/code/", views.login_verify, name="login_verify"),
    path("accounts/login/set-up-code/", views.enrol, name="enrol"),
    path("accounts/logout/", views.logout, name="logout"),
    path("accounts/register/", views.register, name="register"),
    path("accounts/register/done/", views.register_done, name="register_done"),
    path("accounts/password-reset/", views.password_reset, name="password_reset"),
    path("accounts/password-reset/sent/", views.password_reset_done, name="password_reset_done"),
    path(
        "accounts/password-reset/<uidb64>/<token>/",
        views.password_reset_confirm,
        name="password_reset_confirm",
    ),
    path(
        "accounts/password-reset/complete/",
        views.password_reset_complete,
        name="password_reset_complete",
    ),
    path("cases/", views.case_list, name="case_list"),
    path("cases/new/", views.case_new, name="case_new"),
    path("cases/new/application/", views.case_application, name="case_application"),
    path("cases/<str:reference>/", views.case_detail, name="case_detail"),
    path("cases/<str:reference>/consent-file/", views.case_consent_file, name="case_consent_file"),
    path("consent/", views.consent_text, name="consent_text"),
    path("consent/<str:version>/", views.consent_text, name="consent_text_version"),
    # Wagtail's front-end login (for private pages) would accept the password alone; it
    # leads to the two-step login instead. Listed before Wagtail's URLs, so it wins.
    path("_util/login/", views.wagtail_login, name="wagtail_login"),
]
