"""Checks of uploaded documents (the signed consent declaration, evidence) by content, never by
file name or browser type.

A PDF that would contact another computer, open another file or run anything when a committee
member opens it is refused, not rewritten: a rewritten copy could silently lose what the signed
original shows, and keeping both would mean storing two files per document.
"""

import io
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from PIL import Image, UnidentifiedImageError
from PIL.Image import DecompressionBombError, DecompressionBombWarning
from pypdf import PdfReader
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    IndirectObject,
    StreamObject,
)

KIND_PDF = "pdf"
KIND_JPEG = "jpeg"
KIND_PNG = "png"
SIGNATURES = (
    (b"%PDF-", KIND_PDF),
    (b"\xff\xd8\xff", KIND_JPEG),
    (b"\x89PNG\r\n\x1a\n", KIND_PNG),
)
PILLOW_FORMATS = {KIND_JPEG: "JPEG", KIND_PNG: "PNG"}

# Scripts and files carried inside the PDF.
SCRIPT_KEYS = {"/JavaScript", "/JS", "/EmbeddedFiles", "/RichMedia"}
# Annotations that play media, show 3D models (which carry their own scripts) or attach files.
ACTIVE_ANNOTATIONS = {"/Movie", "/Sound", "/Screen", "/RichMedia", "/3D", "/FileAttachment"}
# Every action type but /GoTo, which only jumps to a place in the same document. The others
# open web addresses, send or fetch form data, start programs, open other (also remote or UNC
# path) files, play media or run viewer commands.
REFUSED_ACTIONS = {
    "/URI",
    "/SubmitForm",
    "/ResetForm",
    "/ImportData",
    "/Launch",
    "/GoToR",
    "/GoToE",
    "/GoToDp",
    "/Thread",
    "/JavaScript",
    "/Sound",
    "/Movie",
    "/Rendition",
    "/RichMediaExecute",
    "/GoTo3DView",
    "/Hide",
    "/Named",
    "/SetOCGState",
    "/Trans",
}
# Keys whose value is an action (a dictionary with /S) or, for /OpenAction, a destination.
ACTION_KEYS = ("/A", "/OpenAction", "/Next")
WALK_LIMIT = 100_000

PDF_ACTIVE = "pdf_active"
PDF_ACTIONS = "pdf_actions"
PDF_XFA = "pdf_xfa"
PDF_BROKEN = "pdf_broken"

# Plain (uncompressed) names outside stream data, where a viewer that repairs a damaged file
# might find what the parser does not. A delimiter must follow so a font named /JSMincho or a
# subset tag like /AAAAAB+Arial does not count.
_END = rb"(?=[\s/<>\[\]()%])"
RAW_PATTERNS = (
    (re.compile(rb"/(JavaScript|JS|EmbeddedFiles?|RichMedia)" + _END), PDF_ACTIVE),
    (
        re.compile(rb"/(SubmitForm|ImportData|Launch|GoToR|GoToE)" + _END + rb"|/S\s*/URI" + _END),
        PDF_ACTIONS,
    ),
    (re.compile(rb"/AA\s*<<"), PDF_ACTIONS),
    (re.compile(rb"/XFA" + _END), PDF_XFA),
)

MESSAGE_TYPE = _(
    "This file is not a PDF, JPEG or PNG file. Please upload the signed declaration as a "
    "PDF or as a photo (JPEG or PNG)."
)
PDF_MESSAGES = {
    PDF_ACTIVE: _("This PDF contains scripts or embedded content. Please upload a plain PDF."),
    PDF_ACTIONS: _(
        "This PDF contains links or automatic actions that open web pages, send form data or "
        "open other files. Please print the document and scan it, or save it again as a PDF "
        "without links and form fields."
    ),
    PDF_XFA: _(
        "This PDF is an interactive form (XFA form) that can load content from elsewhere. "
        "Please print the document and scan it, or save it again as a PDF without form fields."
    ),
    PDF_BROKEN: _("This PDF could not be read. Please upload it again or scan the paper anew."),
}


def _pdf_refusal(code):
    return ValidationError(PDF_MESSAGES[code], code=code)


def _outside_streams(content):
    """The bytes between stream data: stream data is compressed or binary (images, fonts), names
    in it mean nothing and random bytes would match now and then. Compressed object streams are
    read by the parser walk. Plain ``find`` keeps this linear for any input."""
    parts = []
    position = 0
    while True:
        start = content.find(b"stream", position)
        if start == -1:
            break
        if content[start - 1 : start].isalpha():
            # "endstream", or "stream" inside a longer word.
            parts.append(content[position : start + len(b"stream")])
            position = start + len(b"stream")
            continue
        end = content.find(b"endstream", start)
        if end == -1:
            break
        parts.append(content[position:start])
        position = end + len(b"endstream")
    parts.append(content[position:])
    return b" ".join(parts)


def _pdf_raw_problem(content):
    outside_streams = _outside_streams(content)
    for pattern, code in RAW_PATTERNS:
        if pattern.search(outside_streams):
            return code
    return None


def _action_problem(action):
    """Why an action dictionary is refused, or None for a jump within the document."""
    if "/JS" in action or action.get("/S") == "/JavaScript":
        return PDF_ACTIVE
    if action.get("/S") != "/GoTo":
        return PDF_ACTIONS
    return None


def _actions_problem(value):
    value = value.get_object()
    if isinstance(value, ArrayObject):
        # /Next may list several actions; an /OpenAction array is a destination.
        return _first(_actions_problem(item) for item in value)
    if not isinstance(value, DictionaryObject):
        return None
    if "/S" not in value and value.get("/Type") != "/Action":
        # Not an action, e.g. the attributes of a tagged PDF's structure element.
        return None
    return _action_problem(value)


def _event_actions_problem(value):
    # /AA ("additional actions") runs actions when a page or the document opens or closes, or
    # when the pointer meets an annotation or field: refused even for a jump. Fonts could be
    # named /AA in a resource dictionary; those values are not actions.
    value = value.get_object()
    if not isinstance(value, DictionaryObject):
        return None
    actions = (action.get_object() for action in value.values())
    for action in actions:
        if isinstance(action, DictionaryObject) and "/S" in action:
            return _action_problem(action) or PDF_ACTIONS
    return None


def _first(problems):
    return next((problem for problem in problems if problem), None)


def _pdf_embedded_problem(item):
    """Scripts, attached files, media and XFA forms."""
    if SCRIPT_KEYS.intersection(item.keys()) or item.get("/Type") == "/EmbeddedFile":
        return PDF_ACTIVE
    if item.get("/Subtype") in ACTIVE_ANNOTATIONS or item.get("/S") == "/JavaScript":
        return PDF_ACTIVE
    if "/XFA" in item or item.get("/NeedsRendering") == BooleanObject(True):
        return PDF_XFA
    return None


def _pdf_calling_out_problem(item):
    """Actions, and references to files elsewhere."""
    if item.get("/S") in REFUSED_ACTIONS or item.get("/FS") == "/URL":
        return PDF_ACTIONS
    if item.get("/Type") in ("/Action", "/Filespec") and item.get("/S") != "/GoTo":
        return PDF_ACTIONS
    if isinstance(item, StreamObject) and "/F" in item:
        # Stream data kept in an outside file, which the viewer would fetch.
        return PDF_ACTIONS
    problem = _first(_actions_problem(item[key]) for key in ACTION_KEYS if key in item)
    if problem is None and "/AA" in item:
        problem = _event_actions_problem(item["/AA"])
    return problem


def _pdf_objects_problem(trailer):
    """Walk every object reachable from the trailer, also those in compressed object streams."""
    seen = set()
    stack = [trailer]
    steps = 0
    while stack:
        steps += 1
        if steps > WALK_LIMIT:
            return PDF_BROKEN
        item = stack.pop()
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            item = item.get_object()
        if isinstance(item, DictionaryObject):
            problem = _pdf_embedded_problem(item) or _pdf_calling_out_problem(item)
            if problem:
                return problem
            children = item.values()
        elif isinstance(item, ArrayObject):
            children = item
        else:
            continue
        stack.extend(
            child
            for child in children
            if isinstance(child, (IndirectObject, DictionaryObject, ArrayObject))
        )
    return None


def _pdf_parsed_check(content):
    reader = PdfReader(io.BytesIO(content), strict=False)
    if reader.is_encrypted:
        raise ValidationError(
            _("This PDF is encrypted or password-protected. Please upload an unprotected PDF."),
            code="pdf_encrypted",
        )
    problem = _pdf_objects_problem(reader.trailer)
    if problem:
        raise _pdf_refusal(problem)
    if len(reader.pages) < 1:
        raise ValidationError(_("This PDF has no pages."), code="pdf_empty")


def _pdf_check(content):
    problem = _pdf_raw_problem(content)
    if problem:
        raise _pdf_refusal(problem)
    try:
        _pdf_parsed_check(content)
    except ValidationError:
        raise
    except Exception as error:  # noqa: BLE001 - any parser failure means: not a usable PDF
        raise _pdf_refusal(PDF_BROKEN) from error
    return KIND_PDF


def _image_too_large():
    limit = settings.UPLOAD_IMAGE_MAX_PIXELS
    return ValidationError(
        _(
            "This image has too many pixels (at most %(megapixels)s million). Please take the "
            "photo again at a lower resolution or make it smaller."
        )
        % {"megapixels": limit // 1_000_000},
        code="image_too_large",
    )


def _image_check(content, kind):
    # Opening reads only the header. Pillow's own bomb limits lie above ours: its error comes
    # for the most absurd sizes, its warning only where the process turns warnings into errors;
    # everything else above our limit is refused here before any pixel is decoded.
    try:
        with Image.open(io.BytesIO(content), formats=[PILLOW_FORMATS[kind]]) as image:
            width, height = image.size
            if width * height > settings.UPLOAD_IMAGE_MAX_PIXELS:
                raise _image_too_large()
            image.verify()
    except ValidationError:
        raise
    except (DecompressionBombError, DecompressionBombWarning) as error:
        raise _image_too_large() from error
    except (UnidentifiedImageError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(
            _("This image could not be read. Please take the photo again."), code="image_broken"
        ) from error
    return kind


def _file_too_large(max_bytes):
    return ValidationError(
        _("The file is larger than %(megabytes)s MB. Please upload a smaller file.")
        % {"megabytes": max_bytes // (1024 * 1024)},
        code="size",
    )


def uploaded_document_check(uploaded, *, max_bytes):
    """Return ``(content, kind)`` for an acceptable uploaded document, else raise
    ValidationError with a message for the field. ``kind`` is "pdf", "jpeg" or "png"."""
    if uploaded.size == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if uploaded.size > max_bytes:
        raise _file_too_large(max_bytes)
    uploaded.seek(0)
    content = uploaded.read(max_bytes + 1)
    if len(content) == 0:
        raise ValidationError(_("The file is empty."), code="empty")
    if len(content) > max_bytes:
        raise _file_too_large(max_bytes)
    for signature, kind in SIGNATURES:
        if content.startswith(signature):
            if kind == KIND_PDF:
                return content, _pdf_check(content)
            return content, _image_check(content, kind)
    raise ValidationError(MESSAGE_TYPE, code="type")


def consent_file_check(uploaded):
    """The signed consent declaration: any acceptable document up to its own size limit."""
    return uploaded_document_check(uploaded, max_bytes=settings.CONSENT_FILE_MAX_BYTES)


def evidence_file_check(uploaded):
    """A supporting document: the same content check as the consent file, its own limit."""
    return uploaded_document_check(uploaded, max_bytes=settings.EVIDENCE_FILE_MAX_BYTES)
