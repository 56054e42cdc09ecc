"""What a reader's phone downloads: the page and everything it loads on a first visit."""

import gzip
import re
from urllib.parse import urljoin

from django.conf import settings
from django.contrib.staticfiles import finders

FIRST_ROUND_TRIP = 14_600
FIRST_VISIT_BUDGET = 100 * 1024


def gzipped_size(body):
    return len(gzip.compress(body, compresslevel=6))


def linked_assets(html, base):
    """Stylesheets, images, scripts and icons the browser fetches for this HTML."""
    # Alternate-language links name pages, not resources the browser loads.
    links = [tag for tag in re.findall(r"<link[^>]+>", html) if 'rel="alternate"' not in tag]
    urls = [url for tag in links for url in re.findall(r'href="([^"]+)"', tag)]
    urls += re.findall(r'<(?:img|script|source)[^>]+src="([^"]+)"', html)
    return [urljoin(base, url) for url in urls]


def asset_bytes(client, url):
    if url.startswith(settings.STATIC_URL):
        path = finders.find(url.removeprefix(settings.STATIC_URL))
        assert path, f"missing static file {url}"
        with open(path, "rb") as handle:
            return handle.read()
    response = client.get(url)
    assert response.status_code == 200, url
    return b"".join(response.streaming_content) if response.streaming else response.content


def first_visit_bytes(client, path):
    """The page gzipped plus every asset it pulls in, fonts from stylesheets included,
    uncompressed: a conservative count even if a proxy does not compress."""
    response = client.get(path)
    assert response.status_code == 200, path
    total = gzipped_size(response.content)
    seen = set()
    queue = linked_assets(response.content.decode(), path)
    while queue:
        url = queue.pop()
        if url in seen:
            continue
        seen.add(url)
        body = asset_bytes(client, url)
        total += len(body)
        if url.endswith(".css"):
            for ref in re.findall(r"url\(['\"]?([^'\")]+)", body.decode()):
                if not ref.startswith("data:"):
                    queue.append(urljoin(url, ref))
    return total, seen
