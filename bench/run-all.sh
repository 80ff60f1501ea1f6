#!/usr/bin/env bash
# Starts a console of its own (empty H2 file under /tmp, no demo data), waits for it, runs
# push-seed, shell-floor and fleet for 1, 10 and 50 hosts against the lab, writes
# bench/results/ and prints the markdown table. As root, with the lab up (scripts/lab.sh up).
# BENCH_PORT (default 18080), BENCH_PARALLELISM (default 8), BENCH_RUNS (default 5),
# BENCH_FLEET (default "1 10 50").
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
PORT="${BENCH_PORT:-18080}"
PARALLELISM="${BENCH_PARALLELISM:-8}"
RUNS="${BENCH_RUNS:-5}"
FLEET="${BENCH_FLEET:-1 10 50}"
RESULTS="$BENCH_DIR/results"
TMP=$(mktemp -d /tmp/postwarden-bench.XXXXXX)
export POSTWARDEN_URL="http://127.0.0.1:$PORT" POSTWARDEN_USER=admin
export POSTWARDEN_PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
export POSTWARDEN_ADMIN_PASSWORD="$POSTWARDEN_PASSWORD" BENCH_RESULTS="$RESULTS"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"
"$REPO_DIR/scripts/lab.sh" status >/dev/null || { echo "bench: the lab is not up: scripts/lab.sh up" >&2; exit 1; }

# The console in its own process group, so stopping it stops Maven's forked JVM too.
cd "$REPO_DIR"
setsid ./mvnw -q -o spring-boot:run -Dspring-boot.run.arguments="--server.port=$PORT --postwarden.demo-data=false \
--spring.datasource.url=jdbc:h2:file:$TMP/db --postwarden.secret-key-file=$TMP/secret.key \
--postwarden.push.parallelism=$PARALLELISM --postwarden.drift.schedule-enabled=false" >"$RESULTS/console.log" 2>&1 &
console=$!
stop_console() { kill -TERM -- "-$console" 2>/dev/null || true; wait "$console" 2>/dev/null || true; rm -rf "$TMP"; }
trap stop_console EXIT
t0=$(date +%s)
until curl -sf -u "admin:$POSTWARDEN_PASSWORD" "$POSTWARDEN_URL/actuator/health" | grep -q '"UP"'; do
  kill -0 "$console" 2>/dev/null || { echo "bench: the console did not start, see $RESULTS/console.log" >&2; exit 1; }
  (($(date +%s) - t0 < 300)) || { echo "bench: the console is not healthy after 5 minutes" >&2; exit 1; }
  sleep 1
done
echo "bench: console up on $POSTWARDEN_URL after $(($(date +%s) - t0)) s (parallelism $PARALLELISM)" >&2

"$BENCH_DIR/push-seed.sh" "$RUNS"
"$BENCH_DIR/shell-floor.sh" "$RUNS"
for n in $FLEET; do "$BENCH_DIR/fleet.sh" "$n"; done
"$REPO_DIR/scripts/lab.sh" reset 2>/dev/null
n_max=$(printf '%s\n' $FLEET | sort -n | tail -1)
LAB_INSTANCES=$n_max "$REPO_DIR/scripts/lab.sh" reset 2>/dev/null

{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ //'))," \
    "$(free -g | awk '/Mem:/ {print $2}') GB, parallelism $PARALLELISM."
  echo
  echo '| benchmark | hosts | wall ms (median) | min ms | max ms | notes |'
  echo '|---|---:|---:|---:|---:|---|'
  cat "$RESULTS/push-seed.tsv" "$RESULTS/shell-floor.tsv" $(for n in $FLEET; do echo "$RESULTS/fleet-$n.tsv"; done) |
    awk -F'\t' '{printf "| %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6}'
} | tee "$RESULTS/summary.md"
