/// What ranking needs of one screened input, about 72 bytes whatever the resume: a run of 100,000 keeps 7 MB of
/// these. The input's key, the rules behind its provisional decision, the identity a blind run keeps and the encoded
/// explanation wait on disk, in its `SpilledRecord`.
struct ScreenedEntry: Sendable {
    var candidateID: String
    var score: Double?
    /// Set when the candidate's own evaluation decides (error, knockout, escalation); nil when ranking decides.
    var provisional: Decision?
    /// For duplicate detection; nil for inputs that could not be read.
    var duplicateKeys: DuplicateFingerprint.Keys?
    /// Byte length of the record's head (key, rules, identity) and of its encoded body in the spill file.
    var headLength: UInt32
    var bodyLength: UInt32

    /// The record's length in the spill file.
    var recordLength: Int { Int(headLength) + Int(bodyLength) }
}
