#!/usr/bin/env bash
# Postwarden test lab: real OpenSSH, NSD and Postfix in a network namespace.
# Usage: scripts/lab.sh install|up|down|status|env|reset|instances N|instances-down [KEEP]
set -euo pipefail

LAB_DIR="${POSTWARDEN_LAB_DIR:-/var/lib/postwarden-lab}"
LAB_LOG_DIR="${POSTWARDEN_LAB_LOG_DIR:-/var/log/postwarden-lab}"
LAB_INSTANCES="${LAB_INSTANCES:-3}"
NS=pwlab
VETH_HOST=pwlab0
VETH_NS=pwlab1
CONSOLE_ADDR=10.213.0.1
HOST_ADDR=10.213.0.2
SSH_PORT=2222
SSH_USER=pwlab
INSTANCE_PREFIX=/etc/postfix-lab
INSTANCE_ADDR_PREFIX=127.0.1.
ZONE_DIR=/etc/nsd/lab-zones
NSD_CONF=/etc/nsd/nsd.conf
NSD_DROPIN=/etc/nsd/nsd.conf.d/postwarden-lab.conf
SUDOERS=/etc/sudoers.d/postwarden-lab
SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SRC_ZONES="$SCRIPT_DIR/lab/zones"
ZONES=(target.milxc isp-a.milxc sender.milxc allowed.milxc 0.213.10.in-addr.arpa)
PACKAGES=(postfix nsd openssh-server openssh-client postfix-policyd-spf-python swaks
  bind9-dnsutils sudo iproute2 chromium chromium-driver curl jq)

log() { printf 'lab: %s\n' "$*" >&2; }
die() { printf 'lab: error: %s\n' "$*" >&2; exit 1; }
nsexec() { ip netns exec "$NS" "$@"; }
[[ $(id -u) -eq 0 ]] || die "must run as root"

instance_dirs() { local k; for ((k = 1; k <= LAB_INSTANCES; k++)); do echo "$INSTANCE_PREFIX$k"; done; }
all_postfix_dirs() { echo /etc/postfix; instance_dirs; }

# ---------------------------------------------------------------- install
cmd_install() {
  local missing=() p installed
  # One dpkg-query for all packages: forks are slow on a busy machine.
  installed=$(dpkg-query -W -f='${Package} ${Status}\n' "${PACKAGES[@]}" 2>/dev/null | awk '/ ok installed$/ {print $1}' || true)
  for p in "${PACKAGES[@]}"; do
    grep -qx "$p" <<<"$installed" || missing+=("$p")
  done
  if ((${#missing[@]} == 0)); then log "packages already installed"; return 0; fi
  log "installing: ${missing[*]}"
  # Package scripts must not start daemons: we start them ourselves, in the namespace.
  # Keep an existing policy-rc.d that already refuses (exit 101). A different one is set aside
  # for the install and given back afterwards; a missing one is created and left in place.
  local prc=/usr/sbin/policy-rc.d prc_rc=0
  if [[ -e $prc ]]; then "$prc" postfix start >/dev/null 2>&1 || prc_rc=$?; fi
  if [[ -e $prc && $prc_rc -ne 101 ]]; then
    mv "$prc" "$prc.postwarden-lab"
    trap 'rm -f /usr/sbin/policy-rc.d; mv /usr/sbin/policy-rc.d.postwarden-lab /usr/sbin/policy-rc.d' EXIT
  fi
  if [[ ! -e $prc ]]; then
    printf '#!/bin/sh\nexit 101\n' >"$prc"
    chmod 0755 "$prc"
  fi
  debconf-set-selections <<'SEL'
postfix postfix/main_mailer_type select Internet Site
postfix postfix/mailname string target.milxc
SEL
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${PACKAGES[@]}"
}

# ---------------------------------------------------------------- helpers
# A pid is alive if it exists and is not a zombie (dead daemons linger as zombies).
pid_alive() {
  local pid="$1" state
  [[ -n "$pid" && -r "/proc/$pid/stat" ]] || return 1
  state=$(sed -E 's/^[0-9]+ \(.*\) (.).*/\1/' "/proc/$pid/stat" 2>/dev/null) || return 1
  [[ "$state" != Z && "$state" != X ]]
}
pid_from() { [[ -r "$1" ]] && tr -dc '0-9' <"$1" || true; }
wait_gone() { # pid timeout_tenths
  local pid="$1" n="${2:-50}"
  while ((n-- > 0)); do pid_alive "$pid" || return 0; sleep 0.1; done
  return 1
}
netns_exists() { ip netns list 2>/dev/null | awk '{print $1}' | grep -qx "$NS"; }
postfix_queue_dir() { postconf -c "$1" -h queue_directory; }
postfix_master_pid() { pid_from "$(postfix_queue_dir "$1")/pid/master.pid"; }
postfix_running() { local p; p=$(postfix_master_pid "$1"); pid_alive "$p"; }
sshd_running() { pid_alive "$(pid_from "$LAB_DIR/run/sshd.pid")"; }
nsd_running() { pid_alive "$(pid_from /run/nsd/nsd.pid)"; }
started_mark() { mkdir -p "$LAB_DIR/run"; echo "$2" >"$LAB_DIR/run/started-$1"; }

# Is a running daemon usable? 0: it runs in our namespace, keep it. 1: start one.
# One left running in a namespace that no longer exists (deleted under it) is ours if its
# pid is the one we recorded: stop it so it can be started in the new namespace.
running_here() { # name pid
  local name="$1" pid="$2"
  pid_alive "$pid" || return 1
  in_our_netns "$pid" && return 0
  if [[ "$(pid_from "$LAB_DIR/run/started-$name")" == "$pid" ]]; then
    log "$name (pid $pid) runs outside namespace $NS: restarting it"
    kill -TERM "$pid" 2>/dev/null || true
    wait_gone "$pid" 100 || { kill -KILL "$pid" 2>/dev/null || true; wait_gone "$pid" 30 || true; }
    return 1
  fi
  die "$name (pid $pid) is running outside the lab and was not started by it"
}

# ---------------------------------------------------------------- network
setup_netns() {
  netns_exists || ip netns add "$NS"
  if ! nsexec ip link show "$VETH_NS" >/dev/null 2>&1; then
    # A host end without its peer in our namespace: the namespace was deleted under a running
    # lab (the peer lives on in the orphaned namespace). Start the pair afresh.
    ip link del "$VETH_HOST" 2>/dev/null || true
    ip link add "$VETH_HOST" type veth peer name "$VETH_NS" netns "$NS"
  fi
  ip addr replace "$CONSOLE_ADDR/30" dev "$VETH_HOST"
  ip link set "$VETH_HOST" up
  nsexec ip link set lo up
  nsexec ip addr replace "$HOST_ADDR/30" dev "$VETH_NS"
  nsexec ip link set "$VETH_NS" up
  local k
  for ((k = 1; k <= LAB_INSTANCES; k++)); do
    nsexec ip addr replace "$INSTANCE_ADDR_PREFIX$k/32" dev lo
  done
  # Everything started with `ip netns exec` sees these files as /etc/resolv.conf and
  # /etc/hosts: the lab resolves through its own NSD only, never the machine's resolver.
  mkdir -p "/etc/netns/$NS"
  echo "nameserver 127.0.0.1" >"/etc/netns/$NS/resolv.conf"
  { echo "127.0.0.1 localhost"
    echo "$HOST_ADDR $(hostname) mail.target.milxc ns.target.milxc"
    echo "$CONSOLE_ADDR console.allowed.milxc"; } >"/etc/netns/$NS/hosts"
}

# ---------------------------------------------------------------- user, keys, sudo
setup_user_and_keys() {
  if ! id "$SSH_USER" >/dev/null 2>&1; then
    useradd --create-home --shell /bin/bash "$SSH_USER"
  fi
  # Key-only login with UsePAM no needs '*' (a locked '!' account is refused).
  usermod -p '*' "$SSH_USER"
  install -d -m 0755 "$LAB_DIR"
  install -d -m 0700 "$LAB_DIR/keys" "$LAB_DIR/hostkeys" "$LAB_DIR/run"
  install -d -m 0755 "$LAB_DIR/authorized_keys"
  [[ -f "$LAB_DIR/keys/id_ed25519" ]] || ssh-keygen -q -t ed25519 -N '' -C pwlab-ed25519 -f "$LAB_DIR/keys/id_ed25519"
  [[ -f "$LAB_DIR/keys/id_ecdsa" ]] || ssh-keygen -q -t ecdsa -b 256 -N '' -C pwlab-ecdsa -f "$LAB_DIR/keys/id_ecdsa"
  [[ -f "$LAB_DIR/keys/id_rsa_pem" ]] || ssh-keygen -q -t rsa -b 3072 -m PEM -N '' -C pwlab-rsa -f "$LAB_DIR/keys/id_rsa_pem"
  chmod 0600 "$LAB_DIR"/keys/id_ed25519 "$LAB_DIR"/keys/id_ecdsa "$LAB_DIR"/keys/id_rsa_pem
  local t
  for t in ed25519 ecdsa rsa; do
    [[ -f "$LAB_DIR/hostkeys/ssh_host_${t}_key" ]] || ssh-keygen -q -t "$t" -N '' -C "pwlab-host-$t" -f "$LAB_DIR/hostkeys/ssh_host_${t}_key"
  done
  cat "$LAB_DIR"/keys/id_ed25519.pub "$LAB_DIR"/keys/id_ecdsa.pub "$LAB_DIR"/keys/id_rsa_pem.pub >"$LAB_DIR/authorized_keys/$SSH_USER"
  cat "$LAB_DIR"/keys/id_ed25519.pub >"$LAB_DIR/authorized_keys/root"
  chmod 0644 "$LAB_DIR"/authorized_keys/*
  # known_hosts pinning the lab sshd (all three host key types, so any client negotiation matches).
  : >"$LAB_DIR/known_hosts.tmp"
  for t in ed25519 ecdsa rsa; do
    printf '[%s]:%s %s\n' "$HOST_ADDR" "$SSH_PORT" "$(cut -d' ' -f1,2 "$LAB_DIR/hostkeys/ssh_host_${t}_key.pub")" >>"$LAB_DIR/known_hosts.tmp"
  done
  chmod 0644 "$LAB_DIR/known_hosts.tmp"
  mv "$LAB_DIR/known_hosts.tmp" "$LAB_DIR/known_hosts"

  local cmds=(/usr/sbin/postconf /usr/sbin/postmap /usr/sbin/postfix /usr/sbin/nsd-control
    /usr/sbin/nsd-checkzone /usr/sbin/nsd-checkconf /usr/bin/cat /usr/bin/stat /usr/bin/install
    /usr/bin/mv /usr/bin/cp /usr/bin/rm /usr/bin/mkdir /usr/bin/ls /usr/bin/test
    /usr/bin/sha256sum /usr/bin/tee)
  local joined
  joined=$(printf '%s, ' "${cmds[@]}"); joined=${joined%, }
  install -d -m 0750 /etc/sudoers.d
  # sudo must not mail root about refused commands: that mail would land in the lab's Postfix queue.
  printf '# Postwarden lab: the SSH user may run exactly these as root, without a password.\nDefaults:%s !mail_badpass, !mail_no_user, !mail_no_host, !mail_no_perms, !mail_always, !lecture\n%s ALL=(root) NOPASSWD: %s\n' \
    "$SSH_USER" "$SSH_USER" "$joined" >"$SUDOERS.tmp"
  chmod 0440 "$SUDOERS.tmp"
  visudo -c -q -f "$SUDOERS.tmp" || { rm -f "$SUDOERS.tmp"; die "sudoers drop-in does not validate"; }
  mv "$SUDOERS.tmp" "$SUDOERS"
  visudo -c -q || die "visudo -c failed"
}

# ---------------------------------------------------------------- sshd
write_sshd_config() {
  cat >"$LAB_DIR/sshd_config" <<CONF
# Postwarden lab sshd: runs inside network namespace $NS only.
Port $SSH_PORT
ListenAddress $HOST_ADDR
HostKey $LAB_DIR/hostkeys/ssh_host_ed25519_key
HostKey $LAB_DIR/hostkeys/ssh_host_ecdsa_key
HostKey $LAB_DIR/hostkeys/ssh_host_rsa_key
PidFile $LAB_DIR/run/sshd.pid
AuthorizedKeysFile $LAB_DIR/authorized_keys/%u
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PermitRootLogin prohibit-password
AllowUsers $SSH_USER root
UseDNS no
X11Forwarding no
MaxStartups 100:30:200
MaxSessions 64
LogLevel VERBOSE
Subsystem sftp internal-sftp
CONF
}
start_sshd() {
  write_sshd_config
  install -d -m 0755 /run/sshd
  /usr/sbin/sshd -t -f "$LAB_DIR/sshd_config" || die "sshd config invalid"
  if running_here sshd "$(pid_from "$LAB_DIR/run/sshd.pid")"; then log "sshd already running"; return 0; fi
  nsexec /usr/sbin/sshd -f "$LAB_DIR/sshd_config" -E "$LAB_LOG_DIR/sshd.log"
  local n=50; while ((n-- > 0)) && ! sshd_running; do sleep 0.1; done
  sshd_running || die "sshd did not start (see $LAB_LOG_DIR/sshd.log)"
  started_mark sshd "$(pid_from "$LAB_DIR/run/sshd.pid")"
}

# ---------------------------------------------------------------- NSD
setup_nsd() {
  install -d -m 0755 "$ZONE_DIR"
  local z
  for z in "${ZONES[@]}"; do
    # Zone files are copied once: the console edits them; `reset` restores the pristine copies.
    if [[ ! -f "$ZONE_DIR/$z.zone" ]]; then
      install -m 0644 "$SRC_ZONES/$z.zone" "$ZONE_DIR/$z.zone"
    fi
    nsd-checkzone "$z" "$ZONE_DIR/$z.zone" >/dev/null || die "zone $z does not check"
  done
  touch "$LAB_LOG_DIR/nsd.log"; chown nsd: "$LAB_LOG_DIR/nsd.log"
  {
    echo "# Postwarden lab (scripts/lab.sh): NSD inside network namespace $NS."
    echo "server:"
    echo "    ip-address: $HOST_ADDR"
    echo "    ip-address: 127.0.0.1"
    echo "    port: 53"
    echo "    logfile: \"$LAB_LOG_DIR/nsd.log\""
    echo "    log-only-syslog: no"
    echo "    pidfile: \"/run/nsd/nsd.pid\""
    echo "remote-control:"
    echo "    control-enable: yes"
    echo "    control-interface: 127.0.0.1"
    echo "    control-port: 8952"
    for z in "${ZONES[@]}"; do
      echo "zone:"
      echo "    name: \"$z\""
      echo "    zonefile: \"$ZONE_DIR/$z.zone\""
    done
  } >"$NSD_DROPIN"
  [[ -f /etc/nsd/nsd_control.key ]] || nsd-control-setup >/dev/null
  nsd-checkconf "$NSD_CONF" || die "nsd.conf does not check"
}
start_nsd() {
  install -d -o nsd -g nsd -m 0755 /run/nsd
  if running_here nsd "$(pid_from /run/nsd/nsd.pid)"; then log "nsd already running"; return 0; fi
  nsexec /usr/sbin/nsd -c "$NSD_CONF"
  local n=50; while ((n-- > 0)) && ! nsd_running; do sleep 0.1; done
  nsd_running || die "nsd did not start (see $LAB_LOG_DIR/nsd.log)"
  n=50; while ((n-- > 0)) && ! nsexec nsd-control -c "$NSD_CONF" status >/dev/null 2>&1; do sleep 0.1; done
  started_mark nsd "$(pid_from /run/nsd/nsd.pid)"
}

# ---------------------------------------------------------------- Postfix
# Postfix commands that read main.cf wait until a freshly written main.cf is ~2 s old;
# back-date the files this script writes so setup does not pay that wait per instance.
backdate() { touch -d "@$(($(date +%s) - 10))" "$@"; }
instance_name() { [[ "$1" == /etc/postfix ]] && echo postfix || basename "$1"; }
pristine_dir() { echo "$LAB_DIR/pristine/$(instance_name "$1")"; }

# The primary listens with inet_interfaces=all while the instances hold 127.0.1.K:25 in the
# same namespace. A plain SO_REUSEADDR socket could not do that here (EADDRINUSE in either
# order), but Postfix's listeners can: checked on this machine in both start orders, and the
# specific 127.0.1.K addresses reach their instance, everything else the primary.
configure_primary() {
  local dir=/etc/postfix
  [[ -f "$(pristine_dir $dir)/main.cf" ]] && return 0
  log "configuring Postfix primary"
  nsexec postconf -c "$dir" -e \
    "myhostname = mail.target.milxc" \
    "inet_interfaces = all" \
    "mynetworks = 127.0.0.0/8" \
    "relay_domains =" \
    "maillog_file = $LAB_LOG_DIR/postfix.log"
  [[ -f "$dir/access" ]] || printf '# sender access map (Postwarden lab)\n' >"$dir/access"
  backdate "$dir/main.cf" "$dir/master.cf"
  nsexec postmap -c "$dir" "hash:$dir/access"
  save_pristine "$dir"
}

configure_instance() {
  local k="$1" dir="$INSTANCE_PREFIX$1"
  local q="/var/spool/postfix-lab$k" d="/var/lib/postfix-lab$k"
  [[ -f "$(pristine_dir "$dir")/main.cf" ]] && return 0
  log "configuring Postfix instance $dir"
  install -d -m 0755 "$dir" "$q"
  install -d -o postfix -g postfix -m 0700 "$d"
  cp -p "$(pristine_dir /etc/postfix)/main.cf" "$(pristine_dir /etc/postfix)/master.cf" "$dir/"
  cp -p /etc/postfix/dynamicmaps.cf "$dir/"
  nsexec postconf -c "$dir" -e \
    "queue_directory = $q" \
    "data_directory = $d" \
    "myhostname = mail$k.target.milxc" \
    "inet_interfaces = $INSTANCE_ADDR_PREFIX$k" \
    "syslog_name = postfix-lab$k" \
    "maillog_file = $LAB_LOG_DIR/postfix-lab$k.log"
  printf '# sender access map (Postwarden lab, instance %s)\n' "$k" >"$dir/access"
  backdate "$dir/main.cf" "$dir/master.cf"
  nsexec postmap -c "$dir" "hash:$dir/access"
  save_pristine "$dir"
}

save_pristine() {
  local dir="$1" p
  p=$(pristine_dir "$dir")
  install -d -m 0755 "$p"
  cp -p "$dir/main.cf" "$dir/master.cf" "$dir/access" "$p/"
}

# Debian's chroot setup (what its unit does). Run inside the namespace so the chroot gets
# the namespace's resolv.conf (nameserver 127.0.0.1).
sync_chroot() {
  local dir="$1" q
  if [[ "$dir" == /etc/postfix ]]; then
    nsexec /usr/lib/postfix/configure-instance.sh - >/dev/null
  else
    q=$(postfix_queue_dir "$dir")
    (cd /var/spool/postfix && tar cf - etc lib usr 2>/dev/null) | (cd "$q" && tar xf -)
  fi
}

start_postfix() {
  local dir="$1" name
  name=$(instance_name "$dir")
  if running_here "$name" "$(postfix_master_pid "$dir")"; then log "$name already running"; return 0; fi
  nsexec /usr/sbin/postfix -c "$dir" start >>"$LAB_LOG_DIR/lab.log" 2>&1 ||
    die "$name did not start (see $LAB_LOG_DIR/lab.log and the maillog)"
  local n=50; while ((n-- > 0)) && ! postfix_running "$dir"; do sleep 0.1; done
  postfix_running "$dir" || die "$name did not start"
  started_mark "$name" "$(postfix_master_pid "$dir")"
}

# A daemon is ours if it runs inside our namespace.
in_our_netns() { [[ "$(ip netns identify "$1" 2>/dev/null)" == "$NS" ]]; }

stop_postfix() {
  local dir="$1" pid name
  name=$(instance_name "$dir")
  [[ -f "$dir/main.cf" ]] || return 0
  pid=$(postfix_master_pid "$dir")
  pid_alive "$pid" || return 0
  if ! in_our_netns "$pid"; then log "$name (pid $pid) is not the lab's: left running"; return 0; fi
  nsexec /usr/sbin/postfix -c "$dir" stop >>"$LAB_LOG_DIR/lab.log" 2>&1 || true
  wait_gone "$pid" 100 || { kill -KILL "$pid" 2>/dev/null || true; wait_gone "$pid" 30 || true; }
  rm -f "$LAB_DIR/run/started-$name"
}

stop_pid_daemon() { # name pid
  local name="$1" pid="$2"
  pid_alive "$pid" || { rm -f "$LAB_DIR/run/started-$name"; return 0; }
  if ! in_our_netns "$pid"; then log "$name (pid $pid) is not the lab's: left running"; return 0; fi
  kill -TERM "$pid" 2>/dev/null || true
  wait_gone "$pid" 100 || { kill -KILL "$pid" 2>/dev/null || true; wait_gone "$pid" 30 || true; }
  rm -f "$LAB_DIR/run/started-$name"
}

# ---------------------------------------------------------------- env file
host_key_fp() { ssh-keygen -lf "$LAB_DIR/hostkeys/ssh_host_$1_key.pub" | awk '{print $2}'; }
write_env() {
  cat >"$LAB_DIR/lab.env.tmp" <<ENV
LAB_NETNS=$NS
LAB_HOST_ADDRESS=$HOST_ADDR
LAB_CONSOLE_ADDRESS=$CONSOLE_ADDR
LAB_SSH_PORT=$SSH_PORT
LAB_SSH_USER=$SSH_USER
LAB_KEY_ED25519=$LAB_DIR/keys/id_ed25519
LAB_KEY_ECDSA=$LAB_DIR/keys/id_ecdsa
LAB_KEY_RSA_PEM=$LAB_DIR/keys/id_rsa_pem
LAB_HOST_KEY_FINGERPRINT=$(host_key_fp ed25519)
LAB_HOST_KEY_FINGERPRINT_ECDSA=$(host_key_fp ecdsa)
LAB_HOST_KEY_FINGERPRINT_RSA=$(host_key_fp rsa)
LAB_KNOWN_HOSTS=$LAB_DIR/known_hosts
LAB_DNS_PORT=53
LAB_SMTP_PORT=25
LAB_INSTANCES=$LAB_INSTANCES
LAB_POSTFIX_CONFIG_DIR=/etc/postfix
LAB_POSTFIX_INSTANCE_PREFIX=$INSTANCE_PREFIX
LAB_INSTANCE_ADDRESS_PREFIX=$INSTANCE_ADDR_PREFIX
LAB_ZONE_DIR=$ZONE_DIR
LAB_NSD_CONF=$NSD_CONF
LAB_DIR=$LAB_DIR
LAB_LOG_DIR=$LAB_LOG_DIR
ENV
  chmod 0644 "$LAB_DIR/lab.env.tmp"
  mv "$LAB_DIR/lab.env.tmp" "$LAB_DIR/lab.env"
}

# ---------------------------------------------------------------- subcommands
save_pristine_zones() {
  local z
  install -d -m 0755 "$LAB_DIR/pristine/zones"
  for z in "${ZONES[@]}"; do
    [[ -f "$LAB_DIR/pristine/zones/$z.zone" ]] || cp -p "$ZONE_DIR/$z.zone" "$LAB_DIR/pristine/zones/"
  done
}

cmd_up() {
  cmd_install
  [[ "$LAB_INSTANCES" =~ ^[0-9]+$ ]] || die "LAB_INSTANCES must be a number"
  install -d -m 0755 "$LAB_LOG_DIR"
  setup_netns
  setup_user_and_keys
  setup_nsd
  save_pristine_zones
  start_nsd
  start_sshd
  configure_primary
  local dir k
  for ((k = 1; k <= LAB_INSTANCES; k++)); do configure_instance "$k"; done
  # `postfix start` spends most of its time in `postfix check` and waiting: start the
  # instances side by side.
  # The chroots first, one after the other: instances copy theirs from the primary's.
  local pids=() p failed=0
  for dir in $(all_postfix_dirs); do postfix_running "$dir" || sync_chroot "$dir"; done
  for dir in $(all_postfix_dirs); do start_postfix "$dir" & pids+=($!); done
  for p in "${pids[@]}"; do wait "$p" || failed=1; done
  ((failed == 0)) || die "a Postfix instance did not start"
  [[ -f /etc/postfix-policyd-spf-python/policyd-spf.conf ]] || die "policyd-spf.conf missing"
  write_env
  log "up: $(cmd_status_line)"
}

cmd_down() {
  local dir
  for dir in $(all_postfix_dirs | tac); do stop_postfix "$dir"; done
  # Instances left over from a run with a larger LAB_INSTANCES.
  for dir in "$INSTANCE_PREFIX"*; do
    [[ -d "$dir" && -f "$dir/main.cf" ]] && stop_postfix "$dir"
  done
  stop_pid_daemon sshd "$(pid_from "$LAB_DIR/run/sshd.pid")"
  stop_pid_daemon nsd "$(pid_from /run/nsd/nsd.pid)"
  if netns_exists; then
    local left
    left=$(ip netns pids "$NS" 2>/dev/null | while read -r p; do pid_alive "$p" && echo "$p"; done || true)
    [[ -z "$left" ]] || log "processes still in namespace $NS: $(echo $left)"
    ip netns del "$NS"
  fi
  ip link del "$VETH_HOST" 2>/dev/null || true
  log "down"
}

status_of() { if "$@"; then echo up; else echo down; fi; }
# Up means: alive, and inside our namespace (not in one deleted under it).
alive_here() { local p; p=$("$@"); pid_alive "$p" && in_our_netns "$p"; }
sshd_pid() { pid_from "$LAB_DIR/run/sshd.pid"; }
nsd_pid() { pid_from /run/nsd/nsd.pid; }
cmd_status_line() {
  local s="netns=$(status_of netns_exists) sshd=$(status_of alive_here sshd_pid) nsd=$(status_of alive_here nsd_pid)" dir
  for dir in $(all_postfix_dirs); do
    if [[ -f "$dir/main.cf" ]]; then s+=" $(instance_name "$dir")=$(status_of alive_here postfix_master_pid "$dir")"
    else s+=" $(instance_name "$dir")=down"; fi
  done
  echo "$s"
}
cmd_status() {
  local line w rc=0
  line=$(cmd_status_line)
  for w in $line; do
    printf '%-14s %s\n' "${w%%=*}" "${w#*=}"
    [[ "${w#*=}" == up ]] || rc=1
  done
  return $rc
}

cmd_env() {
  [[ -f "$LAB_DIR/lab.env" ]] || die "no $LAB_DIR/lab.env: run up first"
  cat "$LAB_DIR/lab.env"
}

cmd_reset() {
  [[ -d "$LAB_DIR/pristine" ]] || die "nothing to reset: run up first"
  netns_exists || die "namespace $NS is missing: run up first"
  local dir p name old new z
  for dir in $(all_postfix_dirs); do
    p=$(pristine_dir "$dir"); name=$(instance_name "$dir")
    [[ -f "$p/main.cf" ]] || continue
    old=$(postconf -c "$dir" -h inet_interfaces 2>/dev/null || true)
    # cp -p keeps the old mtime: Postfix does not then wait for main.cf to "settle".
    cp -p "$p/main.cf" "$p/master.cf" "$p/access" "$dir/"
    rm -f "$dir/access.db"
    nsexec postmap -c "$dir" "hash:$dir/access"
    new=$(postconf -c "$dir" -h inet_interfaces)
    if postfix_running "$dir"; then
      nsexec postsuper -c "$dir" -d ALL >/dev/null 2>&1 || true
      if [[ "$old" != "$new" ]]; then
        # reload ignores inet_interfaces changes: restart.
        stop_postfix "$dir"; start_postfix "$dir"
      else
        nsexec /usr/sbin/postfix -c "$dir" reload >>"$LAB_LOG_DIR/lab.log" 2>&1
      fi
    fi
  done
  for z in "${ZONES[@]}"; do
    cp -p "$LAB_DIR/pristine/zones/$z.zone" "$ZONE_DIR/$z.zone"
  done
  if nsd_running; then nsexec nsd-control -c "$NSD_CONF" reload >/dev/null; fi
  log "reset: $(cmd_status_line)"
}

# Extra instances for fleet benchmarks (bench/fleet.sh): instances 1..N, each with its own
# config dir, queue dir, data dir, 127.0.1.K address and pristine copy, started. Idempotent:
# instances already configured and running are left alone. `up` is unaffected: it keeps
# starting LAB_INSTANCES (default 3). Reset them with `LAB_INSTANCES=N scripts/lab.sh reset`.
cmd_instances() {
  local n="${1:-}" k dir pids=() p failed=0
  [[ "$n" =~ ^[0-9]+$ && "$n" -ge 1 && "$n" -le 250 ]] || die "usage: $0 instances N (1..250)"
  netns_exists && [[ -f "$(pristine_dir /etc/postfix)/main.cf" ]] || die "run up first"
  for ((k = 1; k <= n; k++)); do
    nsexec ip addr replace "$INSTANCE_ADDR_PREFIX$k/32" dev lo
    configure_instance "$k"
  done
  # Chroots one after the other (they copy the primary's), then starts a few at a time:
  # each `postfix start` spends about a CPU-second in `postfix check`.
  for ((k = 1; k <= n; k++)); do
    dir="$INSTANCE_PREFIX$k"
    postfix_running "$dir" || sync_chroot "$dir"
  done
  for ((k = 1; k <= n; k++)); do
    start_postfix "$INSTANCE_PREFIX$k" & pids+=($!)
    if ((${#pids[@]} >= 4)); then
      for p in "${pids[@]}"; do wait "$p" || failed=1; done
      pids=()
    fi
  done
  for p in "${pids[@]}"; do wait "$p" || failed=1; done
  ((failed == 0)) || die "a Postfix instance did not start"
  log "instances: 1..$n running"
}

# The matching cleanup: stops and deletes every instance numbered above N (default 3, the
# lab's own), with its config, queue, data, pristine copy and address.
cmd_instances_down() {
  local keep="${1:-3}" dir k
  [[ "$keep" =~ ^[0-9]+$ ]] || die "usage: $0 instances-down [KEEP]"
  for dir in "$INSTANCE_PREFIX"*; do
    k="${dir#"$INSTANCE_PREFIX"}"
    [[ -d "$dir" && "$k" =~ ^[0-9]+$ ]] || continue
    ((k > keep)) || continue
    stop_postfix "$dir"
    rm -rf "$dir" "/var/spool/postfix-lab$k" "/var/lib/postfix-lab$k" "$(pristine_dir "$dir")"
    if netns_exists; then nsexec ip addr del "$INSTANCE_ADDR_PREFIX$k/32" dev lo 2>/dev/null || true; fi
  done
  log "instances-down: kept 1..$keep"
}

case "${1:-}" in
  install) cmd_install ;;
  up) cmd_up ;;
  down) cmd_down ;;
  status) cmd_status ;;
  env) cmd_env ;;
  reset) cmd_reset ;;
  instances) cmd_instances "${2:-}" ;;
  instances-down) cmd_instances_down "${2:-3}" ;;
  *) echo "usage: $0 install|up|down|status|env|reset|instances N|instances-down [KEEP]" >&2; exit 2 ;;
esac
