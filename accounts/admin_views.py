"""Account requests in the Wagtail admin: approve (linking the centre), reject, deactivate."""

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST

from accounts import services
from accounts.models import AdvisorProfile
from advice_centers.models import AdviceCenter


def user_may_manage_accounts(user):
    return user.is_superuser or user.has_perm("accounts.manage_advisor_accounts")


class DecisionForm(forms.Form):
    advice_center = forms.ModelChoiceField(
        label=gettext_lazy("Advice centre"), queryset=AdviceCenter.objects.none()
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["advice_center"].queryset = AdviceCenter.objects.filter(
            locale__language_code=settings.LANGUAGE_CODE
        )


def account_list(request):
    if not user_may_manage_accounts(request.user):
        raise PermissionDenied
    status = request.GET.get("status") or AdvisorProfile.Status.PENDING
    profiles = AdvisorProfile.objects.select_related("user", "advice_center").filter(status=status)
    rows = [
        (profile, DecisionForm(initial={"advice_center": profile.advice_center_id}))
        for profile in profiles
    ]
    return TemplateResponse(
        request,
        "accounts/admin/account_list.html",
        {"rows": rows, "status": status, "statuses": AdvisorProfile.Status.choices},
    )


@require_POST
def account_decide(request, pk):
    if not user_may_manage_accounts(request.user):
        raise PermissionDenied
    profile = get_object_or_404(AdvisorProfile.objects.select_related("user"), pk=pk)
    action = request.POST.get("action")
    if action == "approve":
        form = DecisionForm(request.POST)
        if not form.is_valid():
            messages.error(request, _("Please choose the advice centre."))
            return redirect("accounts_admin:account_list")
        services.advisor_approve(
            profile=profile, advice_center=form.cleaned_data["advice_center"], actor=request.user
        )
        messages.success(request, _("The account is approved and the person was informed."))
    elif action == "reject":
        services.advisor_reject(profile=profile, actor=request.user)
        messages.success(request, _("The request is rejected and the person was informed."))
    elif action == "deactivate":
        services.advisor_deactivate(profile=profile, actor=request.user)
        messages.success(request, _("The account is deactivated; its sessions have ended."))
    return redirect("accounts_admin:account_list")
