import KVMHACore

/// The parameters of `ocf:kvmha:VirtualDomain`: the stock `ocf:heartbeat:VirtualDomain`'s names,
/// defaults and meaning, so an existing primitive switches agents by changing its class alone.
enum VirtualDomainParameters {
    static let table = ParameterTable([
        Parameter(
            VirtualDomainKeys.config, required: true, unique: true,
            shortDescription: "Virtual domain configuration file",
            longDescription:
                "Absolute path of the libvirt domain XML for this resource. Start creates the domain transient from it, undefining a persistent definition of the same name first (so that libvirt never autostarts it behind the cluster); a config that is libvirt's own file (/etc/libvirt/qemu/NAME.xml, which undefine deletes) is kept as it was, same file, owner and mode. Keep it outside /etc/libvirt all the same (e.g. /etc/pacemaker/NAME.xml on every node, or shared storage): virsh define, edit and undefine rewrite and delete the files there, and start warns."
        ),
        Parameter(
            // Not reloadable: a new URI means another libvirtd, where the running domain is not.
            VirtualDomainKeys.hypervisor, shortDescription: "Hypervisor URI",
            longDescription: "libvirt URI to connect to, e.g. qemu:///system. Empty means libvirt's default URI."),
        Parameter(
            VirtualDomainKeys.forceStop, default: "0", shortDescription: "Always force shutdown on stop",
            longDescription: "Destroy the domain on stop at once instead of asking the guest to shut down first."),
        Parameter(
            VirtualDomainKeys.migrationTransport, default: "", shortDescription: "Remote hypervisor transport",
            longDescription: "Transport of the libvirt URI to the migration target (ssh, tcp, tls …)."),
        Parameter(
            VirtualDomainKeys.migrationUser, shortDescription: "Remote username for the remoteuri",
            longDescription: "User name placed in the computed remote URI; ignored when remoteuri is set."),
        Parameter(
            VirtualDomainKeys.migrationDowntime, default: "0", reloadable: true,
            shortDescription: "Live migration downtime",
            longDescription: "Maximum downtime of a live migration in milliseconds; 0 keeps libvirt's value."),
        Parameter(
            VirtualDomainKeys.migrationSpeed, default: "0", reloadable: true, shortDescription: "Live migration speed",
            longDescription: "Bandwidth limit of a live migration in MiB/s; 0 means unlimited."),
        Parameter(
            VirtualDomainKeys.migrationNetworkSuffix, default: "",
            shortDescription: "Migration network host name suffix",
            longDescription:
                "Suffix added to the target node name (before the first dot of an FQDN) to migrate over a dedicated network."
        ),
        Parameter(
            VirtualDomainKeys.migrateuri, shortDescription: "Custom migrateuri for migration state transfer",
            longDescription: "URI for the migration data stream; %n stands for the target node name."),
        Parameter(
            VirtualDomainKeys.migrateOptions, shortDescription: "live migrate options",
            longDescription:
                "Extra migration options in virsh migrate syntax (--migrateuri, --compressed, …); %n is the target node."
        ),
        Parameter(
            VirtualDomainKeys.monitorScripts, default: "", reloadable: true,
            shortDescription: "space-separated list of monitor scripts",
            longDescription:
                "Scripts run on every monitor (whatever OCF_CHECK_LEVEL) to check services inside the guest; start and migrate_from wait for them."
        ),
        Parameter(
            VirtualDomainKeys.autosetUtilizationCpu, default: "true", reloadable: true,
            shortDescription: "Enable auto-setting the CPU utilization of the resource",
            longDescription: "Set the resource's cpu utilization to the domain's vCPU count when it changes."),
        Parameter(
            VirtualDomainKeys.autosetUtilizationHostMemory, default: "true", reloadable: true,
            shortDescription: "Enable auto-setting the host_memory utilization of the resource",
            longDescription:
                "Set the resource's host_memory utilization to the domain's maximum memory (MiB) when it changes."),
        Parameter(
            VirtualDomainKeys.autosetUtilizationHvMemory, default: "true", reloadable: true,
            shortDescription: "Enable auto-setting the hv_memory utilization of the resource",
            longDescription:
                "Set the resource's hv_memory utilization to the domain's maximum memory (MiB) when it changes."),
        Parameter(
            VirtualDomainKeys.unsetUtilizationCpu, default: "false", reloadable: true,
            shortDescription: "Enable auto-removing the CPU utilization of the resource",
            longDescription: "Remove the resource's cpu utilization attribute."),
        Parameter(
            VirtualDomainKeys.unsetUtilizationHostMemory, default: "false", reloadable: true,
            shortDescription: "Enable auto-removing the host_memory utilization of the resource",
            longDescription: "Remove the resource's host_memory utilization attribute."),
        Parameter(
            VirtualDomainKeys.unsetUtilizationHvMemory, default: "false", reloadable: true,
            shortDescription: "Enable auto-removing the hv_memory utilization of the resource",
            longDescription: "Remove the resource's hv_memory utilization attribute."),
        Parameter(
            VirtualDomainKeys.migrateport, shortDescription: "Port for migrateuri",
            longDescription: "Port of the computed migration URI; unset lets libvirt pick one."),
        Parameter(
            VirtualDomainKeys.remoteuri, shortDescription: "Custom remoteuri to communicate with a remote hypervisor",
            longDescription: "libvirt URI of the migration target; %n stands for the target node name."),
        Parameter(
            VirtualDomainKeys.saveConfigOnStop, shortDescription: "Save running VM's config back to its config file",
            longDescription: "On stop, write the running domain's XML back to the config file."),
        Parameter(
            VirtualDomainKeys.syncConfigOnStop, shortDescription: "Save running VM's config back to its config file",
            longDescription: "Implies save_config_on_stop, then runs csync2 -x to copy the file to the other nodes."),
        Parameter(
            VirtualDomainKeys.snapshot, default: "", shortDescription: "Restore state on start/stop",
            longDescription:
                "Directory for the domain's saved RAM state: stop saves it there, start restores it. Not with force_stop."
        ),
        Parameter(
            VirtualDomainKeys.backingfile, default: "", shortDescription: "Backing file for Copy-On-Write mode",
            longDescription: "Full path of the backing image from which the domain's qcow2 overlay is created."),
        Parameter(
            VirtualDomainKeys.stateless, default: "false", shortDescription: "Re-create the overlay at each start",
            longDescription: "With backingfile, create a fresh qcow2 overlay on every start."),
        Parameter(
            VirtualDomainKeys.copyindirs, default: "", shortDescription: "Directories to copy into a stateless guest",
            longDescription: "Directories copied into the new overlay with virt-copy-in before a stateless start."),
        Parameter(
            VirtualDomainKeys.shutdownMode, default: "", shortDescription: "Shutdown method to use",
            longDescription:
                "libvirt shutdown methods to try on stop, comma separated: acpi, agent, initctl, signal, paravirt."),
        Parameter(
            VirtualDomainKeys.startResources, default: "false",
            shortDescription: "Ensure the needed virtual storage pools and networks are started",
            longDescription: "Start the storage pools and networks the domain uses before starting it."),
    ])
}
