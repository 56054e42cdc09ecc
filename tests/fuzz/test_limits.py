"""Every text field a reader, an advisor or a member fills has a length limit: the browser
stops typing there (maxlength), and the form answers longer input with a message instead of
passing it on to a column, a PDF or an e-mail."""

import pytest
from django import forms

from accounts.forms import LoginForm, RegistrationForm, SecondFactorForm
from cases.forms import ApplicationForm, HouseholdMemberForm
from committee.forms import AssessmentForm, SessionForm, StatusChangeForm
from home.forms import AccessibilityFeedbackForm, OfficeQuestionForm

FORMS = [
    OfficeQuestionForm,
    AccessibilityFeedbackForm,
    RegistrationForm,
    LoginForm,
    SecondFactorForm,
    ApplicationForm,
    HouseholdMemberForm,
    StatusChangeForm,
    AssessmentForm,
    SessionForm,
]
# Passwords are compared as typed; their hash has a fixed length whatever was sent.
UNLIMITED = {(LoginForm, "password")}


def _fields(form_class):
    return {
        name: field
        for name, field in form_class.base_fields.items()
        if type(field) in (forms.CharField, forms.EmailField)
    }


@pytest.mark.parametrize("form_class", FORMS, ids=lambda form_class: form_class.__name__)
def test_every_text_field_has_a_length_limit(form_class):
    fields = _fields(form_class)
    unlimited = [
        name
        for name, field in fields.items()
        if field.max_length is None and (form_class, name) not in UNLIMITED
    ]
    assert not unlimited
    for name, field in fields.items():
        if field.max_length is not None:
            assert field.widget_attrs(field.widget)["maxlength"] == str(field.max_length), name
