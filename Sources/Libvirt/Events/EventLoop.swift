import CLibvirt
import Glibc

/// libvirt's default event loop (`virEventRegisterDefaultImpl`), run by one thread for the whole
/// process. Domain events, keepalive and close callbacks need it; it must exist before a connection
/// that uses them is opened.
public enum EventLoop {
    /// Starts the loop once; later calls return at once.
    public static func start() throws(LibvirtError) {
        if let error = started { throw error }
    }

    private static let started: LibvirtError? = {
        Silence.install()
        guard virEventRegisterDefaultImpl() == 0 else { return LibvirtError.last("virEventRegisterDefaultImpl") }
        var thread = pthread_t()
        let created = pthread_create(
            &thread, nil,
            { _ in
                while true { _ = virEventRunDefaultImpl() }
            }, nil)
        guard created == 0 else {
            return LibvirtError(code: -1, domain: 0, message: "pthread_create: \(created)", function: "EventLoop.start")
        }
        pthread_detach(thread)
        return nil
    }()
}
