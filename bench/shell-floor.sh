#!/usr/bin/env bash
# The floor: the very commands the seed push ran (GET /api/v1/pushes/{id} →
# hosts[].steps[].command), run by a plain shell script over ONE ssh connection, after a
# lab reset. What it leaves out is the console's own work: planning, recording each step,
# the DNS query and the relay probe.
# Usage: bench/shell-floor.sh [RUNS]   (default 5). Needs a changed seed push: PUSH_ID, or the
# last one bench/push-seed.sh saved in bench/results/seed-push.json (run that first).
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
RUNS="${1:-5}"
RESULTS="${BENCH_RESULTS:-$BENCH_DIR/results}"
mkdir -p "$RESULTS"

if [[ -n "${PUSH_ID:-}" ]]; then push=$(api GET "/api/v1/pushes/$PUSH_ID")
elif [[ -f "$RESULTS/seed-push.json" ]]; then push=$(cat "$RESULTS/seed-push.json")
else die "no push to replay: set PUSH_ID or run bench/push-seed.sh first"; fi
jq -e '.hosts | length == 1 and .[0].changed' <<<"$push" >/dev/null || die "push $(jq .id <<<"$push") is not a one-host push with changes"

SSH=(ssh -i "$LAB_KEY_ED25519" -p "$LAB_SSH_PORT" -o BatchMode=yes -o UserKnownHostsFile="$LAB_KNOWN_HOSTS"
  -o StrictHostKeyChecking=yes -o ControlMaster=no -o ControlPath=none "$LAB_SSH_USER@$LAB_HOST_ADDRESS")
config_dir=$(jq -r '.hosts[0].steps[].command' <<<"$push" | grep -oE 'postfix -c [^ ]+ check' | head -1 | awk '{print $3}')
[[ "$(ip netns exec "$LAB_NETNS" postconf -c "${config_dir:-/etc/postfix}" -h mynetworks)" == "$SEED_MYNETWORKS" ]] ||
  die "the lab is not in the pushed state (uploads are replayed from it): run bench/push-seed.sh first"

# The script: each recorded command verbatim (they are shell-quoted as an operator would type
# them); each upload becomes tee to a temporary name + mv, with the content the push left.
script="$RESULTS/floor-script.sh"
{
  echo 'fail=0'
  n=0
  while IFS= read -r cmd; do
    n=$((n + 1))
    if [[ "$cmd" =~ ^upload\ ([^ ]+)\ \( ]]; then
      path="${BASH_REMATCH[1]}"
      content=$("${SSH[@]}" "sudo -n cat -- '$path'" </dev/null)
      printf "sudo -n tee '%s.floor-tmp' >/dev/null <<'POSTWARDEN_FLOOR_EOF'\n%s\nPOSTWARDEN_FLOOR_EOF\n" "$path" "$content"
      printf "sudo -n mv -f '%s.floor-tmp' '%s' || fail=\$((fail+1))\n" "$path" "$path"
    else
      printf '%s </dev/null >/dev/null 2>&1 || echo "step %d exit $?: %s" >&2\n' "$cmd" "$n" "${cmd//[\"\$\`]/}"
    fi
  done < <(jq -r '.hosts[0].steps[].command' <<<"$push")
  echo 'exit 0'
} >"$script"
steps=$(jq '.hosts[0].steps | length' <<<"$push")
note "replaying $steps steps of push $(jq .id <<<"$push") over one ssh connection, $RUNS runs"

ssh_ms=()
for ((i = 1; i <= RUNS; i++)); do
  t0=$(now_ms); "${SSH[@]}" true; t1=$(now_ms); ssh_ms+=($((t1 - t0)))
done
floor_ms=()
for ((i = 1; i <= RUNS; i++)); do
  lab reset 2>/dev/null
  t0=$(now_ms)
  "${SSH[@]}" 'bash -s' <"$script" 2>"$RESULTS/floor-stderr.txt"
  t1=$(now_ms)
  floor_ms+=($((t1 - t0)))
  [[ "$(ip netns exec "$LAB_NETNS" postconf -c "${config_dir:-/etc/postfix}" -h mynetworks)" == "$SEED_MYNETWORKS" ]] ||
    die "the floor script did not apply the seed (see $RESULTS/floor-stderr.txt)"
  note "run $i: $((t1 - t0)) ms ($(wc -l <"$RESULTS/floor-stderr.txt") non-zero exits, as recorded by the push: $(jq '[.hosts[0].steps[] | select(.exitCode != null and .exitCode != 0)] | length' <<<"$push"))"
done

read -r m lo hi < <(stats "${floor_ms[@]}")
read -r sm slo shi < <(stats "${ssh_ms[@]}")
printf 'shell floor (same commands, 1 ssh)\t1\t%s\t%s\t%s\t%s runs; %s steps\n' "$m" "$lo" "$hi" "$RUNS" "$steps" | tee "$RESULTS/shell-floor.tsv"
printf 'ssh connect + true\t1\t%s\t%s\t%s\t%s runs\n' "$sm" "$slo" "$shi" "$RUNS" | tee -a "$RESULTS/shell-floor.tsv"
