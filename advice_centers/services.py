"""What the directory does: contact cards for phones, structured data, the flyer, imports."""

import copy
import csv
import hashlib
import io
import json
import uuid
from dataclasses import dataclass, field

import segno
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.db import transaction
from django.template.loader import render_to_string
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail_localize.models import TranslationSource
from weasyprint import HTML

from advice_centers.centers import STRUCTURED_FIELDS, STRUCTURED_STREAMS, AdviceCenter
from advice_centers.choices import SCHEMA_DAYS, WEEKDAY_EXPORT
from advice_centers.forms import CenterRowForm
from advice_centers.selectors import center_translation_source
from home.rules_text import intake_statements

# ---------------------------------------------------------------------------------------------
# One centre in every language
#
# A centre exists once per language, as rows sharing a translation key. Only their text is
# translated (``AdviceCenter.translatable_fields``); the rest is the same in every row. Saving
# one row copies that data to the others in the same transaction, whichever way the row was
# saved (admin, CSV import, wagtail-localize, shell), through the centre's save signals.
# wagtail-localize would copy it only when an editor syncs translations by hand, and until then
# the finder in one language would show other languages, hours and phone numbers than in another.

# Set on a row while its data is being copied from another one, so that its own save signals do
# not copy it back (and on and on).
SYNCING = "_structured_data_syncing"


def _as_stored(value):
    # As the database stores it: times as text, whether a block was read or newly set.
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def _stream_blocks(center, name):
    stream = getattr(center, name)
    # Reading every block first gives each one all its parts: blocks not yet read would be
    # returned as stored, without the parts that were empty when they were saved.
    list(stream)
    return _as_stored(stream.get_prep_value())


def _merge_stream(name, *, structure, text):
    """The blocks of ``structure`` with the translated text of ``text``'s blocks of the same id.

    Block ids stay the same across translations (wagtail-localize copies the stream and fills
    in the translated parts), so a block's id finds its translation. A new block, or one whose
    text was removed in ``structure``, takes the text of ``structure``.
    """
    child_blocks = AdviceCenter._meta.get_field(name).stream_block.child_blocks
    translated = {block.get("id"): block["value"] for block in text}
    merged = []
    for block in structure:
        value = dict(block["value"])
        own = translated.get(block.get("id")) or {}
        for part in getattr(child_blocks.get(block["type"]), "text_parts", ()):
            if value.get(part) and own.get(part):
                value[part] = own[part]
        merged.append({**block, "value": value})
    return merged


def center_structure_copy(*, source, target):
    """Gives ``target`` the data of ``source`` and keeps its own text; returns the names of
    the fields that changed."""
    changed = []
    for name in STRUCTURED_FIELDS:
        value = getattr(source, name)
        if getattr(target, name) != value:
            setattr(target, name, copy.deepcopy(value))
            changed.append(name)
    for name in STRUCTURED_STREAMS:
        before = _stream_blocks(target, name)
        merged = _merge_stream(name, structure=_stream_blocks(source, name), text=before)
        if merged != before:
            setattr(target, name, merged)
            changed.append(name)
    return changed


def center_structure_from_source(*, center):
    """Before a translation of a centre is saved: its data from the centre it is translated
    from. Returns whether there is one.

    wagtail-localize fills a translation from the source content it stored when translation
    was last requested, which may be older than the source centre; the source centre itself is
    what the directory shows.
    """
    source = center_translation_source(center)
    if source is None:
        return False
    center_structure_copy(source=source, target=center)
    return True


def center_translations_sync(*, center):
    """After a centre was saved: its data in every other language, in the same transaction.

    Each copy is saved on its own (not with ``update()``), so that its save signals invalidate
    the cached pages and flyers and update the search index. The stored source content of
    wagtail-localize is brought up to date too: its report then shows which translations wait
    for changed text, and a translation saved later starts from the current data.
    """
    with transaction.atomic():
        copies = [center]
        others = AdviceCenter.objects.filter(translation_key=center.translation_key).exclude(
            pk=center.pk
        )
        for other in others.select_for_update():
            changed = center_structure_copy(source=center, target=other)
            if changed:
                setattr(other, SYNCING, True)
                try:
                    other.save(update_fields=changed)
                finally:
                    setattr(other, SYNCING, False)
            copies.append(other)
        by_locale = {row.locale_id: row for row in copies}
        sources = TranslationSource.objects.filter(
            object_id=center.translation_key, locale_id__in=by_locale
        ).values_list("locale_id", flat=True)
        for locale_id in sources:
            TranslationSource.update_or_create_from_instance(by_locale[locale_id])


# ---------------------------------------------------------------------------------------------
# vCard (RFC 6350, version 4.0)


def _vcard_escape(text):
    return (
        str(text)
        .replace("\\", "\\\\")
        .replace(",", "\\,")
        .replace(";", "\\;")
        .replace("\r\n", "\\n")
        .replace("\n", "\\n")
    )


def _vcard_fold(line):
    """Lines longer than 75 octets continue on the next line after a space (RFC 6350 3.2),
    never splitting a UTF-8 character."""
    out, current, size = [], "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        limit = 75 if not out else 74
        if size + width > limit:
            out.append(current)
            current, size = "", 0
        current += char
        size += width
    out.append(current)
    return "\r\n ".join(out)


def center_vcard(*, center, url):
    """The centre as a vCard 4.0 organisation card; only fields the centre has.

    No bidi control characters (FSI/PDI, marks): address books copy them into dialled numbers,
    mail addresses and names, where they break a call or a search. Each value is a field of its
    own, so the reader's address book lays it out with the text's own direction."""
    lines = ["BEGIN:VCARD", "VERSION:4.0", "KIND:org", f"FN:{_vcard_escape(center.name)}"]
    organisation = center.organisation or center.name
    lines.append(f"ORG:{_vcard_escape(organisation)}")
    if center.has_address:
        parts = ["", "", center.street, center.city, center.district, center.postcode, ""]
        lines.append("ADR;TYPE=work:" + ";".join(_vcard_escape(part) for part in parts))
    for _label, _number, uri in center.phone_entries:
        lines.append(f"TEL;TYPE=work,voice;VALUE=uri:{uri}")
    if center.email:
        lines.append(f"EMAIL;TYPE=work:{_vcard_escape(center.email)}")
    if center.website:
        lines.append(f"URL;TYPE=work:{center.website}")
    lines.append(f"SOURCE:{url}")
    for index, (code, _label, _native) in enumerate(center.language_entries, start=1):
        lines.append(f"LANG;PREF={index}:{code}")
    if center.latitude is not None and center.longitude is not None:
        lines.append(f"GEO:geo:{center.latitude},{center.longitude}")
    note = [center.description] if center.description else []
    note += [hours_line(row) for row in center.hour_rows]
    if note:
        lines.append("NOTE:" + _vcard_escape("\n".join(note)))
    lines.append(f"UID:urn:uuid:{center.translation_key}")
    lines.append("END:VCARD")
    return "\r\n".join(_vcard_fold(line) for line in lines) + "\r\n"


def hours_line(row):
    text = str(row["weekday_label"])
    if row["opens"] and row["closes"]:
        text += f" {row['opens']:%H:%M}–{row['closes']:%H:%M}"
    if row["note"]:
        text += f" ({row['note']})"
    return text


# ---------------------------------------------------------------------------------------------
# schema.org


def center_json_ld(*, center, url):
    """schema.org LocalBusiness with only the properties the centre has."""
    phones = center.phone_entries
    telephone = phones[0][1] if phones else ""
    data = {
        "@context": "https://schema.org",
        "@type": "LocalBusiness",
        "name": center.name,
        "url": center.website or url,
    }
    optional = {
        "description": center.description,
        "parentOrganization": _json_ld_parent_organisation(center),
        "address": _json_ld_address(center),
        "telephone": telephone,
        "email": center.email,
        "contactPoint": _json_ld_contact_point(center, telephone=telephone),
        "openingHoursSpecification": _json_ld_opening_hours(center),
        "geo": _json_ld_geo(center),
        # An offer that names no place serves every place: then nothing is said.
        "areaServed": list(center.places or []),
        "amenityFeature": _json_ld_wheelchair_access(center),
    }
    data.update((key, value) for key, value in optional.items() if value)
    return data


def _json_ld_parent_organisation(center):
    if not center.organisation or center.organisation == center.name:
        return None
    return {"@type": "Organization", "name": center.organisation}


def _json_ld_address(center):
    if not center.has_address:
        return None
    parts = {
        "streetAddress": center.street,
        "postalCode": center.postcode,
        "addressLocality": center.city,
        "addressRegion": center.district,
    }
    return {"@type": "PostalAddress", **{key: value for key, value in parts.items() if value}}


def _json_ld_contact_point(center, *, telephone):
    """The counselling contact, or None when the centre gives neither phone, e-mail nor
    languages: a contact point with only its type says nothing."""
    details = {
        "telephone": telephone,
        "email": center.email,
        "availableLanguage": list(center.languages or []),
    }
    details = {key: value for key, value in details.items() if value}
    if not details:
        return None
    return {"@type": "ContactPoint", "contactType": "counselling", **details}


def _json_ld_opening_hours(center):
    hours = []
    for row in center.hour_rows:
        spec = {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": f"https://schema.org/{SCHEMA_DAYS[row['weekday']]}",
        }
        if row["opens"] and row["closes"]:
            spec["opens"] = f"{row['opens']:%H:%M}"
            spec["closes"] = f"{row['closes']:%H:%M}"
        if row["note"]:
            spec["description"] = row["note"]
        hours.append(spec)
    return hours


def _json_ld_geo(center):
    if center.latitude is None or center.longitude is None:
        return None
    return {
        "@type": "GeoCoordinates",
        "latitude": float(center.latitude),
        "longitude": float(center.longitude),
    }


def _json_ld_wheelchair_access(center):
    # Unknown (None) says nothing; "no" is worth telling.
    if center.barrier_free is None:
        return None
    return {
        "@type": "LocationFeatureSpecification",
        "name": "wheelchairAccessible",
        "value": center.barrier_free,
    }


def json_ld_text(data):
    """JSON for a ``<script type="application/ld+json">`` element: nothing in it can close
    the element or start markup."""
    text = json.dumps(data, ensure_ascii=False, indent=None)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


# ---------------------------------------------------------------------------------------------
# Flyer

FLYER_VERSION_KEY = "advice_centers:flyer-version"
FLYER_TIMEOUT = 60 * 60 * 24 * 30


def _flyer_version_bump():
    cache.set(FLYER_VERSION_KEY, uuid.uuid4().hex, None)


def center_directory_changed():
    """Invalidates every cached flyer: a new version makes the old keys unreachable.

    Once now, so that this process sees the change at once, and again after the transaction
    commits, so that a flyer another process rendered from the old data meanwhile is not kept.
    """
    _flyer_version_bump()
    transaction.on_commit(_flyer_version_bump)


def _flyer_version():
    version = cache.get(FLYER_VERSION_KEY)
    if version is None:
        version = uuid.uuid4().hex
        if not cache.add(FLYER_VERSION_KEY, version, None):
            version = cache.get(FLYER_VERSION_KEY, version)
    return version


def qr_svg(url):
    qr = segno.make(url, error="m")
    return qr.svg_inline(scale=4, dark="#000", light="#fff", omitsize=False)


def flyer_pdf(*, page, centers, place, finder_url, language_code, bidi, today):
    """The flyer of ``centers`` (every offer, or those serving ``place``) as PDF bytes, dated
    ``today``; cached until a centre or the page changes, or the day ends."""
    key = ":".join(
        [
            "advice_centers:flyer",
            _flyer_version(),
            str(page.pk),
            str(page.latest_revision_id or 0),
            language_code,
            today.isoformat(),
            # Hashed: a place name may hold characters a cache key may not.
            hashlib.sha256(place.encode()).hexdigest()[:16] if place else "all",
        ]
    )
    pdf = cache.get(key)
    if pdf is None:
        pdf = render_flyer_pdf(
            page=page,
            centers=centers,
            place=place,
            finder_url=finder_url,
            language_code=language_code,
            bidi=bidi,
            today=today,
        )
        cache.set(key, pdf, FLYER_TIMEOUT)
    return pdf


def render_flyer_pdf(*, page, centers, place, finder_url, language_code, bidi, today):
    html = render_to_string(
        "advice_centers/flyer.html",
        {
            "page": page,
            "centers": centers,
            "place": place,
            "today": today,
            "finder_url": finder_url,
            "qr_svg": qr_svg(finder_url),
            "language_code": language_code,
            "bidi": bidi,
        },
    )
    return HTML(string=html, base_url=finder_url).write_pdf()


# ---------------------------------------------------------------------------------------------
# CSV import and export

CSV_COLUMNS = list(CenterRowForm.base_fields)


def center_export_row(center):
    """A centre as the CSV import reads it, so an export can be edited and imported again."""
    row = {}
    for column in CSV_COLUMNS:
        value = getattr(center, column)
        if column == "phones":
            value = "; ".join(
                f"{label}: {number}" if label else number
                for label, number, _uri in center.phone_entries
            )
        elif column == "hours":
            value = "; ".join(
                " ".join(
                    part
                    for part in (
                        WEEKDAY_EXPORT.get(row["weekday"], ""),
                        f"{row['opens']:%H:%M}-{row['closes']:%H:%M}"
                        if row["opens"] and row["closes"]
                        else "",
                        row["note"],
                    )
                    if part
                )
                for row in center.hour_rows
            )
        elif column in ("languages", "topics", "places"):
            value = ", ".join(value or [])
        elif isinstance(value, bool):
            value = "yes" if value else "no"
        elif value is None:
            value = ""
        row[column] = str(value)
    return row


@dataclass
class ImportResult:
    errors: list = field(default_factory=list)  # (line number, message)
    created: int = 0
    updated: int = 0

    @property
    def ok(self):
        return not self.errors


def _read_rows(data):
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return None, [(0, _("The file is not UTF-8 encoded text. Save it as “CSV UTF-8”."))]
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        header = [column.strip().lower() for column in next(reader)]
    except StopIteration:
        return None, [(1, _("The file is empty."))]
    except csv.Error as error:
        return None, [(1, str(error))]
    errors = []
    unknown = [column for column in header if column and column not in CSV_COLUMNS]
    if unknown:
        errors.append(
            (
                1,
                _("Unknown columns: %(columns)s. Allowed: %(allowed)s.")
                % {"columns": ", ".join(unknown), "allowed": ", ".join(CSV_COLUMNS)},
            )
        )
    if "name" not in header:
        errors.append((1, _("The column “name” is missing.")))
    if errors:
        return None, errors
    rows = []
    line = reader.line_num + 1
    try:
        for values in reader:
            if any(value.strip() for value in values):
                if len(values) > len(header):
                    errors.append((line, _("This row has more cells than the header.")))
                else:
                    rows.append((line, dict(zip(header, values, strict=False))))
            line = reader.line_num + 1
    except csv.Error as error:
        errors.append((line, str(error)))
    return rows, errors


def center_import_csv(*, data, locale):
    """Creates or updates centres (matched by slug in ``locale``) from CSV bytes.

    Every row is checked first; if any row is bad, nothing is saved and every bad row is
    reported with its line number in the file.
    """
    result = ImportResult()
    rows, errors = _read_rows(data)
    result.errors.extend(errors)
    if rows is None:
        return result
    cleaned_rows = _clean_rows(rows, errors=result.errors)
    if result.errors:
        return result
    _save_rows(cleaned_rows, locale=locale, result=result)
    return result


def _clean_rows(rows, *, errors):
    """The values of every row, checked and converted; each problem goes into ``errors``."""
    cleaned_rows = []
    seen_slugs = {}
    for line, values in rows:
        values = {key: value.strip() for key, value in values.items()}
        form = CenterRowForm(values)
        valid = form.is_valid()
        for name, messages in form.errors.items():
            errors.extend((line, f"{name}: {message}") for message in messages)
        slug = values.get("slug") or slugify(values.get("name", ""))[:100]
        slug_error = _slug_error(slug, name=values.get("name"), seen_slugs=seen_slugs)
        if slug_error:
            errors.append((line, slug_error))
            continue
        if slug:
            seen_slugs[slug] = line
        if valid:
            cleaned = form.cleaned_data
            # Only columns present in the file change a centre; missing columns keep their value.
            present = {key: cleaned[key] for key in values if key in cleaned}
            present["slug"] = slug
            cleaned_rows.append(present)
    return cleaned_rows


def _slug_error(slug, *, name, seen_slugs):
    if slug and slug in seen_slugs:
        return _("slug: “%(slug)s” is already used in line %(line)s.") % {
            "slug": slug,
            "line": seen_slugs[slug],
        }
    if name and not slug:
        return _("slug: cannot be made from the name; add a slug.")
    return None


def _save_rows(cleaned_rows, *, locale, result):
    with transaction.atomic():
        slugs = [values["slug"] for values in cleaned_rows]
        existing = {
            center.slug: center
            for center in AdviceCenter.objects.filter(locale=locale, slug__in=slugs)
        }
        for values in cleaned_rows:
            center = existing.get(values["slug"]) or AdviceCenter(locale=locale)
            created = center.pk is None
            for key, value in values.items():
                setattr(center, key, _stream_value(key, value, center=center))
            center.save()
            if created:
                result.created += 1
            else:
                result.updated += 1


STREAM_BLOCKS = {
    "phones": ("phone", ("number",), ("label",)),
    "hours": ("slot", ("weekday", "opens", "closes"), ("note",)),
}


def _stream_value(key, value, *, center):
    """The import's phones and hours as the centre's StreamFields take them.

    A phone number or consultation slot the centre has already keeps its block's id, so that
    the translations of its label or note stay with it (``_merge_stream``): one with the same
    data, else one with the same text (a new number for the same office, new times for the
    same slot). Anything else is new and shows its German text until it is translated.
    """
    if key not in STREAM_BLOCKS:
        return value
    block_type, data_parts, text_parts = STREAM_BLOCKS[key]
    unused = _stream_blocks(center, key) if center.pk else []
    items = [_as_stored(item) for item in value]
    ids = [None] * len(items)
    for parts in (data_parts, text_parts):
        for index, item in enumerate(items):
            if ids[index] is not None or not all(item.get(part) for part in parts):
                continue
            for block in unused:
                if all(block["value"].get(part) == item.get(part) for part in parts):
                    ids[index] = block["id"]
                    unused.remove(block)
                    break
    return [
        {"type": block_type, "value": item, "id": block_id or str(uuid.uuid4())}
        for item, block_id in zip(items, ids, strict=True)
    ]


# ---------------------------------------------------------------------------------------------
# The sheet a reader takes to an appointment at an advice centre

# The grounds for a particular hardship the committees' working rules name (seeds 000, 003:
# length of stay, health, social and economic integration, supporting oneself) as the short
# application asks for them, each with the papers that can show it.
APPOINTMENT_GROUNDS = (
    ("Length of stay", "Papers that show when you came to Germany"),
    ("Health", "Medical certificates and reports"),
    (
        "School, training or work",
        "School reports, training or work contracts, certificates from school or work",
    ),
    ("Language skills", "Language certificates"),
    ("Earning your own living", "Pay slips or other proof of your own income"),
    ("Family ties", "Papers on your family members in Germany"),
)


def appointment_sheet_sections(*, rules):
    """The sheet's text in the active language: what to bring, what the advisor will ask,
    which cases the committee does not take up under ``rules``, and what happens next.

    Every string is evaluated here, so calling it under ``translation.override`` gives the
    sheet in that language.
    """
    grounds = [(_(label), _(papers)) for label, papers in APPOINTMENT_GROUNDS]
    return {
        "title": _("Prepare your appointment at the advice centre"),
        "intro": _("Take this sheet to your appointment."),
        # From the rules, in the rules page's words: who may bring a case, and through which
        # channels besides advice centres, differs between committees.
        "who_heading": _("Who can bring a case"),
        "who": intake_statements(rules),
        "bring_heading": _("Papers to bring"),
        "bring": [
            _("Your identity and residence papers, for example your Duldung"),
            _("Letters from the foreigners' authority, with its file number"),
            _("The date you entered Germany"),
            _(
                "For each member of your household: relation to you, date of birth and "
                "residence status"
            ),
        ],
        "evidence_heading": _("Evidence, if you have it"),
        "evidence": [papers for _label, papers in grounds],
        "ask_heading": _("What the advisor will ask you about"),
        "ask_intro": _(
            "The application has to set out everything that may speak for a particular "
            "hardship. Think in advance about:"
        ),
        "ask": [label for label, _papers in grounds],
        "exclusions_heading": _("Cases the committee does not take up"),
        "exclusions": [str(statement) for statement in rules.exclusion_statements()],
        "consent_heading": _("Consent"),
        # Only where nobody but an advice centre's advisor brings a case is it the advisor
        # who submits it.
        "consent": _(
            "Your case can only be submitted after you have read and signed the consent "
            "declaration."
        )
        if rules.applicant_kinds_without_centre()
        else _(
            "Your advisor can only submit your case after you have read and signed the consent "
            "declaration."
        ),
        "next_heading": _("What happens next"),
        "next": _(
            "The committee gives an assessment of your case. There is no right to have a case "
            "taken up. The foreigners' authority remains free in its decision."
        ),
    }
