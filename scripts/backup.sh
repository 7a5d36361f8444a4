#!/usr/bin/env bash
# A logical backup of the Regio Academy database with MariaDB's own mariadb-dump: one
# consistent snapshot (InnoDB, --single-transaction: the app keeps running and nothing is
# locked), with routines, triggers and events, compressed, with a SHA-256 beside it.
# For large sites use mariadb-backup instead (docs/deployment.md, "Backups").
#
# Usage: scripts/backup.sh [-d DIR] [-k DAYS] [-r GPG_RECIPIENT] [-b]
#   -d DIR            where backups go (default: $REGIO_BACKUP_DIR or ./backups)
#   -k DAYS           afterwards delete this script's backups in DIR older than DAYS days
#   -r RECIPIENT      encrypt with gpg for this public key (file ends in .sql.gz.gpg)
#   -b                write the binary log position into the dump (a comment), for
#                     point-in-time recovery; the server must run with log_bin
# Connection (environment):
#   REGIO_DB_HOST (127.0.0.1), REGIO_DB_PORT (3306), REGIO_DB_USER (regio), REGIO_DB_NAME (regio),
#   REGIO_DB_DEFAULTS_FILE: an option file with [client] password=..., mode 600, so the
#   password never appears in the process list; MARIADB_BIN_DIR: where mariadb-dump is,
#   when it is not on the PATH.
# Prints the path of the new backup file on the last line.
set -euo pipefail

dir="${REGIO_BACKUP_DIR:-backups}"
keep_days=""
recipient=""
binlog=()
while getopts "d:k:r:bh" opt; do
  case "$opt" in
    d) dir="$OPTARG" ;;
    k) keep_days="$OPTARG" ;;
    r) recipient="$OPTARG" ;;
    b) binlog=(--master-data=2) ;;
    *) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 2 ;;
  esac
done

host="${REGIO_DB_HOST:-127.0.0.1}"
port="${REGIO_DB_PORT:-3306}"
user="${REGIO_DB_USER:-regio}"
database="${REGIO_DB_NAME:-regio}"
dump="${MARIADB_BIN_DIR:+$MARIADB_BIN_DIR/}mariadb-dump"
command -v "$dump" >/dev/null || { echo "backup: $dump not found (set MARIADB_BIN_DIR)" >&2; exit 1; }
if [ -n "$keep_days" ] && ! [[ "$keep_days" =~ ^[0-9]+$ ]]; then
  echo "backup: -k takes a number of days" >&2; exit 2
fi

# the option file must come first on mariadb-dump's command line
options=()
[ -n "${REGIO_DB_DEFAULTS_FILE:-}" ] && options+=("--defaults-extra-file=$REGIO_DB_DEFAULTS_FILE")

umask 077
mkdir -p "$dir"
name="regio-$(date -u +%Y%m%dT%H%M%SZ).sql.gz"
[ -n "$recipient" ] && name="$name.gpg"
partial="$dir/.$name.partial"
trap 'rm -f "$partial"' EXIT

# --single-transaction: a consistent InnoDB snapshot without locking tables;
# --routines --triggers --events: the schema's code, not just its tables;
# --hex-blob: certificate PDFs stay byte for byte what was issued, whatever the client's charset;
# no --databases: the dump loads into a database of any name (restore.sh creates it);
# sed: an empty definer (a server without grant tables, such as the embedded one, names nobody)
# cannot be restored anywhere, so such triggers and routines get the restoring user as definer.
# mariadb-dump's own failure must fail the script, not only gzip's: hence pipefail above.
{
  "$dump" "${options[@]}" --host="$host" --port="$port" --user="$user" \
      --single-transaction --routines --triggers --events --hex-blob \
      --default-character-set=utf8mb4 --skip-dump-date "${binlog[@]}" "$database" \
    | sed -E 's/ DEFINER=``(@`[^`]*`)?//g' \
    | gzip -6 \
    | if [ -n "$recipient" ]; then gpg --batch --yes --trust-model always --encrypt --recipient "$recipient"; else cat; fi
} > "$partial"

mv "$partial" "$dir/$name"
trap - EXIT
(cd "$dir" && sha256sum "$name" > "$name.sha256")

if [ -n "$keep_days" ]; then
  # only files this script wrote; the newest backup always stays, however old
  find "$dir" -maxdepth 1 -type f -name 'regio-*.sql.gz*' -mtime +"$keep_days" ! -name "$name" ! -name "$name.sha256" -print -delete >&2
fi
echo "$dir/$name"
