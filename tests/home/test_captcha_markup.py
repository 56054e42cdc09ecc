"""The security code's markup is valid HTML on every form that asks for it.

The Nu Html Checker is not available offline; these tests check what it reported: attributes
that HTML does not allow on ``<input type="hidden">``.
"""

from html.parser import HTMLParser

import pytest

# What the HTML standard lets a hidden input carry besides the global attributes.
HIDDEN_INPUT_ATTRIBUTES = {"type", "name", "value", "id", "form", "disabled"}
# Global attributes (or their values) the checker rejects on a hidden input.
NOT_ON_HIDDEN = {"required", "placeholder", "autocomplete", "spellcheck", "readonly", "pattern"}

CAPTCHA_FORMS = ["/de/kontakt/", "/de/barrierefreiheit/", "/de/accounts/register/"]


class _Inputs(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.inputs = []
        self.ids = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if "id" in attrs:
            self.ids.append(attrs["id"])
        if tag == "input":
            self.inputs.append(attrs)


def _parse(html):
    parser = _Inputs()
    parser.feed(html)
    return parser


@pytest.mark.django_db
@pytest.mark.parametrize("path", CAPTCHA_FORMS)
def test_captcha_key_is_a_valid_hidden_input(client, seeded_site, path):
    response = client.get(path)
    assert response.status_code == 200
    parsed = _parse(response.content.decode())
    (key,) = [attrs for attrs in parsed.inputs if attrs.get("name") == "captcha_0"]
    assert key["type"] == "hidden"
    assert key["value"]
    assert set(key) <= HIDDEN_INPUT_ATTRIBUTES, set(key) - HIDDEN_INPUT_ATTRIBUTES
    assert not [name for name in key if name.startswith("aria-") or name in NOT_ON_HIDDEN]
    # The answer box keeps what helps readers type the code.
    (answer,) = [attrs for attrs in parsed.inputs if attrs.get("name") == "captcha_1"]
    assert answer["autocomplete"] == "off"
    assert "required" in answer
    assert answer["aria-describedby"] == "id_captcha_helptext"


@pytest.mark.django_db
@pytest.mark.parametrize("path", CAPTCHA_FORMS)
def test_form_pages_with_a_captcha_have_no_duplicate_ids(client, seeded_site, path):
    ids = _parse(client.get(path).content.decode()).ids
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


@pytest.mark.django_db
@pytest.mark.parametrize("path", CAPTCHA_FORMS)
def test_audio_version_of_the_code_is_offered_on_every_captcha_form(client, seeded_site, path):
    html = client.get(path).content.decode()
    assert 'href="/captcha/audio/' in html
