#!/usr/bin/env bash
# Otinish backup: bin/backup.sh DIRECTORY
#
# Writes DIRECTORY/otinish.dump (pg_dump's custom format) and DIRECTORY/manifest.txt (when,
# from where, the dump's SHA-256, the dump's table of contents) for the database of
# OTINISH_DB_URL / OTINISH_DB_USER / OTINISH_DB_PASSWORD (or libpq's PG* variables).
#
# What is in it: everything Otinish keeps. Attachments, e-mail originals, issued documents and
# review files are columns of the database (attachment.content, mail_message.raw,
# issued_document.content, review_request.content), not files on a disk: Otinish has no
# file store, so the dump is the whole backup. (The embedded H2 default keeps its database under
# ./data; this script is for PostgreSQL.)
#
# Consistent: pg_dump reads every table in one repeatable-read snapshot, so an appeal, its
# files, its journal entry and its audit lines are in the backup together or not at all, while
# Otinish keeps running. Sessions (spring_session*) and job locks (shedlock) are left out: they
# are no records, and a restored installation starts without them.
#
# Exits non-zero when anything fails; the directory must not hold a previous backup.
set -euo pipefail

if [ $# -ne 1 ]; then
	echo "usage: $0 DIRECTORY" >&2
	exit 2
fi
target="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=bin/db-connection.sh
. "$here/db-connection.sh"
otinish_db_connection

if [ -e "$target/otinish.dump" ]; then
	echo "$target/otinish.dump exists already: choose a new directory" >&2
	exit 2
fi
mkdir -p "$target"

schema_options=()
if [ -n "$OTINISH_DB_SCHEMA" ]; then
	schema_options=(--schema="$OTINISH_DB_SCHEMA")
fi

started=$(date -u +%Y-%m-%dT%H:%M:%SZ)
pg_dump --format=custom --compress=6 --no-owner --no-privileges "${schema_options[@]}" \
	--exclude-table-data='spring_session*' --exclude-table-data='shedlock' \
	--file="$target/otinish.dump.partial"
mv "$target/otinish.dump.partial" "$target/otinish.dump"

{
	echo "otinish-backup 1"
	echo "started $started"
	echo "finished $(date -u +%Y-%m-%dT%H:%M:%SZ)"
	echo "host ${PGHOST:-local} database $PGDATABASE schema ${OTINISH_DB_SCHEMA:-(all)}"
	echo "pg_dump $(pg_dump --version)"
	echo "sha256 $(sha256sum "$target/otinish.dump" | cut -d' ' -f1)"
	echo "--- contents (pg_restore --list)"
	pg_restore --list "$target/otinish.dump"
} > "$target/manifest.txt"
echo "backup of $PGDATABASE written to $target ($(du -h "$target/otinish.dump" | cut -f1))"
