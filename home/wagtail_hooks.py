from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from home.models import Submission, TranslationReview


class ReadOnlyPermissionPolicy(ModelPermissionPolicy):
    """Messages come only from the public forms; editors read them and nobody rewrites them."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)


class SubmissionViewSet(ModelViewSet):
    model = Submission
    icon = "mail"
    menu_label = _("Form messages")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["created_at", "kind", "email", "page_address"]
    list_filter = ["kind"]
    inspect_view_enabled = True
    inspect_view_fields = ["kind", "created_at", "name", "email", "page_address", "message"]
    form_fields = ["kind", "name", "email", "page_address", "message"]
    copy_view_enabled = False


register_permission_policy(Submission, ReadOnlyPermissionPolicy(Submission))


@hooks.register("register_admin_viewset")
def register_submission_viewset():
    return SubmissionViewSet("form_messages")


class TranslationReviewViewSet(ModelViewSet):
    """Editors record which translations a native speaker has checked; readers never see it."""

    model = TranslationReview
    icon = "doc-full"
    menu_label = _("Translation reviews")
    add_to_settings_menu = True
    list_display = ["__str__", "language", "reviewed"]
    list_filter = ["reviewed"]
    copy_view_enabled = False
    inspect_view_enabled = False


@hooks.register("register_admin_viewset")
def register_translation_review_viewset():
    return TranslationReviewViewSet("translation_reviews")
