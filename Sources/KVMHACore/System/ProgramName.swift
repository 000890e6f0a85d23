/// The name a program was started as, for agents that answer to several names (fence_atca).
public enum ProgramName {
    public static func of(_ argumentZero: String) -> String {
        argumentZero.split(separator: "/").last.map(String.init) ?? argumentZero
    }
}
