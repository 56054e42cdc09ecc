from django import template
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from cases.models import CaseStatus
from committee import selectors, services
from portal.rules import committee_rules

register = template.Library()

STATUS_EXPLANATIONS = {
    CaseStatus.SUBMITTED: _(
        "The committee office has received the case and checks whether the committee can "
        "take it up."
    ),
    CaseStatus.ADMISSIBLE: _(
        "The committee can take up the case. It will be put on the agenda of one of the "
        "next sessions."
    ),
    CaseStatus.NOT_ADMISSIBLE: _(
        "The committee cannot take up this case. The reason is given below."
    ),
    CaseStatus.SCHEDULED: _("The case is on the agenda of a coming committee session."),
    CaseStatus.DISCUSSED: _(
        "The committee has discussed the case. You will receive the joint assessment soon."
    ),
    CaseStatus.ASSESSMENT_SENT: _(
        "The committee's joint assessment is ready. You can read it below and download it "
        "for the person concerned."
    ),
    CaseStatus.CLOSED: _(
        "The case is closed. Its data will be deleted when the retention period ends."
    ),
    CaseStatus.WITHDRAWN: _(
        "The case was withdrawn. Its data will be deleted when the retention period ends."
    ),
}


@register.inclusion_tag("committee/components/case_outcome.html", takes_context=True)
def case_outcome(context, case):
    """The advisor's view of where the case stands and, once released, its assessment."""
    agenda_item = selectors.case_agenda_item(case=case)
    return {
        "case": case,
        "session": agenda_item.session if agenda_item is not None else None,
        "deletion_date": services.case_deletion_date(
            case=case, rules=committee_rules(context.get("request"))
        ),
        "is_committee": bool(context.get("is_committee")),
        "letter_languages": settings.LANGUAGES,
        "explanation": STATUS_EXPLANATIONS.get(case.status, ""),
        "assessment": selectors.case_assessment_released(case=case),
        "refusal": selectors.case_refusal(case=case)
        if case.status == CaseStatus.NOT_ADMISSIBLE
        else None,
        "can_withdraw": not context.get("is_committee")
        and services.transition_allowed(
            role=services.ROLE_ADVISOR, from_status=case.status, to_status=CaseStatus.WITHDRAWN
        ),
    }


@register.inclusion_tag("committee/components/status_history.html")
def case_status_history(case):
    """The case's path through the workflow for the advisor: when it reached which status.
    Who in the committee made a change stays in the committee area; a refusal's reason is
    in ``case_outcome``."""
    return {"case": case, "changes": selectors.case_status_history(case=case)}
