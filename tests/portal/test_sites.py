"""Every request is answered by the site Wagtail itself would choose for its host and port."""

import pytest
from wagtail.models import Page, Site
from wagtail.models.sites import get_site_for_hostname

from portal.sites import site_for_hostname

pytestmark = pytest.mark.django_db

HOSTS = ["localhost", "beirat.example", "andere.example"]
PORTS = [80, 443, 8080]

# (hostname, port, default) of the sites besides the seeded default site localhost:80.
SETUPS = {
    "only the default site": [],
    "a second hostname": [("beirat.example", 80, False)],
    "the hostname on two ports": [("beirat.example", 80, False), ("beirat.example", 8080, False)],
    "the default hostname on another port": [("localhost", 8080, False)],
    "the default site moved to the second hostname": [("beirat.example", 443, True)],
    "no default site": [("beirat.example", 80, False), ("beirat.example", 443, False)],
}


def wagtails_choice(hostname, port):
    try:
        return get_site_for_hostname(hostname, port)
    except Site.DoesNotExist:
        return None


@pytest.mark.parametrize("setup", SETUPS)
def test_the_site_is_the_one_wagtail_chooses(seeded_site, setup):
    root = Page.get_first_root_node()
    default = Site.objects.get(is_default_site=True)
    for hostname, port, is_default in SETUPS[setup]:
        if is_default or setup == "no default site":
            default.is_default_site = False
            default.save()
        Site.objects.create(
            hostname=hostname, port=port, root_page=root, is_default_site=is_default
        )
    for hostname in HOSTS:
        for port in PORTS:
            expected = wagtails_choice(hostname, port)
            assert site_for_hostname(hostname, port) == expected, (hostname, port)


def test_a_second_site_serves_its_own_pages(client, seeded_site, settings):
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "beirat.example"]
    about = Page.objects.get(slug="ueber-das-gremium")
    Site.objects.create(hostname="beirat.example", port=80, root_page=about)
    response = client.get("/de/", HTTP_HOST="beirat.example")
    assert response.status_code == 200
    assert "<h1>Über das Gremium</h1>" in response.content.decode()
    assert "<h1>Über das Gremium</h1>" not in client.get("/de/").content.decode()
