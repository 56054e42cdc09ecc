"""Hostile input as a browser, a script or a confused reader could send it."""

import os
import string

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

# Direction controls and invisible characters: embedding, override, isolates, marks.
BIDI_CONTROLS = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f\u061c"
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
AWKWARD = (
    BIDI_CONTROLS
    + INVISIBLE
    + "\x00\x01\x1b\x7f\r\n\t\x0b\x0c\x85\u2028\u2029"
    + "<>&\"'`%\\/;:,=?#[]{}|+*"
    # characters outside the Basic Multilingual Plane (surrogate pairs in UTF-16)
    + "\U0001f600\U00010000\U0010fffd\U0001d573"
    # noncharacters and specials that survive UTF-8
    + "\ufffe\uffff\ufffd\ufdd0"
    + "e\u0301\u0338\u20dd"  # combining marks
    + "ﷺ𒐫"  # very wide glyphs
)
SPECIAL_TEXTS = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "null",
    "None",
    "undefined",
    "0",
    "-1",
    "1e309",
    "NaN",
    "-Infinity",
    "9" * 400,
    "9" * 5000,
    "0x1F",
    "٣",  # Arabic-Indic digit three
    "１２",  # fullwidth digits
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "{{ 7*7 }}{% debug %}",
    "' OR 1=1 --",
    "%00",
    "%s%s%s%(x)s",
    "../../../../etc/passwd",
    "rechnung\u202efdp.exe",
    "\u2067مرحبا\u2069 Hallo",
    "سلام \u202eolleh\u202c دنیا",
    "ئەمە دەقێکی کوردییە",
    "ሰላም",
    "\ufeffBOM",
    "Zoë\u0308\u0308\u0308",
    "x\r\ny\rz\n",
]
# Percent escapes of bytes that are no UTF-8, sent unquoted in URL-encoded bodies and query
# strings: lone surrogates, an overlong slash, a code point above U+10FFFF, a cut-off
# sequence. A browser never sends them, a script can; the server must replace them, not fail.
INVALID_UTF8 = ["%ED%A0%80", "%ED%BF%BFx", "%C0%AF", "%F4%90%80%80", "%E2%82"]


# Any character UTF-8 can carry: lone surrogates cannot leave a browser.
CHARACTERS = st.characters(codec="utf-8")


def fuzz_settings(max_examples):
    """Few examples in the normal run; ``HYPOTHESIS_PROFILE=explore`` draws ten times as many.

    Each example resets the database itself (see ``tests/fuzz/conftest.py``), so the
    function-scoped fixtures may be shared across examples.
    """
    scale = 10 if os.environ.get("HYPOTHESIS_PROFILE") == "explore" else 1
    return settings(
        max_examples=max_examples * scale,
        deadline=None,
        suppress_health_check=[
            HealthCheck.function_scoped_fixture,
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
        ],
    )


def long_texts(max_size=100_000):
    """Very long values built by repetition: drawing 10^5 characters one by one is slow."""
    return st.builds(
        lambda chunk, size: (chunk * (size // len(chunk) + 1))[:size],
        st.text(st.one_of(CHARACTERS, st.sampled_from(AWKWARD)), min_size=1, max_size=8),
        st.sampled_from([201, 256, 321, 1001, 3001, 5001, 20_001, max_size]),
    )


def texts():
    return st.one_of(
        st.text(CHARACTERS, max_size=40),
        st.text(st.sampled_from(AWKWARD), max_size=20),
        st.text(st.one_of(CHARACTERS, st.sampled_from(AWKWARD)), max_size=60),
        st.sampled_from(SPECIAL_TEXTS),
        st.sampled_from(INVALID_UTF8),
        long_texts(),
    )


def numbers():
    return st.one_of(
        st.integers(min_value=-(10**30), max_value=10**30).map(str),
        st.integers(min_value=-5, max_value=5).map(str),
        st.floats(allow_nan=True, allow_infinity=True).map(str),
        st.sampled_from(["2147483648", "9223372036854775808", "-0", "+1", " 1 ", "1_000", "1,5"]),
    )


def dates():
    """Dates in every shape: valid, future, far past, local formats and impossible ones."""
    return st.one_of(
        st.dates().map(lambda day: day.isoformat()),
        st.dates().map(lambda day: f"{day.day}.{day.month}.{day.year}"),
        st.datetimes().map(str),
        st.sampled_from(
            [
                "0000-00-00",
                "2020-02-30",
                "2023-02-29",
                "1900-13-01",
                "31/12/1999",
                "12/31/1999",
                "99999-01-01",
                "-0001-01-01",
                "0001-01-01",
                "9999-12-31",
                "1970-01-01T00:00:00Z",
                "today",
                "١٩٩٠-٠١-٠١",
                "1990-01-01\x00",
                "2000-01-01" + "\u202e",
            ]
        ),
    )


def long_email(size):
    """A valid address of ``size`` characters (at most 320: 64 before the @, labels of 63)."""
    local = "x" * min(64, size - 6)
    domain_size = size - len(local) - 1 - len(".org")
    labels = [("d" * 63) for _ in range(domain_size // 64)]
    rest = domain_size - 64 * len(labels)
    if rest > 0:
        labels.append("e" * rest)
    return f"{local}@{'.'.join(labels)}.org".replace("@.", "@e.")


def emails():
    """Addresses that pass or nearly pass the validator, long ones included."""
    label = st.text(string.ascii_lowercase + string.digits, min_size=1, max_size=63)
    return st.one_of(
        st.emails().map(str),
        st.builds(
            lambda local, labels: f"{local}@{'.'.join(labels)}.org",
            st.text(string.ascii_lowercase + string.digits + ".+-_", min_size=1, max_size=64)
            .filter(lambda local: not local.startswith(".") and not local.endswith("."))
            .filter(lambda local: ".." not in local),
            st.lists(label, min_size=1, max_size=4),
        ),
        st.integers(min_value=140, max_value=330).map(long_email),
        st.sampled_from(
            [
                "a@b",
                "@example.org",
                "name@",
                "name@@example.org",
                "ñame@exämple.org",
                "name@example.org\x00",
                "name@example.org\u202e",
                "name@[127.0.0.1]",
                '"quoted name"@example.org',
            ]
        ),
    )


def values():
    """Any one value for a field."""
    return st.one_of(texts(), numbers(), dates(), emails())


def field_values(base):
    """Whatever a field may receive: a hostile value, several values, or the expected one."""
    return st.one_of(
        values(),
        st.lists(values(), min_size=2, max_size=3),
        st.just(base),
    )


@st.composite
def tampered(draw, base, *, fields=None, keep=()):
    """``base`` (field -> value) with random fields replaced, repeated or left out, and
    unknown fields added. ``fields`` maps a field to its own strategy; ``keep`` lists
    fields that are never touched. Returns field -> list of values."""
    fields = fields or {}
    data = {}
    for key, value in base.items():
        if key in keep:
            data[key] = [value]
            continue
        action = draw(st.sampled_from(["keep", "keep", "replace", "replace", "drop", "many"]))
        if action == "keep":
            data[key] = [value]
        elif action == "replace":
            data[key] = [draw(fields.get(key, values()))]
        elif action == "many":
            data[key] = draw(st.lists(fields.get(key, values()), min_size=2, max_size=3))
    extra = draw(
        st.dictionaries(
            st.text(CHARACTERS, min_size=1, max_size=20).filter(lambda key: key not in base),
            st.lists(values(), min_size=1, max_size=2),
            max_size=2,
        )
    )
    data.update(extra)
    return data


def encodings():
    return st.sampled_from(["multipart", "urlencoded"])
