"""Forms only validate. Every field gets its error and help text tied to it for screen readers."""

from django import forms
from django.conf import settings
from django.contrib.auth import get_user_model
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from accounts.models import AdvisorProfile
from advice_centers.models import AdviceCenter
from home.forms import captcha_field
from portal.forms import AccessibleFormMixin


class LoginForm(AccessibleFormMixin, forms.Form):
    username = forms.CharField(
        label=_("Username"),
        max_length=254,
        widget=forms.TextInput(attrs={"autocomplete": "username", "autocapitalize": "none"}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )


class SecondFactorForm(AccessibleFormMixin, forms.Form):
    otp_token = forms.CharField(
        label=_("Code from your authenticator app"),
        max_length=16,
        help_text=_("Six digits. If you have lost your phone, enter one of your backup codes."),
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "size": 10}
        ),
    )


class EnrolmentForm(SecondFactorForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["otp_token"].help_text = _(
            "Enter the six digits your app shows after adding the key."
        )
        self.describe_fields()


def center_choices():
    """Default-locale centres, labelled with their name in the reader's language if any."""
    default_centres = list(
        AdviceCenter.objects.filter(locale__language_code=settings.LANGUAGE_CODE).order_by("name")
    )
    translated = {
        center.translation_key: center.name
        for center in AdviceCenter.objects.filter(locale__language_code=get_language())
    }
    return default_centres, {
        center.pk: translated.get(center.translation_key, center.name)
        for center in default_centres
    }


class CenterChoiceField(forms.ModelChoiceField):
    labels = {}

    def label_from_instance(self, obj):
        return self.labels.get(obj.pk, obj.name)


class RegistrationForm(AccessibleFormMixin, forms.Form):
    full_name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Work e-mail address"),
        help_text=_("The address at your advice centre. Your username will be this address."),
        # The address becomes the username, which is shorter than an address may be.
        max_length=get_user_model()._meta.get_field("username").max_length,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    advice_center = CenterChoiceField(
        label=_("Advice centre"), queryset=AdviceCenter.objects.none(), empty_label=_("Choose")
    )
    role = forms.ChoiceField(
        label=_("Your role"), choices=AdvisorProfile.Role.choices, widget=forms.RadioSelect
    )
    captcha = captcha_field()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        centres, labels = center_choices()
        field = self.fields["advice_center"]
        field.queryset = AdviceCenter.objects.filter(pk__in=[c.pk for c in centres]).order_by(
            "name"
        )
        field.labels = labels
        # One visible input: a plain label tied to it serves better than a fieldset.
        self.fields["captcha"].widget.use_fieldset = False
