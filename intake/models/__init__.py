from intake.models.accounts import AdvisorProfile
from intake.models.audit import AuditEntry
from intake.models.cases import Case, CaseStatus
from intake.models.consent import ConsentText
from intake.models.rules import CommitteeRules

__all__ = ["AdvisorProfile", "AuditEntry", "Case", "CaseStatus", "CommitteeRules", "ConsentText"]
