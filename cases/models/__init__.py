from cases.models.audit import AuditEntry
from cases.models.cases import (
    ApplicantKind,
    Case,
    CaseStatus,
    DeadlineReason,
    HardshipGround,
)
from cases.models.consent import ConsentPurpose, ConsentText
from cases.models.drafts import CaseDraft
from cases.models.evidence import Addendum, Evidence
from cases.models.name_index import CaseNameToken
from cases.models.public import PublicApplication

__all__ = [
    "Addendum",
    "ApplicantKind",
    "AuditEntry",
    "Case",
    "CaseDraft",
    "CaseNameToken",
    "CaseStatus",
    "ConsentPurpose",
    "ConsentText",
    "DeadlineReason",
    "Evidence",
    "HardshipGround",
    "PublicApplication",
]
