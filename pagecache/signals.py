"""Turn content changes into tag invalidations (the rule is in ``pagecache.services``)."""

from django.db.models import Q
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.models import Page
from wagtail.signals import post_page_move

from pagecache.services import SITE_TAG, pagecache_invalidate, setting, table_tags

# Fields every page shows of other pages (titles and addresses in navigation, breadcrumbs,
# footer, switcher, listings) and whether a page is public at all.
STRUCTURAL_FIELDS = (
    "title",
    "slug",
    "url_path",
    "live",
    "show_in_menus",
    "path",
    "locale_id",
    "expired",
)
# Saves that touch only these leave the live page as it was (drafts, locks, workflow).
BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "has_unpublished_changes",
        "locked",
        "locked_at",
        "locked_by",
        "owner",
        "numchild",
        "go_live_at",
        "expire_at",
    }
)


def _is_page(instance):
    return isinstance(instance, Page)


def _tracked(sender):
    return sender._meta.app_label not in setting("PAGECACHE_UNTRACKED_APPS")


def page_pre_save(sender, instance, update_fields=None, raw=False, **kwargs):
    if update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS:
        instance._pagecache_change = None
        return
    if instance.pk is None:
        # A new page shows up in menus only once it is live; a new draft changes nothing.
        instance._pagecache_change = {"structural": True} if instance.live else None
        return
    parent_path = instance.path[: -Page.steplen] if instance.path else ""
    rows = Page.objects.filter(Q(pk=instance.pk) | Q(path=parent_path)).values(
        "pk", "translation_key", *STRUCTURAL_FIELDS
    )
    before = parent_key = None
    for row in rows:
        if row["pk"] == instance.pk:
            before = row
        else:
            parent_key = row["translation_key"]
    if before is None:
        instance._pagecache_change = {"structural": True} if instance.live else None
        return
    if not before["live"] and not instance.live:
        instance._pagecache_change = None
        return
    structural = any(getattr(instance, field) != before[field] for field in STRUCTURAL_FIELDS)
    instance._pagecache_change = {
        "structural": structural,
        "keys": {before["translation_key"], instance.translation_key, parent_key} - {None},
    }


def page_post_save(sender, instance, using=None, **kwargs):
    change = getattr(instance, "_pagecache_change", None)
    instance._pagecache_change = None
    if not change:
        return
    if change["structural"]:
        pagecache_invalidate(tags={SITE_TAG}, using=using)
    else:
        pagecache_invalidate(tags={f"page:{key}" for key in change["keys"]}, using=using)


def model_pre_save(sender, instance, **kwargs):
    if _is_page(instance):
        page_pre_save(sender, instance, **kwargs)


def model_post_save(sender, instance, using=None, **kwargs):
    if _is_page(instance):
        page_post_save(sender, instance, using=using, **kwargs)
    elif _tracked(sender):
        pagecache_invalidate(tags=table_tags(sender._meta.db_table), using=using)


def model_post_delete(sender, instance, using=None, **kwargs):
    if _is_page(instance):
        if instance.live:
            pagecache_invalidate(tags={SITE_TAG}, using=using)
    elif _tracked(sender):
        pagecache_invalidate(tags=table_tags(sender._meta.db_table), using=using)


def page_moved(sender, instance, **kwargs):
    if instance.live:
        pagecache_invalidate(tags={SITE_TAG})


def connect():
    pre_save.connect(model_pre_save, dispatch_uid="pagecache_pre_save")
    post_save.connect(model_post_save, dispatch_uid="pagecache_post_save")
    post_delete.connect(model_post_delete, dispatch_uid="pagecache_post_delete")
    post_page_move.connect(page_moved, dispatch_uid="pagecache_page_moved")
