/// Finds applications that are probably the same person twice: the same e-mail, the same phone number, or texts
/// whose SimHashes are at most `maxTextDistance` bits apart.
enum DuplicateDetector {
    /// One application's links to the others.
    struct Match: Sendable, Equatable {
        /// Candidate ids of the other applications, sorted (at most `linkLimit` per shared key).
        var others: [String]
        /// How many other applications share a key with this one (more than `others` in a very large group).
        var total: Int
        /// `same e-mail`, `same phone`, `near-identical text`: what they share, in that order.
        var reasons: [String]

        /// The `possible_duplicate` rule's sentence.
        var sentence: String {
            let shown = others.prefix(Self.listedLimit).joined(separator: ", ")
            let hidden = max(total, others.count) - min(others.count, Self.listedLimit)
            let more = hidden > 0 ? " and \(hidden) more" : ""
            return "possible duplicate of \(shown)\(more) (\(reasons.joined(separator: "; "))): check whether this "
                + "is the same person applying twice"
        }

        static let listedLimit = 5
    }

    /// In a group of applications sharing one key, each is linked to at most this many others (the group's first):
    /// 10,000 copies of one resume must not make 50 million links. The sentence still gives the group's size.
    static let linkLimit = 20
    /// Within one SimHash band bucket, each hash is compared with at most this many following ones.
    static let bandComparisonLimit = 64

    /// - Parameter fingerprints: the keys of one fingerprint per application in run order (nil for files that could
    ///   not be read).
    /// - Returns: the matches by index, for the applications that have at least one.
    /// - Complexity: O(n log n): e-mails, phones, SimHashes and each of four 16-bit SimHash bands are sorted in turn
    ///   (two hashes within 3 bits agree on at least one band), and only neighbours with equal keys are compared.
    ///   Memory beyond the result is one sorted array of n keys at a time.
    static func find(_ fingerprints: [DuplicateFingerprint.Keys?], candidateIDs: [String], maxTextDistance: Int)
        -> [Int: Match]
    {
        var links: [Int: [Int: Set<Kind>]] = [:]
        var groupSizes: [Int: Int] = [:]
        /// Links `a` to `b` (and `b` to `a` unless `oneWay`).
        func link(_ a: Int, _ b: Int, _ kind: Kind, oneWay: Bool = false) {
            guard a != b else { return }
            links[a, default: [:]][b, default: []].insert(kind)
            if !oneWay { links[b, default: [:]][a, default: []].insert(kind) }
        }
        /// Links every pair within each run of equal keys (`keyed` sorted by key).
        func linkRuns<Key: Comparable>(_ keyed: [(key: Key, index: Int)], _ kind: Kind) {
            var start = 0
            while start < keyed.count {
                var end = start + 1
                while end < keyed.count, keyed[end].key == keyed[start].key { end += 1 }
                if end - start > 1 {
                    let linked = min(end, start + Self.linkLimit + 1)
                    for i in start..<end {
                        for j in start..<linked where j != i {
                            link(keyed[i].index, keyed[j].index, kind, oneWay: true)
                        }
                        groupSizes[keyed[i].index] = max(groupSizes[keyed[i].index] ?? 0, end - start - 1)
                    }
                }
                start = end
            }
        }
        func sortedKeys<Key: Comparable>(_ key: (DuplicateFingerprint.Keys) -> Key?) -> [(key: Key, index: Int)] {
            var keyed: [(key: Key, index: Int)] = []
            for (index, fingerprint) in fingerprints.enumerated() {
                if let fingerprint, let value = key(fingerprint) { keyed.append((value, index)) }
            }
            keyed.sort { ($0.key, $0.index) < ($1.key, $1.index) }
            return keyed
        }

        linkRuns(sortedKeys(\.email), .email)
        linkRuns(sortedKeys(\.phone), .phone)
        let hashes = sortedKeys(\.textHash)
        linkRuns(hashes, .text)

        // Near-identical (not equal) texts: within each band, compare the hashes that share the band's 16 bits.
        if maxTextDistance > 0 {
            for band in 0..<4 {
                let shift = UInt64(band * 16)
                var byBand = hashes.map { (band: ($0.key >> shift) & 0xFFFF, hash: $0.key, index: $0.index) }
                byBand.sort { ($0.band, $0.hash, $0.index) < ($1.band, $1.hash, $1.index) }
                var start = 0
                while start < byBand.count {
                    var end = start + 1
                    while end < byBand.count, byBand[end].band == byBand[start].band { end += 1 }
                    for i in start..<end {
                        for j in (i + 1)..<min(end, i + 1 + Self.bandComparisonLimit)
                        where byBand[i].hash != byBand[j].hash {
                            if (byBand[i].hash ^ byBand[j].hash).nonzeroBitCount <= maxTextDistance {
                                link(byBand[i].index, byBand[j].index, .text)
                            }
                        }
                    }
                    start = end
                }
            }
        }

        var matches: [Int: Match] = [:]
        for (index, others) in links {
            let kinds = others.values.reduce(into: Set<Kind>()) { $0.formUnion($1) }
            matches[index] = Match(
                others: others.keys.map { candidateIDs[$0] }.sorted(), total: max(others.count, groupSizes[index] ?? 0),
                reasons: Kind.allCases.filter(kinds.contains).map(\.description))
        }
        return matches
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
}
