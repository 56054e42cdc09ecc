"""What every answer to bad input must show: each error next to its field, errors without a
field at the top, and what the person typed still in the form."""

import re
from urllib.parse import quote_plus, unquote

from django import forms
from django.core.exceptions import NON_FIELD_ERRORS
from django.forms.widgets import ChoiceWidget
from django.utils import translation
from django.utils.functional import Promise
from django.utils.html import escape

from tests.fuzz.strategies import INVALID_UTF8

# Widgets that never show the sent value again, by design or because they cannot.
NOT_ECHOED = (
    forms.PasswordInput,
    forms.FileInput,
    forms.HiddenInput,
    forms.CheckboxInput,
    ChoiceWidget,
    forms.MultiWidget,
)


def query_string(data):
    """``data`` (field -> list of values) URL-encoded, invalid UTF-8 left as it is."""
    return "&".join(
        f"{quote_plus(key)}={_encoded(value)}" for key, items in data.items() for value in items
    )


def post(client, path, data, *, encoding, files=None, **extra):
    """POST ``data`` (field -> list of values) as a browser would, in either encoding."""
    if encoding == "urlencoded" and not files:
        body = query_string(data)
        return client.post(path, body, content_type="application/x-www-form-urlencoded", **extra)
    payload = {key: items for key, items in data.items()}
    payload.update(files or {})
    return client.post(path, payload, **extra)


def _encoded(value):
    return value if value in INVALID_UTF8 else quote_plus(str(value))


def received(value, encoding):
    """The value as the server reads it: invalid UTF-8 becomes replacement characters."""
    if encoding == "urlencoded" and value in INVALID_UTF8:
        return unquote(value, errors="replace")
    return value


def multipart_safe(data):
    """Browsers escape quotes and line breaks in field names; raw ones would only test the
    multipart parser, which answers 400 before any form sees the data."""
    return {key: items for key, items in data.items() if not set(key) & set('"\r\n')}


def _tag(html, element_id):
    match = re.search(
        rf'<(?:input|textarea|select)\b[^>]*\bid="{re.escape(element_id)}"[^>]*>', html
    )
    return match.group(0) if match else None


def _errors_of(form, language):
    """Field -> messages as the reader sees them; fails on a message that a translation
    exists for in English only."""
    shown = {}
    for name, errors in form.errors.as_data().items():
        shown[name] = []
        for error in errors:
            with translation.override(language):
                message = next(iter(error))
            if isinstance(error.message, Promise) and language != "en":
                with translation.override("en"):
                    english = next(iter(error))
                assert message != english, f"{name!r}: {english!r} is not translated"
            shown[name].append(message)
    return shown


def assert_fits_columns(instance):
    """What was stored fits its columns: SQLite would keep an over-long value that
    PostgreSQL refuses with an error."""
    for field in instance._meta.concrete_fields:
        value = getattr(instance, field.attname)
        if getattr(field, "max_length", None) and isinstance(value, str):
            assert len(value) <= field.max_length, f"{field.name}: {len(value)} characters"


MARKUP = ("<script", "<img", '"><')


def assert_no_markup_injected(html, data):
    """Markup or template syntax someone sent never comes back unescaped."""
    for items in data.values():
        for value in items:
            if isinstance(value, str) and any(marker in value for marker in MARKUP):
                assert value not in html, f"sent markup in the page: {value[:80]!r}"


def assert_errors_shown(html, form, *, top_end, language="de"):
    """Each field error, in the reader's language, in the element the field's input points
    at; non-field errors at the top of the page (before ``top_end``); no error on a field
    the reader cannot see."""
    top = html[: html.index(top_end)]
    for name, messages in _errors_of(form, language).items():
        if name == NON_FIELD_ERRORS:
            for message in messages:
                assert escape(message) in top, f"non-field error not at the top: {message!r}"
            continue
        bound = form[name]
        assert not bound.is_hidden, f"error on hidden field {name!r} cannot be seen: {messages}"
        block = re.search(
            rf'<p class="error-message" id="{re.escape(bound.auto_id)}_error">(.*?)</p>',
            html,
            re.S,
        )
        assert block, f"no error message next to {name!r}: {messages}"
        for message in messages:
            assert escape(message) in block.group(1), f"{name!r}: {message!r} not shown"
        if not bound.use_fieldset:
            tag = _tag(html, bound.id_for_label)
            assert tag, f"input of {name!r} not found"
            assert 'aria-invalid="true"' in tag, tag[:300]
            described = re.search(r'aria-describedby="([^"]*)"', tag)
            assert described and f"{bound.auto_id}_error" in described.group(1).split(), tag[:300]


def assert_non_form_errors_shown(html, formset, *, top_end, language="de"):
    """A formset's own errors (rows missing, too many rows) at the top of the page."""
    top = html[: html.index(top_end)]
    with translation.override(language):
        for error in formset.non_form_errors():
            assert escape(error) in top, f"formset error not at the top: {error!r}"
        if language != "en":
            for error in formset.non_form_errors().as_data():
                if isinstance(error.message, Promise):
                    with translation.override("en"):
                        english = next(iter(error))
                    assert next(iter(error)) != english, f"{english!r} is not translated"


def assert_values_kept(html, form, data, *, encoding):
    """Text the person typed comes back in the form, escaped (the last of repeated values,
    as the form reads it)."""
    for name, field in form.fields.items():
        if isinstance(field.widget, NOT_ECHOED):
            continue
        sent = data.get(form.add_prefix(name))
        if not sent or not isinstance(sent[-1], str) or not sent[-1]:
            continue
        value = received(sent[-1], encoding)
        assert escape(value) in html, f"{name!r} lost: {value[:80]!r}"
