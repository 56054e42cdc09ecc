import uuid

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from cases.forms import RESIDENCE_STATUSES
from cases.uploads import consent_file_check
from portal.forms import AccessibleFormMixin

CONTACT_FIELDS = ("phone", "email", "address")


class ReferralForm(AccessibleFormMixin, forms.Form):
    """The office's record of a referral. The offers to choose are those serving the place
    chosen (``offers``: directory entries); the view draws the form again with them when
    the place is chosen, so the page needs no script."""

    place = forms.ChoiceField(
        label=_("Place of residence"),
        help_text=_("The offers that serve this place are listed below."),
    )
    offers = forms.MultipleChoiceField(
        label=_("Offers to refer the person to"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={
            "required": _("Please choose at least one offer."),
            "invalid_choice": _(
                "This offer does not serve the place chosen. Please choose the offers again."
            ),
        },
    )
    full_name = forms.CharField(label=_("Full name"), max_length=200)
    phone = forms.CharField(label=_("Phone number"), max_length=50, required=False)
    email = forms.EmailField(label=_("E-mail address"), max_length=254, required=False)
    address = forms.CharField(
        label=_("Postal address"),
        max_length=300,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )
    residence_status = forms.ChoiceField(
        label=_("Residence status"), choices=[("", _("Choose")), *RESIDENCE_STATUSES]
    )
    language = forms.ChoiceField(
        label=_("The person's language"),
        choices=[("", _("Choose")), *settings.LANGUAGES],
        help_text=_("The consent declaration is shown in this language beside the German."),
    )
    note = forms.CharField(
        label=_("Note for the offer"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional, e.g. when the person can best be reached."),
    )
    consent_confirmed = forms.BooleanField(
        label=_(
            "The person has signed the consent declaration and release from confidentiality "
            "shown above."
        ),
        error_messages={"required": _("Please confirm that the person has signed it.")},
    )
    consent_file = forms.FileField(
        label=_("Signed consent declaration"),
        help_text=_(
            "PDF, or a photo as JPEG or PNG; at most 10 MB. If the page shows an error, the "
            "file has to be chosen again."
        ),
        widget=forms.ClearableFileInput(attrs={"accept": ".pdf,.jpg,.jpeg,.png"}),
        error_messages={"required": _("Please attach the signed consent declaration.")},
    )
    submission_token = forms.UUIDField(widget=forms.HiddenInput)

    def __init__(self, *args, places=(), offers=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["place"].choices = [("", _("Choose")), *((name, name) for name in places)]
        self.offer_entries = {str(entry.pk): entry for entry in offers}
        self.fields["offers"].choices = [(str(entry.pk), entry.name) for entry in offers]
        self.initial.setdefault("submission_token", uuid.uuid4())
        self.describe_fields()

    def clean_consent_file(self):
        uploaded = self.cleaned_data["consent_file"]
        return consent_file_check(uploaded) if uploaded else None

    def clean(self):
        data = super().clean()
        if not any(data.get(name) for name in CONTACT_FIELDS) and not any(
            name in self.errors for name in CONTACT_FIELDS
        ):
            self.add_error(
                "phone",
                _("Please give at least one way to reach the person: phone, e-mail or post."),
            )
        return data

    def chosen_offers(self):
        return [self.offer_entries[pk] for pk in self.cleaned_data["offers"]]

    def person(self):
        return {
            name: self.cleaned_data.get(name) or ""
            for name in (
                "full_name",
                "phone",
                "email",
                "address",
                "residence_status",
                "place",
                "language",
                "note",
            )
        }


class WithdrawForm(AccessibleFormMixin, forms.Form):
    confirm = forms.BooleanField(
        label=_(
            "The person has withdrawn their consent. Delete the referral and the signed "
            "declaration now."
        ),
        error_messages={"required": _("Please confirm the deletion.")},
    )
