from django.db import models


class CaseNameToken(models.Model):
    """One keyed hash of one part of the affected person's name (see ``cases.name_index``).

    Deleted with its case. Holds nothing that can be read back or checked without the key.
    """

    case = models.ForeignKey("cases.Case", on_delete=models.CASCADE, related_name="name_tokens")
    token = models.CharField(max_length=64, db_index=True)

    class Meta:
        default_permissions = ()
        constraints = [
            models.UniqueConstraint(fields=["case", "token"], name="case_name_token_unique")
        ]

    def __str__(self):
        return self.token
