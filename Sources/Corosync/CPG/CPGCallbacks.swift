import CCorosync

// Non-capturing C callbacks (a capturing one crashes the Swift 6.3 compiler): each finds its queue
// through the handle's context and only enqueues.

private func queue(_ handle: cpg_handle_t) -> CPGEventQueue? {
    var context: UnsafeMutableRawPointer?
    guard cpg_context_get(handle, &context) == CS_OK, let context else { return nil }
    return Unmanaged<CPGEventQueue>.fromOpaque(context).takeUnretainedValue()
}

func groupName(_ name: UnsafePointer<cpg_name>?) -> String {
    guard let name else { return "" }
    let length = Int(min(name.pointee.length, UInt32(CPG_MAX_NAME_LENGTH)))
    return withUnsafeBytes(of: name.pointee.value) { String(decoding: $0.prefix(length), as: UTF8.self) }
}

private func addresses(_ list: UnsafePointer<cpg_address>?, _ count: Int) -> [(CPGMember, CPGReason)] {
    guard let list else { return [] }
    return (0..<count).map { index in
        let address = list[index]
        return (CPGMember(nodeID: address.nodeid, pid: address.pid), CPGReason(rawValue: address.reason) ?? .undefined)
    }
}

let cpgConfigurationChange: cpg_confchg_fn_t = {
    handle, name, members, memberCount, left, leftCount, joined, joinedCount in
    queue(handle)?.append(
        .configurationChange(
            group: groupName(name),
            members: addresses(members, memberCount).map(\.0),
            left: addresses(left, leftCount),
            joined: addresses(joined, joinedCount)))
}

let cpgDeliver: cpg_deliver_fn_t = { handle, name, nodeID, pid, message, length in
    let payload = message.map { Array(UnsafeRawBufferPointer(start: $0, count: length)) } ?? []
    queue(handle)?.append(
        .message(group: groupName(name), sender: CPGMember(nodeID: nodeID, pid: pid), payload: payload))
}

let cpgTotemChange: cpg_totem_confchg_fn_t = { handle, _, count, members in
    let list = members.map { Array(UnsafeBufferPointer(start: $0, count: Int(count))) } ?? []
    queue(handle)?.append(.totemChange(members: list))
}
