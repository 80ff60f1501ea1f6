#!/usr/bin/env bash
# Fleet push: N simulated hosts — the lab's Postfix instances /etc/postfix-lab1..N, each
# its own config dir, queue dir and 127.0.1.K address behind the one lab sshd — registered
# through the API and pushed in ONE push. Reports wall time, hosts/second and the largest
# number of hosts seen running at once (the console's postwarden.push.parallelism bounds it).
# Creates the instances if the lab has fewer (scripts/lab.sh instances N), resets them first.
# Usage: bench/fleet.sh N   (as root; N up to 250). Cleanup: scripts/lab.sh instances-down
#
# The simulated hosts use the seed's default profile (inet_interfaces = all), so each
# instance goes from 127.0.1.K to all and the push stops and starts it (a reload ignores
# inet_interfaces) — heavier than a real fleet, where "all" is already there and the push
# reloads. FLEET_PROFILE=per-instance gives each host its own profile with inet_interfaces =
# 127.0.1.K (reload path), but today that hits a console bug: GET /api/v1/hosts answers 500
# (LazyInitializationException in HostView.of) once a host has a profile.
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
N="${1:?usage: bench/fleet.sh N}"
[[ "$N" =~ ^[0-9]+$ && "$N" -ge 1 ]] || die "N must be a positive number"
RESULTS="${BENCH_RESULTS:-$BENCH_DIR/results}"
mkdir -p "$RESULTS"

have=0
for ((k = 1; k <= N; k++)); do [[ -f "$LAB_POSTFIX_INSTANCE_PREFIX$k/main.cf" ]] && have=$k || break; done
if ((have < N)) || ! LAB_INSTANCES=$N lab status >/dev/null 2>&1; then
  note "starting lab instances 1..$N"
  lab instances "$N"
fi

primary=$(ensure_host mail.target.milxc "$LAB_POSTFIX_CONFIG_DIR" '["MAIL","DNS"]')
ensure_seed "$primary"
default=$(api GET "/api/v1/mail-settings?size=2000" | jq -c '.content[] | select(.name == "default")')
profiles=$(api GET "/api/v1/mail-settings?size=2000")
hosts=$(api GET "/api/v1/hosts?size=2000")
ids=()
t0=$(now_ms)
for ((k = 1; k <= N; k++)); do
  name="fleet$k.target.milxc"
  id=$(jq -r --arg n "$name" '.content[] | select(.name == $n and .hostKeyFingerprint != null) | .id' <<<"$hosts")
  if [[ -z "$id" ]]; then
    profile=null
    if [[ "${FLEET_PROFILE:-default}" == per-instance ]]; then
      profile=$(jq -r --arg n "fleet-$k" '.content[] | select(.name == $n) | .id' <<<"$profiles")
      if [[ -z "$profile" ]]; then
        profile=$(api POST /api/v1/mail-settings "$(jq -c --arg n "fleet-$k" --arg i "$LAB_INSTANCE_ADDRESS_PREFIX$k" \
          'del(.id, .version) | .name = $n | .defaultProfile = false | .inetInterfaces = $i' <<<"$default")" | jq -r .id)
      fi
    fi
    id=$(ensure_host "$name" "$LAB_POSTFIX_INSTANCE_PREFIX$k" '["MAIL"]' "$profile")
  fi
  ids+=("$id")
done
note "$N hosts registered/checked in $(($(now_ms) - t0)) ms"
ids_json=$(printf '%s\n' "${ids[@]}" | jq -s -c .)

note "resetting lab instances 1..$N"
LAB_INSTANCES=$N lab reset 2>/dev/null

t0=$(now_ms)
push=$(push_and_wait "$ids_json")
t1=$(now_ms)
echo "$push" >"$RESULTS/fleet-$N.json"
jq -e '.status == "SUCCEEDED" and ([.hosts[] | select(.changed)] | length) == (.hosts | length)' <<<"$push" >/dev/null ||
  die "fleet push of $N did not succeed with changes on every host: $(jq -c '{status, summary}' <<<"$push")"
for ((k = 1; k <= N; k++)); do
  [[ "$(ip netns exec "$LAB_NETNS" postconf -c "$LAB_POSTFIX_INSTANCE_PREFIX$k" -h mynetworks)" == "$SEED_MYNETWORKS" ]] ||
    die "instance $k does not have the seed's mynetworks"
done
wall=$((t1 - t0))
server=$(( $(ms_of "$(jq -r .finishedAt <<<"$push")") - $(ms_of "$(jq -r .createdAt <<<"$push")") ))
# Largest number of hosts whose [startedAt, finishedAt] intervals overlap at one instant.
concurrent=$(jq '[.hosts[] | [.startedAt, 1], [.finishedAt, -1]] | sort_by(.[0], .[1])
  | reduce .[] as $e ({c: 0, m: 0}; .c += $e[1] | .m = ([.m, .c] | max)) | .m' <<<"$push")
per_host=$(for s in $(jq -r '.hosts[] | .startedAt + "," + .finishedAt' <<<"$push"); do
  echo $(( $(ms_of "${s#*,}") - $(ms_of "${s%,*}") )); done)
read -r hm hlo hhi < <(stats $per_host)
rate=$(awk -v n="$N" -v ms="$wall" 'BEGIN {printf "%.2f", n * 1000 / ms}')

t2=$(now_ms)
insync=$(push_and_wait "$ids_json")
t3=$(now_ms)
jq -e '.status == "SUCCEEDED" and ([.hosts[] | select(.changed)] | length) == 0' <<<"$insync" >/dev/null ||
  die "the second fleet push of $N changed something"
insync_rate=$(awk -v n="$N" -v ms="$((t3 - t2))" 'BEGIN {printf "%.2f", n * 1000 / ms}')

printf 'fleet push (changes)\t%s\t%s\t\t\t%s hosts/s; server %s ms; per host median %s ms (%s..%s); at most %s hosts at once\n' \
  "$N" "$wall" "$rate" "$server" "$hm" "$hlo" "$hhi" "$concurrent" | tee "$RESULTS/fleet-$N.tsv"
printf 'fleet push (in sync)\t%s\t%s\t\t\t%s hosts/s\n' "$N" "$((t3 - t2))" "$insync_rate" | tee -a "$RESULTS/fleet-$N.tsv"
