import Libvirt

/// Carries a libvirt error through `Bounded.call`, whose closure must name its error type.
struct LibvirtErrorBox: Error, CustomStringConvertible {
    let error: LibvirtError
    var description: String { error.description }
}
