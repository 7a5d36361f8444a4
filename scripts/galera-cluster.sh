#!/usr/bin/env bash
# Galera drill (issue 10), never part of ./mvnw verify or CI. On this machine only (loopback):
#  1. installs Debian's mariadb-server, galera-4 and rsync if missing (as root, apt-get);
#  2. starts a three-node MariaDB Galera cluster on 127.0.0.1 (own data dirs under target/galera);
#  3. runs two app instances (whole application, prod profile) against node 1 and node 2;
#     instance b's JDBC URL fails over to node 3;
#  4. both drive a mixed workload through their services: enrolments, applications, hosts
#     selecting on the same full visits from both instances, certificate issuance racing for
#     the same sources;
#  5. kill -9 node 2 mid-way, restart it later (it rejoins by IST), and measure the time;
#  6. checks in SQL that every rule held, nothing was lost or duplicated, and all nodes agree.
# Usage: scripts/galera-cluster.sh [ops-per-instance] [threads]   (exit 0 when every rule held)
# CLUSTER_ONLY=1 scripts/galera-cluster.sh starts just the three nodes and keeps them until Ctrl-C.
# Ports: CLUSTER_PORT_BASE (default 33100): SQL +1..+3, gcomm +11..+13, IST +21..+23, SST +31..+33, HTTP +41/+42.
# The figures of a run are printed at the end; docs/benchmarks.md, "Galera cluster (issue 10)", has them.
set -euo pipefail
cd "$(dirname "$0")/.."
ops="${1:-800}"
threads="${2:-4}"
base="${CLUSTER_PORT_BASE:-33100}"
work="$PWD/target/galera"
mvn_args=(-q "-Dcodegen.db.port=${CODEGEN_DB_PORT:-$((base + 50))}")

java_major=$("${JAVA_HOME:+$JAVA_HOME/bin/}java" -XshowSettings:properties -version 2>&1 | sed -n 's/ *java.specification.version = //p')
if [ "${java_major:-0}" -lt 21 ]; then
  echo "needs a JDK 21 or later: set JAVA_HOME (e.g. /usr/lib/jvm/temurin-25-jdk-amd64)" >&2; exit 1
fi
need=()
command -v mariadbd >/dev/null || [ -x /usr/sbin/mariadbd ] || need+=(mariadb-server mariadb-client)
[ -e /usr/lib/galera/libgalera_smm.so ] || need+=(galera-4)
command -v rsync >/dev/null || need+=(rsync)
if [ ${#need[@]} -gt 0 ]; then
  echo "installing ${need[*]}"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${need[@]}" >/dev/null
fi
MARIADBD=/usr/sbin/mariadbd
GALERA=/usr/lib/galera/libgalera_smm.so

sql_port() { echo $((base + $1)); }
pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for i in 1 2 3; do
    [ -f "$work/node$i/mysqld.pid" ] && kill "$(cat "$work/node$i/mysqld.pid")" 2>/dev/null || true
  done
}
trap cleanup EXIT

for i in 1 2 3; do
  if [ -f "$work/node$i/mysqld.pid" ] && kill -0 "$(cat "$work/node$i/mysqld.pid")" 2>/dev/null; then
    kill "$(cat "$work/node$i/mysqld.pid")"; sleep 3
  fi
done
rm -rf "$work" && mkdir -p "$work/run"

cluster="gcomm://127.0.0.1:$((base + 11)),127.0.0.1:$((base + 12)),127.0.0.1:$((base + 13))"
for i in 1 2 3; do
  mkdir -p "$work/node$i/data"
  # the rsync daemon of a joining node (SST) writes as 'nobody' when started by root
  chmod 777 "$work/node$i/data"
  cat >"$work/node$i/my.cnf" <<CNF
[mysqld]
user=root
datadir=$work/node$i/data
socket=$work/node$i/mysqld.sock
pid-file=$work/node$i/mysqld.pid
log-error=$work/node$i/error.log
port=$(sql_port $i)
bind-address=127.0.0.1
skip-name-resolve
character-set-server=utf8mb4
collation-server=utf8mb4_unicode_520_ci
max_connections=200
innodb_buffer_pool_size=192M
innodb_flush_log_at_trx_commit=2
# Galera needs these three
binlog_format=ROW
default_storage_engine=InnoDB
innodb_autoinc_lock_mode=2
wsrep_on=ON
wsrep_provider=$GALERA
wsrep_cluster_name=regio-drill
wsrep_cluster_address=$cluster
wsrep_node_name=node$i
wsrep_node_address=127.0.0.1:$((base + 10 + i))
wsrep_provider_options="gmcast.listen_addr=tcp://127.0.0.1:$((base + 10 + i));ist.recv_addr=127.0.0.1:$((base + 20 + i));gcache.size=256M"
wsrep_sst_receive_address=127.0.0.1:$((base + 30 + i))
wsrep_sst_method=rsync
wsrep_slave_threads=2
# a read waits until the node has applied what the cluster committed before it (causal reads)
wsrep_sync_wait=1
CNF
done

start_node() { # node, extra args
  local i="$1"; shift
  "$MARIADBD" --defaults-file="$work/node$i/my.cnf" "$@" >>"$work/node$i/stdout.log" 2>&1 &
}
synced() { # node
  mariadb --protocol=tcp -h127.0.0.1 -P"$(sql_port "$1")" -uroot -N -e \
    "SHOW STATUS LIKE 'wsrep_local_state_comment'" 2>/dev/null | grep -q Synced
}
wait_synced() { # node, seconds
  local i="$1" limit="$2" t=0
  until synced "$i"; do
    sleep 0.5; t=$((t + 1))
    if [ "$t" -gt $((limit * 2)) ]; then echo "node $i did not sync; see $work/node$i/error.log" >&2; exit 1; fi
  done
}
now_ms() { date +%s%3N; }

echo "== three Galera nodes on 127.0.0.1:$(sql_port 1)-$(sql_port 3)"
mariadb-install-db --defaults-file="$work/node1/my.cnf" --auth-root-authentication-method=normal \
  --skip-test-db >"$work/node1/install.log" 2>&1
start_node 1 --wsrep-new-cluster
wait_synced 1 60
mariadb --protocol=tcp -h127.0.0.1 -P"$(sql_port 1)" -uroot <<SQL
CREATE DATABASE regio CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;
CREATE USER 'regio'@'127.0.0.1' IDENTIFIED BY 'regio';
GRANT ALL ON regio.* TO 'regio'@'127.0.0.1';
GRANT PROCESS ON *.* TO 'regio'@'127.0.0.1';
SQL
for i in 2 3; do start_node "$i"; wait_synced "$i" 120; done
echo "cluster size: $(mariadb --protocol=tcp -h127.0.0.1 -P"$(sql_port 1)" -uroot -N -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)"

if [ "${CLUSTER_ONLY:-}" = 1 ]; then
  echo "CLUSTER_ONLY=1: the cluster runs until Ctrl-C (root without password on 127.0.0.1)"
  while sleep 3600; do :; done
fi

echo "== building the test classpath"
./mvnw -o "${mvn_args[@]}" test-compile >/dev/null 2>&1 || ./mvnw "${mvn_args[@]}" test-compile
./mvnw -o "${mvn_args[@]}" dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=test \
  >/dev/null 2>&1 || ./mvnw "${mvn_args[@]}" dependency:build-classpath -Dmdep.outputFile="$work/classpath" -Dmdep.includeScope=test
cp="target/test-classes:target/classes:$(cat "$work/classpath")"
url() { echo "jdbc:mariadb:sequential://$(for n in "$@"; do printf '127.0.0.1:%s,' "$(sql_port "$n")"; done | sed 's/,$//')/regio"; }

instance() { # name, http port, nodes...
  local name="$1" port="$2"; shift 2
  java -Xmx768m -cp "$cp" eu.regioacademy.platform.cluster.GaleraWorkload instance "$name" "$(url "$@")" "$port" \
    "$work/run" "$ops" "$threads" >"$work/instance-$name.log" 2>&1 &
  pids+=($!)
}

echo "== app instance a on node 1 (migrates, loads demo data, prepares visits), then b on node 2 (fails over to node 3)"
started=$(now_ms)
instance a $((base + 41)) 1
until [ -f "$work/run/setup.properties" ]; do
  kill -0 "${pids[0]}" 2>/dev/null || { echo "instance a stopped; see $work/instance-a.log" >&2; tail -40 "$work/instance-a.log" >&2; exit 1; }
  sleep 1
done
instance b $((base + 42)) 2 3
until [ -f "$work/run/ready-b" ]; do
  kill -0 "${pids[1]}" 2>/dev/null || { echo "instance b stopped; see $work/instance-b.log" >&2; tail -40 "$work/instance-b.log" >&2; exit 1; }
  sleep 1
done
echo "both instances up after $(( ($(now_ms) - started) / 1000 )) s; both serve HTTP:"
for p in $((base + 41)) $((base + 42)); do echo "  :$p $(curl -s "http://127.0.0.1:$p/actuator/health")"; done

echo "== workload: $ops operations per instance, $threads threads each; node 2 dies when b is a quarter through"
kill_at=$((ops / 4))
until [ "$(cat "$work/run/progress-b" 2>/dev/null || echo 0)" -ge "$kill_at" ]; do sleep 0.2; done
killed=$(now_ms)
kill -9 "$(cat "$work/node2/mysqld.pid")"
echo "kill -9 node 2 at b's operation $(cat "$work/run/progress-b") ($(date -u -d "@${killed:0:10}" +%T) UTC)"
sleep 8
echo "cluster size 8 s later: $(mariadb --protocol=tcp -h127.0.0.1 -P"$(sql_port 1)" -uroot -N -e "SHOW STATUS LIKE 'wsrep_cluster_size'" | cut -f2)"
sleep 2
rejoin=$(now_ms)
rm -f "$work/node2/mysqld.pid"
log_lines=$(wc -l <"$work/node2/error.log")
# after a crash grastate.dat says seqno -1: recover the last committed position from InnoDB (what
# galera_recovery does under systemd), so the node asks for the missing write-sets only (IST)
"$MARIADBD" --defaults-file="$work/node2/my.cnf" --wsrep-recover --log-error="$work/node2/recover.log" >/dev/null 2>&1 || true
position=$(grep -o 'Recovered position: .*' "$work/node2/recover.log" | tail -1 | cut -d' ' -f3)
# a full state transfer (SST) would be written by rsync's daemon as 'nobody'
chmod -R a+rwX "$work/node2/data"
start_node 2 ${position:+--wsrep-start-position="$position"}
wait_synced 2 300
synced_at=$(now_ms)
echo "node 2 restarted $(( (rejoin - killed) / 1000 )) s after the kill from position ${position:-unknown}, synced again in $(( synced_at - rejoin )) ms by $(tail -n +"$log_lines" "$work/node2/error.log" | grep -q 'IST received' && echo IST || echo SST)"

status=0
for pid in "${pids[@]}"; do wait "$pid" || status=1; done
pids=()
[ "$status" -eq 0 ] || { echo "an instance failed; see $work/instance-*.log" >&2; exit 1; }
grep -h '^[ab]: ops=' "$work"/instance-*.log
last_failure_b=$(grep '^lastFailure=' "$work/run/result-b.properties" | cut -d= -f2)
if [ "${last_failure_b:-0}" -gt 0 ]; then
  echo "instance b: last failed operation $(( last_failure_b - killed )) ms after the kill (then served by node 3)"
  echo "  ($(grep '^failureTypes=' "$work/run/result-b.properties"))"
else
  echo "instance b: no failed operation around the kill"
fi

echo "== checking the rules on all three nodes"
java -cp "$cp" eu.regioacademy.platform.cluster.GaleraWorkload check "$work/run" "$(url 2)" "$(url 1)" "$(url 3)"
