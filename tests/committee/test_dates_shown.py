"""The committee reads dates as its language writes them, never as ISO strings."""

from django.urls import reverse


def test_case_page_shows_dates_in_the_readers_format(member_client, case):
    page = member_client.get(reverse("committee:case_detail", args=[case.reference])).content
    page = page.decode()
    assert "17.05.1990" in page  # the person's date of birth
    assert "02.02.2018" in page  # a household member's
    assert "1990-05-17" not in page
    assert "2018-02-02" not in page
