/// Every term group that generated criteria can ask for, in a fixed order: each role's skills, phrases, tools and
/// certifications, then tools and domains combined with activities ("kafka administration", "revenue
/// forecasting"). The synthetic resumes are written from the same vocabulary, so criteria find real evidence.
/// About 5,500 groups in all.
enum SyntheticTermUniverse {
    /// One term group of the universe.
    struct Entry: Sendable {
        /// The group as a criteria file writes it: lowercase, synonyms joined by ` | `.
        var group: String
        /// The term as resumes capitalise it, for `=exact` criteria; nil when the group has synonyms.
        var exactSpelling: String?
    }

    /// All entries, without two entries sharing a lowercase spelling, in tiers: the technical roles' own terms,
    /// the other roles' terms, then the technical and the other combinations. Criteria draw from a shuffle of each
    /// tier in turn, so small criteria files stay close to the backend role and large ones reach everything.
    static let tiers: [[Entry]] = {
        var seen: Set<String> = []
        func entries(_ terms: [String]) -> [Entry] {
            var entries: [Entry] = []
            for term in terms {
                let key = term.lowercased()
                guard seen.insert(key).inserted else { continue }
                if let group = synonyms[key] {
                    entries.append(Entry(group: group, exactSpelling: nil))
                } else {
                    entries.append(Entry(group: key, exactSpelling: term.contains("|") ? nil : term))
                }
            }
            return entries
        }
        func ownTerms(_ roles: [SyntheticRole]) -> [String] {
            var terms: [String] = []
            for profile in roles.map(\.profile) {
                terms += profile.coreSkills
                terms += profile.skills
                terms += profile.phrases
                terms += profile.tools
                terms += profile.certifications.map(\.term)
            }
            return terms
        }
        func combinations(_ roles: [SyntheticRole]) -> [String] {
            var terms: [String] = []
            for profile in roles.map(\.profile) {
                for tool in profile.tools {
                    for activity in SyntheticVocabulary.toolActivities { terms.append("\(tool) \(activity)") }
                }
                for domain in profile.domains {
                    for activity in SyntheticVocabulary.domainActivities { terms.append("\(domain) \(activity)") }
                }
            }
            return terms
        }
        let technical: [SyntheticRole] = [.software, .dataScience]
        let others = SyntheticRole.allCases.filter { !technical.contains($0) }
        return [
            entries(ownTerms(technical)), entries(ownTerms(others)), entries(combinations(technical)),
            entries(combinations(others)),
        ]
    }()

    /// Common alternative spellings, keyed by the lowercase term.
    private static let synonyms: [String: String] = [
        "kubernetes": "kubernetes | k8s",
        "node.js": "node.js | nodejs",
        "postgresql": "postgresql | postgres",
        "go": "go | golang",
        "objective-c": "objective-c | objc",
        "aws": "aws | amazon web services",
        "gcp": "gcp | google cloud",
        "ci/cd": "ci/cd | continuous integration",
        "c#": "c# | csharp",
        "javascript": "javascript | js",
        "typescript": "typescript | ts",
        "machine learning": "machine learning | ml",
        "electronic health records": "electronic health records | ehr",
        "accounts payable": "accounts payable | a/p",
        "accounts receivable": "accounts receivable | a/r",
        "crm": "crm | customer relationship management",
        "nlp": "nlp | natural language processing",
    ]
}
