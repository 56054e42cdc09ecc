from cases.models.audit import AuditEntry
from cases.models.cases import ApplicantKind, Case, CaseStatus, DeadlineReason
from cases.models.consent import ConsentText
from cases.models.name_index import CaseNameToken

__all__ = [
    "ApplicantKind",
    "AuditEntry",
    "Case",
    "CaseNameToken",
    "CaseStatus",
    "ConsentText",
    "DeadlineReason",
]
