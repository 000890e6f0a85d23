/// The actions an OCF resource agent is called with (argv[1]).
enum Action: String, CaseIterable {
    case start, stop, monitor, status
    case migrateTo = "migrate_to"
    case migrateFrom = "migrate_from"
    case validateAll = "validate-all"
    case metaData = "meta-data"
    case reloadAgent = "reload-agent"
    case usage, help
}
