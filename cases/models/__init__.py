from cases.models.audit import AuditEntry
from cases.models.cases import ApplicantKind, Case, CaseStatus
from cases.models.consent import ConsentText

__all__ = ["ApplicantKind", "AuditEntry", "Case", "CaseStatus", "ConsentText"]
