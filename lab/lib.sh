# Shared by scripts/lab and lab/cluster/control: logging, waiting, and the process records
# ("PID STARTTIME", so a recycled PID is never mistaken for one of the lab's). Needs STATE and PIDS.
log() { printf 'lab: %s\n' "$*" >&2; }
die() { log "error: $*"; exit 1; }

# Start time of a live process (empty for a zombie: a killed daemon whose parent has not reaped it yet).
# The fields are counted after the command name's closing parenthesis: the name may hold spaces.
starttime() {
  local stat
  stat=$(cat "/proc/$1/stat" 2>/dev/null) || return 0
  stat=${stat##*) }
  # shellcheck disable=SC2086 # split into the fields after the name: state is 1, starttime 20
  set -- $stat
  [ "${1:-Z}" != Z ] && [ "${1:-Z}" != X ] && echo "${20:-}"
  return 0
}
# A BMC password (16 hex digits) in FILE, readable by root only: it never appears in an argv.
make_password() { (umask 077 && head -c 8 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$1"); }

record() { # name pid: the live record, and a line in the history that `check-clean` verifies
  printf '%s %s\n' "$2" "$(starttime "$2")" >"$PIDS/$1"
  printf '%s %s %s\n' "$1" "$2" "$(starttime "$2")" >>"$STATE/started"
}
recorded_pid() {
  local f=$PIDS/$1 pid st
  [ -f "$f" ] || return 1
  read -r pid st <"$f" || return 1
  [ -n "$pid" ] && [ "$(starttime "$pid")" = "$st" ] && echo "$pid"
}
alive() { recorded_pid "$1" >/dev/null; }

stop_recorded() { # name, seconds before SIGKILL
  local name=$1 grace=${2:-15} pid
  if pid=$(recorded_pid "$name"); then
    log "stopping $name (pid $pid)"
    kill -TERM "$pid" 2>/dev/null || true
    local deadline=$((SECONDS + grace))
    while [ -n "$(starttime "$pid")" ] && [ $SECONDS -lt $deadline ]; do sleep 0.1; done
    if [ -n "$(starttime "$pid")" ]; then log "$name did not stop in ${grace}s: SIGKILL"; kill -KILL "$pid" 2>/dev/null || true; fi
    while [ -n "$(starttime "$pid")" ]; do sleep 0.05; done
  fi
  rm -f "$PIDS/$1"
}

wait_for() { # description, seconds, command...
  local what=$1 secs=$2; shift 2
  local deadline=$((SECONDS + secs))
  until "$@" >/dev/null 2>&1; do
    [ $SECONDS -lt $deadline ] || die "timed out after ${secs}s waiting for $what"
    sleep 0.2
  done
}


# A private copy of this host's libvirt configuration for a simulated host: no networks autostarted,
# none of the host's domains, TCP listening on ADDRESS, its own host UUID (migration refuses a peer
# with the same one), no cgroup controllers. Usage: private_libvirt_config DIR ADDRESS UUID
private_libvirt_config() {
  local dir=$1 addr=$2 uuid=$3
  [ -e "$dir/libvirtd.conf" ] && return 0
  mkdir -p "$dir"
  cp -a /etc/libvirt/. "$dir/"
  rm -rf "$dir/qemu/networks/autostart"
  find "$dir/qemu" -maxdepth 1 -name "*.xml" -delete
  printf 'listen_tcp = 1\nlisten_tls = 0\nauth_tcp = "none"\nlisten_addr = "%s"\nhost_uuid = "%s"\n' \
    "$addr" "$uuid" >>"$dir/libvirtd.conf"
  printf 'cgroup_controllers = [ ]\n' >>"$dir/qemu.conf"
}

# libvirt's lock manager for a simulated host (what oVirt gets from sanlock): lockd leases on every
# disk, kept in LOCKSPACE, a directory all hosts of one lab see (a real cluster's shared storage), so
# a second start of a guest whose disk another host holds is refused. Rewritten on every start;
# KVMHA_LAB_LOCK_MANAGER=none turns it off. Usage: lock_manager_config DIR LOCKSPACE
lock_manager_enabled() { [ "${KVMHA_LAB_LOCK_MANAGER:-lockd}" != none ]; }
lock_manager_config() {
  local dir=$1 lockspace=$2 file
  for file in qemu.conf qemu-lockd.conf; do
    [ -f "$dir/$file" ] && sed -i '/# kvmha-lab lock manager$/d' "$dir/$file"
  done
  lock_manager_enabled || return 0
  mkdir -p "$lockspace"
  printf 'lock_manager = "lockd" # kvmha-lab lock manager\n' >>"$dir/qemu.conf"
  printf 'file_lockspace_dir = "%s" # kvmha-lab lock manager\n' "$lockspace" >>"$dir/qemu-lockd.conf"
}

# The lab's and the tests' Debian packages (lab/packages.txt), installed when one is missing.
install_lab_packages() {
  local missing=() p
  for p in $(grep -vE '^\s*(#|$)' "$top/lab/packages.txt"); do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing the lab's packages: ${missing[*]}"
  apt-get update -q >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}" >/dev/null
}

# corosync.conf as the lab writes it, on stdout: NAME LOGFILE TOTEM_LINES, then NODE ID ADDRESS per
# node (NODE "-": ring0_addr alone, as many sites write it; Pacemaker then names the node by uname).
# TOTEM_LINES are extra "key: value" lines of the totem section, separated by ";" (may be empty).
corosync_conf() {
  local name=$1 logfile=$2 totem=$3 line
  shift 3
  printf 'totem {\n\tversion: 2\n\tcluster_name: %s\n' "$name"
  local IFS=';'
  for line in $totem; do printf '\t%s\n' "$line"; done
  unset IFS
  printf '\tcrypto_cipher: none\n\tcrypto_hash: none\n}\n'
  printf 'logging {\n\tto_stderr: no\n\tto_logfile: yes\n\tlogfile: %s\n\tto_syslog: no\n\ttimestamp: hires\n}\n' "$logfile"
  printf 'quorum {\n\tprovider: corosync_votequorum\n}\n'
  printf 'nodelist {\n'
  while [ $# -ge 3 ]; do
    printf '\tnode {\n'
    [ "$1" = - ] || printf '\t\tname: %s\n' "$1"
    printf '\t\tnodeid: %s\n\t\tring0_addr: %s\n\t}\n' "$2" "$3"
    shift 3
  done
  printf '}\n'
}

# An ipmi_sim LAN configuration from its template, readable by root only (it holds the password):
# TEMPLATE OUT ADDR PORT USER PASSWORD_FILE [CHASSIS_HOOK].
bmc_lan_conf() {
  (umask 077 && sed -e "s|@ADDR@|$3|g" -e "s|@PORT@|$4|" -e "s|@USER@|$5|" -e "s|@PASSWORD@|$(cat "$6")|" \
    -e "s|@CHASSIS@|${7:-}|" "$1" >"$2")
}
