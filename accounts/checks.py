"""``manage.py check --deploy`` refuses a database that still holds demo accounts."""

from django.core.checks import Error, Tags, Warning, register
from django.db import DatabaseError, connection

from accounts.models import TOTPDevice
from accounts.selectors import demo_accounts_found, demo_accounts_refusal


@register(Tags.security, deploy=True)
def demo_accounts_check(app_configs=None, **kwargs):
    try:
        tables = set(connection.introspection.table_names())
    except DatabaseError:
        return [
            Warning(
                "The database could not be read, so it was not checked for demo accounts.",
                id="accounts.W001",
            )
        ]
    # A database not migrated yet has no accounts at all.
    if not {"auth_user", TOTPDevice._meta.db_table} <= tables:
        return []
    usernames = demo_accounts_found(every_password=True)
    if not usernames:
        return []
    return [Error(demo_accounts_refusal(usernames), id="accounts.E001")]
