# Shared by bin/backup.sh and bin/restore.sh (sourced, not run): the PostgreSQL connection as
# libpq's environment (PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD), taken from Otinish's own
# variables when they are set: OTINISH_DB_URL (jdbc:postgresql://host[:port]/database[?currentSchema=s]),
# OTINISH_DB_USER, OTINISH_DB_PASSWORD. Without OTINISH_DB_URL the PG* variables are used as given.
# Sets OTINISH_DB_SCHEMA to the URL's currentSchema (empty: the whole database).

otinish_db_connection() {
	OTINISH_DB_SCHEMA=""
	if [ -n "${OTINISH_DB_URL:-}" ]; then
		local rest="${OTINISH_DB_URL#jdbc:postgresql://}"
		if [ "$rest" = "$OTINISH_DB_URL" ]; then
			echo "OTINISH_DB_URL is not a jdbc:postgresql:// URL: $OTINISH_DB_URL" >&2
			return 2
		fi
		local hostport="${rest%%/*}"
		local path="${rest#*/}"
		local database="${path%%\?*}"
		local query=""
		[ "$path" != "$database" ] && query="${path#*\?}"
		export PGHOST="${hostport%%:*}"
		if [ "$hostport" != "${hostport#*:}" ]; then
			export PGPORT="${hostport#*:}"
		fi
		export PGDATABASE="$database"
		local parameter
		local IFS='&'
		for parameter in $query; do
			case "$parameter" in
			currentSchema=*) OTINISH_DB_SCHEMA="${parameter#currentSchema=}" ;;
			esac
		done
		[ -n "${OTINISH_DB_USER:-}" ] && export PGUSER="$OTINISH_DB_USER"
		[ -n "${OTINISH_DB_PASSWORD:-}" ] && export PGPASSWORD="$OTINISH_DB_PASSWORD"
	fi
	if [ -z "${PGDATABASE:-}" ]; then
		echo "No database: set OTINISH_DB_URL (as for Otinish) or PGDATABASE" >&2
		return 2
	fi
	return 0
}
