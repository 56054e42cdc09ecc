#!/usr/bin/env bash
# Prove a backup can be restored: load it into a throw-away database and folder, then run
# the portal's checks against it. Usage: deploy/restore-test.sh /var/backups/portal/<stamp>
set -euo pipefail
backup="${1:?path of a backup folder}"
: "${RESTORE_ADMIN_URL:=postgres://postgres@127.0.0.1:5432/postgres}"
cd "${backup}" && sha256sum --check --quiet SHA256SUMS && cd - >/dev/null

db="portal_restore_test_$(date +%s)"
scratch="$(mktemp -d)"
cleanup() {
  psql "${RESTORE_ADMIN_URL}" -q -c "DROP DATABASE IF EXISTS ${db}" || true
  rm -rf "${scratch}"
}
trap cleanup EXIT

psql "${RESTORE_ADMIN_URL}" -q -c "CREATE DATABASE ${db}"
restore_url="${RESTORE_ADMIN_URL%/*}/${db}"
pg_restore --no-owner --dbname="${restore_url}" "${backup}/portal.dump"
mkdir -p "${scratch}/private"
tar --extract --gzip --file="${backup}/private-files.tar.gz" --directory="${scratch}/private"

cd "$(dirname "$0")/.."
DATABASE_URL="${restore_url}" PRIVATE_STORAGE_ROOT="${scratch}/private" \
  .venv/bin/python manage.py restore_check
