from committee.models.pages import TransparencyPage
from committee.models.rules import CommitteeRules
from committee.models.workflow import (
    AgendaItem,
    Assessment,
    CommitteeSession,
    Milestone,
    Recommendation,
    StatusChange,
)

__all__ = [
    "AgendaItem",
    "Assessment",
    "CommitteeRules",
    "CommitteeSession",
    "Milestone",
    "Recommendation",
    "StatusChange",
    "TransparencyPage",
]
