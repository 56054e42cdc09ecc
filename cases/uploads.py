"""Checks of the signed consent declaration by content, never by file name or browser type."""

import io
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

PDF_SIGNATURE = b"%PDF-"
JPEG_SIGNATURE = b"\xff\xd8\xff"
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
ACTIVE_KEYS = {"/JavaScript", "/JS", "/Launch", "/EmbeddedFile", "/EmbeddedFiles", "/RichMedia"}
# Plain (uncompressed) names; a delimiter after /JS so random bytes of a scan rarely match.
ACTIVE_PATTERN = re.compile(rb"/(JavaScript|Launch|EmbeddedFiles?|RichMedia|JS[\s(<\[/])")
WALK_LIMIT = 100_000

MESSAGE_TYPE = _(
    "This file is not a PDF, JPEG or PNG file. Please upload the signed declaration as a "
    "PDF or as a photo (JPEG or PNG)."
)


def _pdf_check(content):
    # The raw bytes catch plain dictionaries; walking the parsed objects catches those
    # packed into compressed object streams.
    if ACTIVE_PATTERN.search(content):
        raise ValidationError(
            _("This PDF contains scripts or embedded content. Please upload a plain PDF."),
            code="pdf_active",
        )
    try:
        reader = PdfReader(io.BytesIO(content), strict=False)
        if reader.is_encrypted:
            raise ValidationError(
                _(
                    "This PDF is encrypted or password-protected. "
                    "Please upload an unprotected PDF."
                ),
                code="pdf_encrypted",
            )
        catalog = reader.trailer["/Root"]
        names = catalog.get("/Names")
        if names is not None and "/JavaScript" in names.get_object():
            raise ValidationError(
                _("This PDF contains scripts or embedded content. Please upload a plain PDF."),
                code="pdf_active",
            )
        if _has_active_content(reader.trailer):
            raise ValidationError(
                _("This PDF contains scripts or embedded content. Please upload a plain PDF."),
                code="pdf_active",
            )
        if len(reader.pages) < 1:
            raise ValidationError(_("This PDF has no pages."), code="pdf_empty")
    except ValidationError:
        raise
    except (PdfReadError, KeyError, ValueError, TypeError, AttributeError, IndexError) as error:
        raise ValidationError(
            _("This PDF could not be read. Please upload it again or scan the paper anew."),
            code="pdf_broken",
        ) from error
    except Exception as error:  # noqa: BLE001 - any parser failure means: not a usable PDF
        raise ValidationError(
            _("This PDF could not be read. Please upload it again or scan the paper anew."),
            code="pdf_broken",
        ) from error
    return "pdf"


def _has_active_content(trailer):
    seen = set()
    stack = [trailer]
    steps = 0
    while stack:
        steps += 1
        if steps > WALK_LIMIT:
            return True
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            if ACTIVE_KEYS.intersection(item.keys()):
                return True
            if item.get("/S") in ("/JavaScript", "/Launch"):
                return True
            stack.extend(value for key, value in item.items() if key != "/Parent")
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return False


def _image_check(content, kind):
    try:
        with Image.open(io.BytesIO(content)) as image:
            expected = {"jpeg": "JPEG", "png": "PNG"}[kind]
            if image.format != expected:
                raise ValidationError(MESSAGE_TYPE, code="type")
            image.verify()
    except ValidationError:
        raise
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _("This image could not be read. Please take the photo again."), code="image_broken"
        ) from error
    return kind


def consent_file_check(uploaded):
    """Return ``(content, kind)`` for an acceptable upload, else raise ValidationError."""
    limit = settings.CONSENT_FILE_MAX_BYTES
    if uploaded.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if uploaded.size > limit:
        raise ValidationError(
            _("The file is larger than %(megabytes)s MB. Please upload a smaller file.")
            % {"megabytes": limit // (1024 * 1024)},
            code="size",
        )
    uploaded.seek(0)
    content = uploaded.read(limit + 1)
    if len(content) == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if len(content) > limit:
        raise ValidationError(
            _("The file is larger than %(megabytes)s MB. Please upload a smaller file.")
            % {"megabytes": limit // (1024 * 1024)},
            code="size",
        )
    if content.startswith(PDF_SIGNATURE):
        return content, _pdf_check(content)
    if content.startswith(JPEG_SIGNATURE):
        return content, _image_check(content, "jpeg")
    if content.startswith(PNG_SIGNATURE):
        return content, _image_check(content, "png")
    raise ValidationError(MESSAGE_TYPE, code="type")
