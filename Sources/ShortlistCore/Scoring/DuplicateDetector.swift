/// Finds applications that are probably the same person twice: the same e-mail, the same phone number, or texts
/// whose SimHashes are at most `maxTextDistance` bits apart.
enum DuplicateDetector {
    /// One application's links to the others.
    struct Match: Sendable, Equatable {
        /// Candidate ids of the other applications, sorted.
        var others: [String]
        /// `same e-mail`, `same phone`, `near-identical text`: what they share, in that order.
        var reasons: [String]

        /// The `possible_duplicate` rule's sentence.
        var sentence: String {
            let shown = others.prefix(Self.listedLimit).joined(separator: ", ")
            let more = others.count > Self.listedLimit ? " and \(others.count - Self.listedLimit) more" : ""
            return "possible duplicate of \(shown)\(more) (\(reasons.joined(separator: "; "))): check whether this "
                + "is the same person applying twice"
        }

        static let listedLimit = 5
    }

    /// - Parameter fingerprints: one per application in run order (nil for files that could not be read).
    /// - Returns: the matches by index, for the applications that have at least one.
    /// - Complexity: O(n) to bucket e-mails, phones and SimHash bands (4 × 16 bits: two hashes within 3 bits agree
    ///   on at least one band), plus the pairs that share a bucket.
    static func find(_ fingerprints: [DuplicateFingerprint?], candidateIDs: [String], maxTextDistance: Int)
        -> [Int: Match]
    {
        var links: [Int: [Int: Set<Kind>]] = [:]
        func link(_ a: Int, _ b: Int, _ kind: Kind) {
            guard a != b else { return }
            links[a, default: [:]][b, default: []].insert(kind)
            links[b, default: [:]][a, default: []].insert(kind)
        }
        func linkGroups(_ groups: [some Hashable: [Int]], _ kind: Kind) {
            for members in groups.values where members.count > 1 {
                for i in members.indices { for j in members.indices where j > i { link(members[i], members[j], kind) } }
            }
        }

        var byEmail: [String: [Int]] = [:]
        var byPhone: [String: [Int]] = [:]
        var byHash: [UInt64: [Int]] = [:]
        for (index, fingerprint) in fingerprints.enumerated() {
            guard let fingerprint else { continue }
            if let email = fingerprint.email { byEmail[email, default: []].append(index) }
            if let phone = fingerprint.phone { byPhone[phone, default: []].append(index) }
            if let hash = fingerprint.textHash { byHash[hash, default: []].append(index) }
        }
        linkGroups(byEmail, .email)
        linkGroups(byPhone, .phone)
        linkGroups(byHash, .text)

        // Near-identical (not equal) texts: compare distinct hashes that share a 16-bit band.
        if maxTextDistance > 0 {
            let distinct = byHash.keys.sorted()
            var bands: [UInt64: [UInt64]] = [:]
            for hash in distinct {
                for band in 0..<4 {
                    let key = UInt64(band) << 16 | (hash >> UInt64(band * 16)) & 0xFFFF
                    bands[key, default: []].append(hash)
                }
            }
            var compared = Set<Pair>()
            for members in bands.values where members.count > 1 {
                for i in members.indices {
                    for j in members.indices where j > i {
                        let pair = Pair(members[i], members[j])
                        guard compared.insert(pair).inserted,
                            (members[i] ^ members[j]).nonzeroBitCount <= maxTextDistance
                        else { continue }
                        for a in byHash[members[i]]! { for b in byHash[members[j]]! { link(a, b, .text) } }
                    }
                }
            }
        }

        return links.mapValues { others in
            let kinds = others.values.reduce(into: Set<Kind>()) { $0.formUnion($1) }
            return Match(
                others: others.keys.map { candidateIDs[$0] }.sorted(),
                reasons: Kind.allCases.filter(kinds.contains).map(\.description))
        }
    }

    private enum Kind: Int, CaseIterable, CustomStringConvertible {
        case email, phone, text

        var description: String {
            switch self {
            case .email: "same e-mail"
            case .phone: "same phone number"
            case .text: "near-identical text"
            }
        }
    }

    private struct Pair: Hashable {
        var low: UInt64
        var high: UInt64

        init(_ a: UInt64, _ b: UInt64) {
            low = min(a, b)
            high = max(a, b)
        }
    }
}
