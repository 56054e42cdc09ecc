"""The kinds of file the upload check accepts (``cases.uploads``), as a download names them."""

EXTENSIONS = {"pdf": "pdf", "jpeg": "jpg", "png": "png"}
CONTENT_TYPES = {"pdf": "application/pdf", "jpeg": "image/jpeg", "png": "image/png"}


def file_extension(kind):
    return EXTENSIONS.get(kind, "bin")


def file_content_type(kind):
    return CONTENT_TYPES.get(kind, "application/octet-stream")
