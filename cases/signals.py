from django.contrib import messages
from django.contrib.auth.signals import user_logged_in
from django.dispatch import receiver
from django.utils.translation import gettext as _

from cases import services


@receiver(user_logged_in, dispatch_uid="cases_draft_typing_restore")
def draft_typing_restore(sender, request, user, **kwargs):
    """Typing sent after the session ended goes into the draft of the user who typed it, and
    of no one else: whoever else logs in on this browser finds it gone."""
    if request is None or not hasattr(request, "session"):
        return
    if services.case_draft_typing_restore(request=request, user=user) is not None:
        messages.info(
            request,
            _(
                "Your session had ended. What you entered in this step has been saved in the "
                "draft; please check it and continue."
            ),
        )
