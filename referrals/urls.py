from django.urls import path

from referrals import views

app_name = "referrals"

# References only in the addresses: nothing about the person.
urlpatterns = [
    path("referrals/", views.referral_list, name="referral_list"),
    path("referrals/new/", views.referral_record, name="referral_record"),
    path("referrals/<str:reference>/", views.referral_detail, name="referral_detail"),
    path(
        "referrals/<str:reference>/consent-file/",
        views.referral_consent_file,
        name="referral_consent_file",
    ),
    path(
        "referrals/<str:reference>/withdraw/",
        views.referral_withdraw,
        name="referral_withdraw",
    ),
    path("centre-referrals/", views.centre_list, name="centre_list"),
    path("centre-referrals/<str:reference>/", views.centre_detail, name="centre_detail"),
    path(
        "centre-referrals/<str:reference>/contact/",
        views.centre_confirm,
        name="centre_confirm",
    ),
    path("referral-consent/", views.consent_text, name="consent_text"),
    path("referral-consent/<str:version>/", views.consent_text, name="consent_text_version"),
    path(
        "referral-consent/<str:version>/print.pdf",
        views.consent_text_pdf,
        name="consent_text_pdf",
    ),
]
