from captcha.fields import CaptchaField, CaptchaTextInput
from django import forms
from django.utils.translation import gettext_lazy as _

MESSAGE_MAX_LENGTH = 3000
# The name of the button that asks for a fresh security code without sending the form.
NEW_CAPTCHA = "new_captcha"
# Submission.email's column; Django's form field alone would accept up to 320 characters.
EMAIL_MAX_LENGTH = 254


class AccessibleCaptchaInput(CaptchaTextInput):
    """Image, audio and a no-JavaScript 'new code' button, all labelled for screen readers."""

    template_name = "components/captcha_widget.html"
    # The answer box has its own label; a fieldset around it would leave it unlabelled.
    use_fieldset = False

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        hidden, answer = context["widget"]["subwidgets"]
        # The field's attributes reach both parts, but required, aria-* and autocomplete="off"
        # are not allowed on a hidden input: the key keeps only its id.
        hidden["attrs"] = {key: hidden["attrs"][key] for key in ("id",) if key in hidden["attrs"]}
        # Django leaves aria-describedby off multi-part widgets; the answer box needs it.
        base_id = answer["attrs"].get("id", "").removesuffix("_1")
        described_by = [f"{base_id}_helptext"]
        if answer["attrs"].get("aria-invalid"):
            described_by.append(f"{base_id}_error")
        answer["attrs"]["aria-describedby"] = " ".join(described_by)
        return context


def captcha_field():
    return CaptchaField(
        label=_("Security code"),
        help_text=_(
            "Type the letters from the picture. No distinction between upper and lower case."
        ),
        widget=AccessibleCaptchaInput(),
        error_messages={
            "invalid": _("The security code was not right. Please type the new code."),
            "required": _("Please type the security code."),
        },
    )


class OfficeQuestionForm(forms.Form):
    name = forms.CharField(
        label=_("Your name (optional)"),
        max_length=200,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=EMAIL_MAX_LENGTH,
        help_text=_("We need it to answer you. We use it only for this."),
        error_messages={
            "required": _("Please enter your e-mail address so that we can answer."),
            "invalid": _("Please enter a complete e-mail address, for example name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    message = forms.CharField(
        label=_("Your question"),
        max_length=MESSAGE_MAX_LENGTH,
        help_text=_("Please do not send details of an individual case or documents."),
        error_messages={"required": _("Please write your question.")},
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    captcha = captcha_field()


class AccessibilityFeedbackForm(forms.Form):
    page_address = forms.CharField(
        label=_("Which page or content is affected? (optional)"),
        max_length=500,
        required=False,
    )
    message = forms.CharField(
        label=_("Describe the barrier"),
        max_length=MESSAGE_MAX_LENGTH,
        error_messages={"required": _("Please describe the barrier.")},
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    email = forms.EmailField(
        label=_("Your e-mail address (optional)"),
        max_length=EMAIL_MAX_LENGTH,
        help_text=_("Only if you would like an answer."),
        required=False,
        error_messages={
            "invalid": _("Please enter a complete e-mail address, for example name@example.org."),
        },
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    captcha = captcha_field()
