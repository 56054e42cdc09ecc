from wagtail import hooks


@hooks.register("before_serve_page")
def mark_page_request(page, request, serve_args, serve_kwargs):
    """Only what Wagtail's page serving answers may enter the page cache."""
    request._pagecache_page_key = str(page.translation_key)
