/// What screening one input leaves for ranking, a few dozen bytes; its encoded explanation waits on disk.
struct ScreenedEntry: Sendable {
    /// The input's key (`backend/jane.html`), which orders the results.
    var key: String
    var candidateID: String
    var score: Double?
    /// Set when the candidate's own evaluation decides (error, knockout, escalation); nil when ranking decides.
    var provisional: Decision?
    /// The rules behind `provisional`.
    var rules: [FiredRule]
    /// For duplicate detection; nil for inputs that could not be read.
    var fingerprint: DuplicateFingerprint?
    /// The contact details as read, kept only by blind runs that write `identities.csv`.
    var identity: Contact?
    /// Byte length of the encoded body in the spill file.
    var bodyLength: Int

    init(_ candidate: ScreenedCandidate, key: String, keepIdentity: Bool) {
        self.key = key
        candidateID = candidate.candidateID
        score = candidate.score
        provisional = candidate.provisional?.decision
        rules = candidate.provisional?.rules ?? []
        fingerprint = candidate.fingerprint
        identity = keepIdentity ? candidate.identity : nil
        bodyLength = candidate.body.count
    }

    init(
        key: String, candidateID: String, score: Double?, provisional: Decision?, rules: [FiredRule],
        fingerprint: DuplicateFingerprint?, identity: Contact?, bodyLength: Int
    ) {
        self.key = key
        self.candidateID = candidateID
        self.score = score
        self.provisional = provisional
        self.rules = rules
        self.fingerprint = fingerprint
        self.identity = identity
        self.bodyLength = bodyLength
    }
}
