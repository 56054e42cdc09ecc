from django.urls import path

from accounts import views

app_name = "accounts"

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
]
