"""On a 320 px and a 360 px phone every public page fits the screen in all 12 languages
(WCAG 1.4.10 Reflow): nothing scrolls sideways, nothing is cut off on either side, and radio
buttons and checkboxes sit on the same line as their text. axe finds nothing there either."""

from pathlib import Path

import pytest
from django.conf import settings
from wagtail.models import Page

from advice_centers.models import AdviceCenter
from tests.browser.conftest import axe_violations

pytestmark = pytest.mark.browser

ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
WIDTHS = (320, 360)
# A place the finder knows once a centre records it (``record_a_place``).
PLACE = "Innenstadt-Nord"
FIXED_PATHS = [
    "beratung/?language=ar&topic=residence_law",
    f"beratung/?place={PLACE}",
    "beratung/wegweiser/?step=2&language=fa",
    "beratung/wegweiser/?step=3&language=ar&topic=residence_law",
    "suche/?q=Beratung",
    "accounts/register/",
]
# Forms whose radio buttons and checkboxes must sit beside their text.
CHOICE_PAGES = (
    "beratung/wegweiser/",
    "beratung/wegweiser/?step=2&language=fa",
    "beratung/wegweiser/?step=3&language=ar&topic=residence_law",
    "kontakt/",
)

# Elements reaching beyond the screen on either side. Content inside a box that scrolls
# sideways by itself (a wide data table) is allowed, so are things hidden or clipped away.
OVERFLOWING = """() => {
  const width = window.innerWidth;
  const scrolls = (el) => {
    for (let node = el.parentElement; node && node !== document.body; node = node.parentElement) {
      const overflow = getComputedStyle(node).overflowX;
      if (overflow === 'auto' || overflow === 'scroll') return true;
    }
    return false;
  };
  const found = [];
  for (const el of document.body.querySelectorAll('*')) {
    const rect = el.getBoundingClientRect();
    if (rect.width === 0 || rect.height === 0 || rect.bottom < -100) continue;  // skip link
    if (rect.left >= -1 && rect.right <= width + 1) continue;
    if (el.closest('.visually-hidden') || scrolls(el)) continue;
    const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
      + (el.className && typeof el.className === 'string' ? '.' + el.className.split(' ')[0] : '');
    found.push(`${name} [${Math.round(rect.left)}, ${Math.round(rect.right)}]`);
  }
  return found.slice(0, 5);
}"""

# Radio buttons and checkboxes whose label's first line is not beside them. Bidirectional
# text splits a line into several boxes, so the first line is the union of the boxes at the
# height of the first one.
CHOICES_APART = """() => [...document.querySelectorAll('main [type=radio], main [type=checkbox]')]
  .flatMap((input) => {
    const label = input.closest('label') || document.querySelector(`label[for="${input.id}"]`);
    if (!label) return [`${input.name}: no label`];
    const range = document.createRange();
    range.selectNodeContents(label);
    if (label.contains(input)) range.setStartAfter(input);
    const rects = [...range.getClientRects()].filter((r) => r.width > 0 && r.height > 0);
    const line = rects.filter((r) => r.top < rects[0].bottom && rects[0].top < r.bottom);
    const left = Math.min(...line.map((r) => r.left));
    const right = Math.max(...line.map((r) => r.right));
    const box = input.getBoundingClientRect();
    const sameLine = box.top < rects[0].bottom && rects[0].top < box.bottom;
    const gap = document.dir === 'rtl' ? box.left - right : left - box.right;
    return sameLine && gap >= 0 && gap <= 24 ? [] : [`${input.name}=${input.value}`];
  })"""


def public_paths(code):
    """Every live page of this language's tree, one centre page, and the pages with queries."""
    pages = Page.objects.live().filter(depth__gt=1, locale__language_code=code).specific()
    paths = sorted({page.url.removeprefix(f"/{code}/") for page in pages})
    center = AdviceCenter.objects.filter(locale__language_code=code).first()
    return paths + [f"beratung/{center.slug}/"] + FIXED_PATHS


def record_a_place():
    """One demo centre names the place it serves (in every language, as saving does), so that
    the finder offers the place filter and its results say which places offers serve."""
    AdviceCenter.objects.filter(slug="awo").update(places=[PLACE])


def test_every_public_page_reflows_and_passes_axe_on_a_phone_in_every_language(
    live_multilingual_site, browser
):
    record_a_place()
    failures = []
    for code, _name in settings.LANGUAGES:
        context = browser.new_context(viewport={"width": WIDTHS[0], "height": 740})
        page = context.new_page()
        paths = public_paths(code)
        assert len(paths) >= 15, (code, paths)
        for path in paths:
            url = f"/{code}/{path}"
            response = page.goto(live_multilingual_site + url)
            if response.status != 200:
                failures.append(f"{url}: status {response.status}")
                continue
            # Opened, as a reader opens the menu and the answers: their content must fit too.
            page.evaluate(
                "document.querySelectorAll('details').forEach((d) => { d.open = true; })"
            )
            for width in WIDTHS:
                page.set_viewport_size({"width": width, "height": 740})
                scroll = page.evaluate("document.documentElement.scrollWidth")
                if scroll > width:
                    failures.append(f"{url} @{width}: page is {scroll} px wide")
                if outside := page.evaluate(OVERFLOWING):
                    failures.append(f"{url} @{width}: beyond the screen: {outside}")
                if path in CHOICE_PAGES and (apart := page.evaluate(CHOICES_APART)):
                    failures.append(f"{url} @{width}: choices not beside their text: {apart}")
            # The phone layout is the one most readers get: axe checks it in every language.
            if violations := axe_violations(page):
                failures.append(f"{url}: axe: {violations}")
            page.set_viewport_size({"width": WIDTHS[0], "height": 740})
        context.close()
    assert failures == [], "\n".join(failures)


def test_finder_screenshots_at_320_px(live_multilingual_site, browser):
    """Pictures to look at; the finder with a chosen filter fits in scripts of every width."""
    ARTIFACTS.mkdir(exist_ok=True)
    context = browser.new_context(viewport={"width": 320, "height": 740})
    page = context.new_page()
    for code in ("de", "fr", "ps", "ckb"):
        page.goto(f"{live_multilingual_site}/{code}/beratung/?language=ar")
        page.screenshot(path=str(ARTIFACTS / f"finder-320-{code}.png"), full_page=True)
        assert page.evaluate("document.documentElement.scrollWidth") <= 320, code
    context.close()
