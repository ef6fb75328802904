import LibXMLBridge

/// Process-wide set-up of the engine.
public enum ShortlistEngine {
    /// Initialises libxml2 (once) and silences its global error output. Call before starting worker threads.
    public static func prepare() {
        _ = initialized
    }

    private static let initialized: Void = initializeLibXML()
}
