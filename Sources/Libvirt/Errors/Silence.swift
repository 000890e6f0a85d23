import CLibvirt

/// libvirt prints every error to stderr unless an error function is set; ours are returned as typed
/// errors instead, so the default printer is replaced once per process by a no-op.
enum Silence {
    static let installed: Void = { virSetErrorFunc(nil, ignoreLibvirtError) }()
    static func install() { _ = installed }
}

/// A non-capturing C callback (a capturing one crashes the Swift 6.3 compiler).
let ignoreLibvirtError: virErrorFunc = { _, _ in }
