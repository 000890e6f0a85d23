#!/bin/sh
# A Pacemaker alert agent that says what a kvmha report was. Every failure kvmha-cpgmonitor hands to
# Pacemaker (crm_resource --fail) reaches alerts as task "asyncmon", rc 1, "Simulated failure",
# whatever failed; this agent finds the daemon's own event behind it (a guest crashed, hung, its
# watchdog fired …) and appends one line to the recipient file, or sends it to syslog without one.
#
#   cp kvmha-alert.sh /var/lib/pacemaker/kvmha-alert.sh && chmod 755 /var/lib/pacemaker/kvmha-alert.sh
#   crm configure alert kvmha-alert /var/lib/pacemaker/kvmha-alert.sh \
#       select resources to /var/log/pacemaker/kvmha-alerts.log
#   pcs alert create id=kvmha-alert path=/var/lib/pacemaker/kvmha-alert.sh
#   pcs alert recipient add kvmha-alert value=/var/log/pacemaker/kvmha-alerts.log
#
# Pacemaker runs it as hacluster, a member of haclient, which may read the daemon's events. An
# instance attribute events_file (crm: `attributes events_file=…`) names another events file. It
# runs on the node of the failed operation, where the daemon that saw a guest fail keeps its events;
# a clone instance of the daemon itself is reported by a peer, whose events say peer-down.

[ "$CRM_alert_kind" = resource ] && [ "$CRM_alert_task" = asyncmon ] || exit 0

events_file=${events_file:-/var/log/kvmha/cpgmonitor.events}
daemon=${KVMHA_CPGMONITOR:-/usr/sbin/kvmha-cpgmonitor}
now=${CRM_alert_timestamp_epoch:-$(date +%s)}
since=$(( (now - 60) * 1000 ))

# The newest "detected" event for this resource in the last minute (the events' keys come in a
# fixed order, so fixed-string matches suffice: no jq needed on the node).
event=$("$daemon" events --events-file "$events_file" --since "$since" 2>/dev/null |
    grep -F '"kind":"detected"' | grep -F "\"resource\":\"$CRM_alert_rsc\"" | tail -n 1)
failure=$(printf '%s\n' "$event" | sed -n 's/.*"failure":"\([^"]*\)".*/\1/p')
what="${failure:-no kvmha event on this node in the last minute (a report by a peer: see the events there)}"
line="$(date -u +%Y-%m-%dT%H:%M:%SZ) $CRM_alert_rsc on $CRM_alert_node: kvmha reported $what"

if [ -n "$CRM_alert_recipient" ]; then
    printf '%s\n' "$line" >>"$CRM_alert_recipient"
else
    logger -t kvmha-alert -- "$line"
fi
