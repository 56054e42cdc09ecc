#!/usr/bin/env bash
# Nightly jobs (run by portal-nightly.timer or cron). Each command is safe to repeat.
set -euo pipefail
cd "$(dirname "$0")/.."
manage() { .venv/bin/python manage.py "$@"; }

# Closed and withdrawn cases past the committee's retention period, files included; the
# advisors of cases that go within 14 days are warned by e-mail first (once per case).
manage delete_expired_cases
# Referrals past the same retention period (counted from the confirmed contact), files
# included.
manage delete_expired_referrals
# Messages from the public forms older than PUBLIC_FORM_RETENTION_DAYS.
manage delete_old_submissions
# Expired login sessions.
manage clearsessions
