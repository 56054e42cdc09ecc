"""The committee area has a header of its own: who is logged in and the way out, no public
language list, search or menu."""

from django.urls import reverse

from tests.committee.conftest import client_login


def test_committee_pages_show_who_is_logged_in_and_no_public_header(
    seeded_site, member_client, member, case
):
    member.first_name, member.last_name = "Erika", "Mitglied"
    member.save()
    for url in (
        reverse("committee:case_list"),
        reverse("committee:case_detail", args=[case.reference]),
        reverse("committee:session_list"),
    ):
        page = member_client.get(url).content.decode()
        assert "Angemeldet als <bdi>Erika Mitglied</bdi>" in page
        assert f'action="{reverse("accounts:logout")}"' in page
        assert 'class="search-form"' not in page
        assert 'class="lang-switcher"' not in page
        assert reverse("accounts:login") not in page  # the footer's "Log in"
        assert ">Impressum</a>" in page


def test_advisor_pages_show_who_is_logged_in_and_keep_the_legal_links(
    client, seeded_site, advisor, case
):
    advisor.first_name, advisor.last_name = "Bea", "Beraterin"
    advisor.save()
    client_login(client, advisor)
    for url in (reverse("cases:case_list"), reverse("cases:case_detail", args=[case.reference])):
        page = client.get(url).content.decode()
        assert "Angemeldet als <bdi>Bea Beraterin</bdi>" in page
        assert 'class="search-form"' not in page
        assert reverse("accounts:login") not in page
        # Advisors print the consent text in the person's language: the switcher stays.
        assert 'class="lang-switcher"' in page
        assert ">Impressum</a>" in page


def test_the_office_finds_its_sessions_from_the_admin(client, office):
    client_login(client, office)
    dashboard = client.get("/admin/").content.decode()
    assert "/committee/sessions/" in dashboard
