#!/usr/bin/env bash
# Back up the database and the encrypted case files into one dated folder.
#
# The database dump holds case data only in encrypted form and the file folder holds only
# encrypted files: neither is readable without PORTAL_ENCRYPTION_KEYS, which is NOT part of
# the backup. Keep the keys in a separate, access-controlled place (e.g. a password manager
# of the office); without them a restore is worthless, with them a stolen backup is readable.
set -euo pipefail
: "${DATABASE_URL:?DATABASE_URL is needed}"
: "${PRIVATE_STORAGE_ROOT:?PRIVATE_STORAGE_ROOT is needed}"
BACKUP_ROOT="${BACKUP_ROOT:-/var/backups/portal}"
stamp="$(date -u +%Y%m%dT%H%M%SZ)"
target="${BACKUP_ROOT}/${stamp}"
mkdir -p "${target}"
chmod 700 "${BACKUP_ROOT}" "${target}"

pg_dump --format=custom --no-owner --file="${target}/portal.dump" "${DATABASE_URL}"
tar --create --gzip --file="${target}/private-files.tar.gz" \
    --directory="${PRIVATE_STORAGE_ROOT}" .
if [ -n "${MEDIA_ROOT:-}" ] && [ -d "${MEDIA_ROOT}" ]; then
  tar --create --gzip --file="${target}/media.tar.gz" --directory="${MEDIA_ROOT}" .
fi
( cd "${target}" && sha256sum ./* > SHA256SUMS )

# Keep 14 days: the committee's data must not live on in old backups for ever.
find "${BACKUP_ROOT}" -mindepth 1 -maxdepth 1 -type d -mtime +14 -exec rm -rf {} +
echo "${target}"
