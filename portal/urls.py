from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from home.sitemaps import PortalSitemap
from portal import views
from portal.wagtail_internals import LOCALIZE_PO_FILE_PATHS
from search import views as search_views

handler500 = "home.views.server_error"

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    # Translation files go through the portal's checks, ahead of wagtail-localize's own views.
    path(
        LOCALIZE_PO_FILE_PATHS["upload_pofile"],
        home_views.translation_file_upload,
        name="translation_file_upload",
    ),
    path(
        LOCALIZE_PO_FILE_PATHS["download_pofile"],
        home_views.translation_file_download,
        name="translation_file_download",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("captcha/", include("captcha.urls")),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PortalSitemap}}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Wagtail's front-end login asks for the password alone; pages restricted to logged-in readers
# send them to the login with the second factor instead.
wagtail_front_end = [
    pattern for pattern in wagtail_urls.urlpatterns if pattern.name != "wagtailcore_login"
]
wagtail_front_end.insert(
    0,
    path(
        "_util/login/",
        RedirectView.as_view(pattern_name="accounts:login", query_string=True),
        name="wagtailcore_login",
    ),
)

urlpatterns += i18n_patterns(
    path("", include("accounts.urls")),
    path("", include("cases.urls")),
    path("suche/", search_views.search, name="search"),
    path("", include("committee.urls")),
    path("", include("referrals.urls")),
    path("", include(wagtail_front_end)),
    prefix_default_language=True,
)
