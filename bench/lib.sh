#!/usr/bin/env bash
# Shared by the bench scripts: the console's API through curl + jq, and the lab's env file.
# POSTWARDEN_URL (default http://127.0.0.1:8080), POSTWARDEN_USER (default admin),
# POSTWARDEN_PASSWORD (or POSTWARDEN_ADMIN_PASSWORD).
set -euo pipefail

BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_DIR="$(cd "$BENCH_DIR/.." && pwd)"
URL="${POSTWARDEN_URL:-http://127.0.0.1:8080}"
API_USER="${POSTWARDEN_USER:-admin}"
API_PASSWORD="${POSTWARDEN_PASSWORD:-${POSTWARDEN_ADMIN_PASSWORD:-}}"
LAB_ENV="${POSTWARDEN_LAB_DIR:-/var/lib/postwarden-lab}/lab.env"
SEED_MYNETWORKS="127.0.0.0/8 100.120.0.0/24"

die() { printf 'bench: error: %s\n' "$*" >&2; exit 1; }
note() { printf 'bench: %s\n' "$*" >&2; }
command -v jq >/dev/null || die "jq is needed"
command -v curl >/dev/null || die "curl is needed"
[[ -n "$API_PASSWORD" ]] || die "set POSTWARDEN_PASSWORD (the console's admin password)"
[[ -f "$LAB_ENV" ]] || die "$LAB_ENV missing: run scripts/lab.sh up"
set -a; . "$LAB_ENV"; set +a

# api METHOD PATH [JSON]: prints the body; fails on a status >= 400.
api() {
  local method="$1" path="$2" body="${3:-}" out status
  out=$(mktemp)
  status=$(curl -sS -o "$out" -w '%{http_code}' -u "$API_USER:$API_PASSWORD" -H 'Accept: application/json' \
    -H 'Content-Type: application/json' -X "$method" "$URL$path" ${body:+--data-binary "$body"})
  if ((status >= 400)); then
    printf 'bench: %s %s answered %s: %s\n' "$method" "$path" "$status" "$(cat "$out")" >&2
    rm -f "$out"; return 1
  fi
  cat "$out"; rm -f "$out"
}

now_ms() { date +%s%3N; }
lab() { "$REPO_DIR/scripts/lab.sh" "$@"; }

# Host id by name, empty if absent.
host_id() { api GET "/api/v1/hosts?size=2000" | jq -r --arg n "$1" '.content[] | select(.name == $n) | .id' | head -1; }

# ensure_host NAME CONFIG_DIR ROLES_JSON [MAIL_SETTINGS_ID]: the lab's sshd as a host, key pinned; prints its id.
ensure_host() {
  local name="$1" dir="$2" roles="$3" profile="${4:-null}" id body fp
  id=$(host_id "$name")
  if [[ -z "$id" ]]; then
    body=$(jq -n --arg name "$name" --arg address "$LAB_HOST_ADDRESS" --argjson port "$LAB_SSH_PORT" \
      --arg user "$LAB_SSH_USER" --argjson roles "$roles" --rawfile key "$LAB_KEY_ED25519" --arg dir "$dir" --argjson profile "$profile" \
      '{mailSettingsId: $profile, name: $name, address: $address, port: $port, username: $user, roles: $roles, privateKey: $key, sudo: true,
        postfixConfigDirectory: $dir, accessMapPath: ($dir + "/access")}')
    id=$(api POST /api/v1/hosts "$body" | jq -r .id)
  fi
  if [[ "$(api GET "/api/v1/hosts/$id" | jq -r '.hostKeyFingerprint // ""')" == "" ]]; then
    fp=$(api POST "/api/v1/hosts/$id/probe" '{}' | jq -r .fingerprint)
    api POST "/api/v1/hosts/$id/trust" "$(jq -n --arg f "$fp" '{fingerprint: $f}')" >/dev/null
  fi
  echo "$id"
}

# The seed table's policy (as LabConsoleTest.seedPolicy), each piece only if absent.
ensure_seed() {
  local mail="$1" list
  list=$(api GET "/api/v1/mail-settings?size=2000")
  if ! jq -e '.content[] | select(.name == "default")' <<<"$list" >/dev/null; then
    api POST /api/v1/mail-settings '{"name":"default","defaultProfile":true,"inetInterfaces":"all","heloRequired":true,
      "relayHost":"[mail.isp-a.milxc]:587","submissionEnabled":true,"submissionRejectUnlistedRecipient":false,
      "submissionClientRestrictions":"permit_mynetworks, reject","submissionSenderRestrictions":"access_map, reject",
      "spfEnforcement":"ENFORCE","spfTimeLimit":3600}' >/dev/null
  fi
  list=$(api GET "/api/v1/trusted-networks?size=2000")
  local cidr
  for cidr in 127.0.0.0/8 100.120.0.0/24; do
    jq -e --arg c "$cidr" '.content[] | select(.cidr == $c)' <<<"$list" >/dev/null ||
      api POST /api/v1/trusted-networks "$(jq -n --arg c "$cidr" '{cidr: $c, description: "seed"}')" >/dev/null
  done
  jq -e '.content[] | select(.key == "isp-a.milxc")' <<<"$(api GET "/api/v1/access-entries?size=2000")" >/dev/null ||
    api POST /api/v1/access-entries '{"key":"isp-a.milxc","action":"OK","description":"may submit"}' >/dev/null
  jq -e '.content[] | select(.name == "target.milxc")' <<<"$(api GET "/api/v1/domains?size=2000")" >/dev/null ||
    api POST /api/v1/domains "$(jq -n --argjson h "$mail" '{name: "target.milxc", mailHostIds: [$h], dnsHostIds: [$h]}')" >/dev/null
  jq -e '.content[] | select(.domain == "target.milxc")' <<<"$(api GET "/api/v1/spf-policies?size=2000")" >/dev/null ||
    api POST /api/v1/spf-policies '{"domain":"target.milxc","record":"v=spf1 mx -all"}' >/dev/null
}

# push_and_wait HOST_IDS_JSON: starts a push, polls it to the end, prints the final push JSON.
push_and_wait() {
  local ids="$1" id push status
  id=$(api POST /api/v1/pushes "$(jq -n --argjson h "$ids" '{hostIds: $h}')" | jq -r .id)
  while :; do
    push=$(api GET "/api/v1/pushes/$id")
    status=$(jq -r .status <<<"$push")
    [[ "$status" == PENDING || "$status" == RUNNING ]] || break
    sleep 0.1
  done
  echo "$push"
}

# stats MS...: "median min max" of the numbers given.
stats() { printf '%s\n' "$@" | sort -n | awk '{a[NR]=$1} END {m = NR % 2 ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2; printf "%d %d %d\n", m, a[1], a[NR]}'; }
# ms_of ISO_INSTANT: epoch milliseconds.
ms_of() { date -d "$1" +%s%3N; }
