from committee.models.members import (
    AssessmentConfirmation,
    Attendance,
    AuthorityNotice,
    MemberNote,
    Membership,
)
from committee.models.pages import TransparencyPage
from committee.models.rules import CommitteeRules
from committee.models.workflow import (
    AgendaItem,
    Assessment,
    CommitteeSession,
    DeletionWarning,
    Milestone,
    Recommendation,
    StatusChange,
)

__all__ = [
    "AgendaItem",
    "Assessment",
    "AssessmentConfirmation",
    "Attendance",
    "AuthorityNotice",
    "MemberNote",
    "Membership",
    "CommitteeRules",
    "CommitteeSession",
    "DeletionWarning",
    "Milestone",
    "Recommendation",
    "StatusChange",
    "TransparencyPage",
]
