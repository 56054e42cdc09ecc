from django.db import models


class SeededProfile(models.Model):
    """The committee profile the seed built this installation from. One installation serves
    one committee, so the seed refuses another profile once this row exists."""

    name = models.CharField(max_length=32, unique=True)
    seeded_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        default_permissions = ()

    def __str__(self):
        return self.name
