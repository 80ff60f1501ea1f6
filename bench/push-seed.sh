#!/usr/bin/env bash
# Times the seed push end to end through the API: POST /api/v1/pushes, then poll
# GET /api/v1/pushes/{id} until it finishes. Starts nothing itself: point it at a running
# console (POSTWARDEN_URL, POSTWARDEN_USER, POSTWARDEN_PASSWORD) and a lab that is up.
# Creates the lab host and the seed policy if absent, resets the lab before each run.
# Usage: bench/push-seed.sh [RUNS]   (default 5; as root, for scripts/lab.sh reset)
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS="${1:-5}"
RESULTS="${BENCH_RESULTS:-$BENCH_DIR/results}"
mkdir -p "$RESULTS"

id=$(ensure_host mail.target.milxc "$LAB_POSTFIX_CONFIG_DIR" '["MAIL","DNS"]')
ensure_seed "$id"
note "seed push of host $id, $RUNS runs, lab reset before each"

# server: the push's own record, createdAt → finishedAt; client: POST to the poll that saw it end.
changed_ms=() changed_server_ms=()
for ((i = 1; i <= RUNS; i++)); do
  # The lab is shared: another suite's `lab.sh reset` during a push makes its verification
  # fail and the push roll back. Such a run is reported and done again (at most twice).
  for attempt in 1 2 3; do
    lab reset 2>/dev/null
    t0=$(now_ms)
    push=$(push_and_wait "[$id]")
    t1=$(now_ms)
    jq -e '.status == "SUCCEEDED" and .hosts[0].changed' <<<"$push" >/dev/null && break
    note "run $i attempt $attempt: $(jq -c '{id, status, m: .hosts[0].message[0:160]}' <<<"$push")"
    ((attempt < 3)) || die "run $i: push did not succeed with changes"
  done
  server=$(( $(ms_of "$(jq -r .finishedAt <<<"$push")") - $(ms_of "$(jq -r .createdAt <<<"$push")") ))
  changed_ms+=($((t1 - t0))); changed_server_ms+=("$server")
  note "run $i: push $(jq .id <<<"$push") $((t1 - t0)) ms (server $server ms, $(jq '.hosts[0].steps | length' <<<"$push") steps)"
  echo "$push" >"$RESULTS/seed-push.json"
done
[[ "$(ip netns exec "$LAB_NETNS" postconf -c "$LAB_POSTFIX_CONFIG_DIR" -h mynetworks)" == "$SEED_MYNETWORKS" ]] ||
  die "mynetworks on the lab is not the seed's after the push"

insync_ms=()
for ((i = 1; i <= RUNS; i++)); do
  t0=$(now_ms)
  push=$(push_and_wait "[$id]")
  t1=$(now_ms)
  jq -e '.status == "SUCCEEDED" and (.hosts[0].changed | not)' <<<"$push" >/dev/null || die "in-sync run $i changed something"
  insync_ms+=($((t1 - t0)))
  echo "$push" >"$RESULTS/seed-push-insync.json"
done

read -r m lo hi < <(stats "${changed_ms[@]}")
read -r sm slo shi < <(stats "${changed_server_ms[@]}")
read -r im ilo ihi < <(stats "${insync_ms[@]}")
printf 'seed push (changes)\t1\t%s\t%s\t%s\t%s runs; server-side median %s ms; %s steps\n' "$m" "$lo" "$hi" "$RUNS" "$sm" \
  "$(jq '.hosts[0].steps | length' "$RESULTS/seed-push.json")" | tee "$RESULTS/push-seed.tsv"
printf 'seed push (in sync)\t1\t%s\t%s\t%s\t%s runs; %s steps\n' "$im" "$ilo" "$ihi" "$RUNS" \
  "$(jq '.hosts[0].steps | length' "$RESULTS/seed-push-insync.json")" | tee -a "$RESULTS/push-seed.tsv"
