from django.apps import AppConfig


class IntakeConfig(AppConfig):
    """Holds only the migrations that created the case tables before they moved to the
    ``accounts``, ``cases`` and ``committee`` apps. Its last migration hands the tables
    over, so databases made with the earlier migrations upgrade in place."""

    name = "intake"
    verbose_name = "Case intake (earlier tables)"
