#!/usr/bin/env bash
# Start-up time of the README's run command until /actuator/health answers UP:
# once on a fresh data directory (the embedded MariaDB is unpacked and installed, migrations
# and demo data loaded) and then three times on that existing directory.
# Usage: scripts/measure-startup.sh [port]   (prints a Markdown table)
set -euo pipefail
cd "$(dirname "$0")/.."
port="${1:-18090}"
work="target/startup"
rm -rf "$work" && mkdir -p "$work"
./mvnw -q -o compile >/dev/null 2>&1 || ./mvnw -q compile >/dev/null

start_once() {
  local log="$1" started=$(date +%s.%N)
  ./mvnw -o -q spring-boot:run -Dspring-boot.run.arguments="--server.port=$port --regio.embedded-db.base-dir=$work/mariadb-base --regio.embedded-db.data-dir=$work/mariadb" >"$log" 2>&1 &
  local pid=$!
  until curl -fs "http://localhost:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the app stopped; see $log" >&2; exit 1; fi
    sleep 0.2
  done
  local ready=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  # the forked app JVM and its database go down with the Maven process; wait until the port is free
  while curl -fs "http://localhost:$port/actuator/health" >/dev/null 2>&1; do sleep 0.5; done
  # and its MariaDB has let go of the data directory (a server still shutting down holds InnoDB's
  # lock, and the next start would wait for it)
  while pgrep -f -- "--datadir=$PWD/$work/mariadb( |$)" >/dev/null; do sleep 0.5; done
  sleep 1
  echo "$ready - $started" | bc
}

echo "| start | seconds to healthy |"
echo "|---|---|"
echo "| empty data directory (MariaDB installed, migrations, demo data) | $(start_once "$work/first.log") |"
for run in 1 2 3; do
  echo "| existing data directory, run $run | $(start_once "$work/again-$run.log") |"
done
