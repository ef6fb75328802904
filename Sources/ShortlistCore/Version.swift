public enum ShortlistVersion { public static let current = "0.1.0" }
