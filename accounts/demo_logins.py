"""The demo logins' published secrets (the seed prints them, the README names them).

They are known here, not only in the demo app, so that production can refuse to run with
a database that still holds an account using them.
"""

DEMO_PASSWORD = "demo-Bleiberecht-2026"  # noqa: S105 - published; refused in production
# One well-known secret for every demo login, so one authenticator entry serves them all.
DEMO_TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"  # noqa: S105 - published; refused too
# The names the seed gives them; ``advisor-<centre slug>`` for the advisors.
DEMO_USERNAMES = ("editor", "committee-1", "committee-2", "office", "admin")
DEMO_ADVISOR_PREFIX = "advisor-"
