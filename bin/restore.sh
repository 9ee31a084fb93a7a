#!/usr/bin/env bash
# Otinish restore: bin/restore.sh DIRECTORY
#
# Restores DIRECTORY/otinish.dump (made by bin/backup.sh) into the EMPTY database of
# OTINISH_DB_URL / OTINISH_DB_USER / OTINISH_DB_PASSWORD (or libpq's PG* variables), then checks
# what it restored and prints the counts:
#   - the dump's SHA-256 is the one in manifest.txt (before anything is written);
#   - all in one transaction: on any error nothing is left behind (--single-transaction);
#   - every attachment's bytes hash to the SHA-256 and the size its row records;
#   - every journal runs 1..n per year with no gap and no duplicate, and agrees with its counter.
# Objects are owned by the restoring user and no grants are restored: apply the roles and grants
# of docs/operations.md ("First start on a new database") afterwards. Then verify the audit
# trail's hash chain with Otinish itself:
#   java -jar target/otinish.jar --spring.profiles.active=postgres \
#        --server.port=0 --otinish.audit.verify-and-exit=true
# Exits 0 when restored and checked, non-zero otherwise.
set -euo pipefail

if [ $# -ne 1 ]; then
	echo "usage: $0 DIRECTORY" >&2
	exit 2
fi
source_dir="$1"
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
# shellcheck source=bin/db-connection.sh
. "$here/db-connection.sh"
otinish_db_connection

dump="$source_dir/otinish.dump"
manifest="$source_dir/manifest.txt"
if [ ! -f "$dump" ] || [ ! -f "$manifest" ]; then
	echo "$source_dir holds no backup (otinish.dump and manifest.txt)" >&2
	exit 2
fi
expected=$(sed -n 's/^sha256 //p' "$manifest")
actual=$(sha256sum "$dump" | cut -d' ' -f1)
if [ "$expected" != "$actual" ]; then
	echo "otinish.dump is damaged: SHA-256 $actual, the manifest says $expected" >&2
	exit 1
fi

psql_quiet=(psql -X -q -v ON_ERROR_STOP=1 -tA)
tables=$("${psql_quiet[@]}" -c "select count(*) from information_schema.tables
	where table_schema not in ('pg_catalog', 'information_schema')")
if [ "$tables" != "0" ]; then
	echo "database $PGDATABASE is not empty ($tables tables): restore into a new database" >&2
	exit 2
fi

pg_restore --single-transaction --exit-on-error --no-owner --no-privileges --dbname="$PGDATABASE" "$dump"

search_path=""
if [ -n "$OTINISH_DB_SCHEMA" ]; then
	search_path="set search_path to $OTINISH_DB_SCHEMA;"
fi
broken_files=$("${psql_quiet[@]}" -c "$search_path select count(*) from attachment
	where encode(sha256(content), 'hex') <> sha256 or length(content) <> size_bytes")
broken_journals=$("${psql_quiet[@]}" -c "$search_path select count(*) from (
	select e.journal_code, e.registration_year, count(*) as entries, count(distinct e.sequence_number) as numbers,
	       min(e.sequence_number) as first, max(e.sequence_number) as last, max(c.last_sequence) as counter
	from journal_entry e left join journal_counter c
	  on c.journal_code = e.journal_code and c.registration_year = e.registration_year
	group by e.journal_code, e.registration_year) j
	where entries <> numbers or first <> 1 or last <> entries or counter is distinct from last")
"${psql_quiet[@]}" -F ' ' -c "$search_path select 'appeals', count(*) from appeal
	union all select 'attachments', count(*) from attachment
	union all select 'journal entries', count(*) from journal_entry
	union all select 'audit entries', count(*) from audit_entry
	union all select 'e-mail letters', count(*) from mail_message
	union all select 'issued documents', count(*) from issued_document
	union all select 'accounts', count(*) from user_account" | sed 's/^/restored: /'
if [ "$broken_files" != "0" ] || [ "$broken_journals" != "0" ]; then
	echo "restore check FAILED: $broken_files attachments differ from their rows, $broken_journals journals have gaps or duplicates" >&2
	exit 1
fi
echo "restored into $PGDATABASE and checked: attachments whole, journals gapless; now verify the audit chain (see above)"
