import KVMHACore

/// Where libvirt's callbacks (on the event-loop thread) leave notices for the daemon's loop.
public typealias NoticeQueue = WakingQueue<LibvirtNotice>
