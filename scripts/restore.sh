#!/usr/bin/env bash
# Loads a backup written by scripts/backup.sh into a database with the mariadb client.
# Stop the app first; start it again afterwards (Flyway finds the schema up to date and
# migrates only if the app is newer than the backup).
#
# Usage: scripts/restore.sh [-f] FILE
#   FILE   regio-....sql.gz, or .sql.gz.gpg (decrypted with gpg, which asks for the key)
#   -f     replace: drop the database first. Without it the target database must be
#          missing or empty, so a restore never mixes into live data by mistake.
# Connection (environment), as for backup.sh: REGIO_DB_HOST (127.0.0.1), REGIO_DB_PORT (3306),
#   REGIO_DB_USER (regio), REGIO_DB_NAME (regio), REGIO_DB_DEFAULTS_FILE (option file with
#   the password), MARIADB_BIN_DIR (where the mariadb client is, when not on the PATH).
set -euo pipefail

replace=""
while getopts "fh" opt; do
  case "$opt" in
    f) replace=yes ;;
    *) sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
[ $# -eq 1 ] || { sed -n '2,12p' "$0" | sed 's/^# \{0,1\}//'; exit 2; }
file="$1"
[ -r "$file" ] || { echo "restore: cannot read $file" >&2; exit 1; }

host="${REGIO_DB_HOST:-127.0.0.1}"
port="${REGIO_DB_PORT:-3306}"
user="${REGIO_DB_USER:-regio}"
database="${REGIO_DB_NAME:-regio}"
client="${MARIADB_BIN_DIR:+$MARIADB_BIN_DIR/}mariadb"
command -v "$client" >/dev/null || { echo "restore: $client not found (set MARIADB_BIN_DIR)" >&2; exit 1; }
if ! [[ "$database" =~ ^[A-Za-z0-9_]+$ ]]; then
  echo "restore: database name '$database' must be letters, digits and _" >&2; exit 2
fi

# a damaged or half-copied file stops here, before anything is dropped
if [ -f "$file.sha256" ]; then
  (cd "$(dirname "$file")" && sha256sum --quiet --check "$(basename "$file").sha256") \
    || { echo "restore: $file does not match its SHA-256" >&2; exit 1; }
fi
case "$file" in
  *.gz) gzip -t "$file" || { echo "restore: $file is not a complete gzip file" >&2; exit 1; } ;;
esac

mariadb_cmd() {
  local options=()
  [ -n "${REGIO_DB_DEFAULTS_FILE:-}" ] && options+=("--defaults-extra-file=$REGIO_DB_DEFAULTS_FILE")
  "$client" "${options[@]}" --host="$host" --port="$port" --user="$user" --default-character-set=utf8mb4 "$@"
}

if [ -n "$replace" ]; then
  mariadb_cmd -e "DROP DATABASE IF EXISTS \`$database\`"
fi
existing=$(mariadb_cmd -N -B -e "SELECT (SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$database')
    + (SELECT COUNT(*) FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = '$database')
    + (SELECT COUNT(*) FROM information_schema.EVENTS WHERE EVENT_SCHEMA = '$database')")
if [ "$existing" != "0" ]; then
  echo "restore: database $database is not empty ($existing objects); use -f to replace it" >&2; exit 1
fi
mariadb_cmd -e "CREATE DATABASE IF NOT EXISTS \`$database\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci"

case "$file" in
  *.gpg) gpg --batch --quiet --decrypt "$file" | gunzip ;;
  *.gz) gunzip -c "$file" ;;
  *) cat "$file" ;;
esac | mariadb_cmd --database="$database"

tables=$(mariadb_cmd -N -B -e "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$database'")
echo "restored $file into $database ($tables tables and views)"
