import Glibc

extension Timestamp {
    /// Epoch milliseconds of an ISO 8601 date and time as admins type them: `2026-12-07T12:30:00Z`,
    /// `2026-12-07 12:30`, `2026-12-07T12:30:05.250+01:00`, or a date alone (midnight). Without a zone
    /// the time is local, as `journalctl --since` reads it. Nil for anything else.
    public static func epochMilliseconds(iso8601 text: String) -> Int64? {
        var rest = Substring(text)
        func number(_ digits: Int) -> Int32? {
            let part = rest.prefix(digits)
            guard part.count == digits, part.allSatisfy(\.isASCII), let value = Int32(part) else { return nil }
            rest = rest.dropFirst(digits)
            return value
        }
        func skip(_ separator: Character) -> Bool {
            guard rest.first == separator else { return false }
            rest = rest.dropFirst()
            return true
        }
        var parts = tm()
        guard let year = number(4), skip("-"), let month = number(2), skip("-"), let day = number(2),
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        (parts.tm_year, parts.tm_mon, parts.tm_mday) = (year - 1900, month - 1, day)
        var millis: Int64 = 0
        if skip("T") || skip(" ") {
            guard let hour = number(2), skip(":"), let minute = number(2), hour < 24, minute < 60 else { return nil }
            (parts.tm_hour, parts.tm_min) = (hour, minute)
            if skip(":") {
                guard let second = number(2), second < 61 else { return nil }
                parts.tm_sec = second
                if skip(".") || skip(",") {
                    let fraction = rest.prefix { $0.isASCII && $0.isNumber }
                    guard !fraction.isEmpty else { return nil }
                    millis = Int64((fraction + "00").prefix(3)) ?? 0
                    rest = rest.dropFirst(fraction.count)
                }
            }
        }
        var offset: Int64? = nil
        if skip("Z") || skip("z") {
            offset = 0
        } else if let sign = rest.first, sign == "+" || sign == "-" {
            rest = rest.dropFirst()
            guard let hours = number(2) else { return nil }
            _ = skip(":")
            guard let minutes = number(2) else { return nil }
            offset = (sign == "-" ? -1 : 1) * (Int64(hours) * 3600 + Int64(minutes) * 60)
        }
        guard rest.isEmpty else { return nil }
        let seconds: Int64
        if let offset {
            seconds = Int64(timegm(&parts)) - offset
        } else {
            parts.tm_isdst = -1
            seconds = Int64(mktime(&parts))
        }
        return seconds * 1000 + millis
    }
}
