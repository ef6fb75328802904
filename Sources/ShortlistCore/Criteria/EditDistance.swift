/// Levenshtein distance between two strings, counted in characters, case-insensitively.
///
/// `editDistance("wieght", "weight") == 2`, `editDistance("Skils", "skills") == 1`.
///
/// - Complexity: O(*m* × *n*) time and O(*n*) memory for strings of *m* and *n* characters.
func editDistance(_ lhs: String, _ rhs: String) -> Int {
    let source = Array(lhs.lowercased())
    let target = Array(rhs.lowercased())
    guard !source.isEmpty else { return target.count }
    guard !target.isEmpty else { return source.count }

    var previous = Array(0...target.count)
    var current = [Int](repeating: 0, count: target.count + 1)
    for (i, sourceCharacter) in source.enumerated() {
        current[0] = i + 1
        for (j, targetCharacter) in target.enumerated() {
            let substitution = previous[j] + (sourceCharacter == targetCharacter ? 0 : 1)
            current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, substitution)
        }
        swap(&previous, &current)
    }
    return previous[target.count]
}

/// The candidate a misspelt `word` most likely meant, for "did you mean …?" hints; `nil` when none is close.
///
/// A candidate is close when it is at most two edits away (at most one for words of one to three characters),
/// or when one of the two starts with the other and they share at least three characters (`min` → `min_score`,
/// `years` → `years_experience`). The nearest candidate wins; ties go to the earlier candidate.
func closestMatch(to word: String, among candidates: [String]) -> String? {
    let lowered = word.lowercased()
    let allowedEdits = lowered.count <= 3 ? 1 : 2
    var best: (candidate: String, distance: Int)?
    for candidate in candidates {
        let distance = editDistance(lowered, candidate)
        if distance <= allowedEdits, distance < (best?.distance ?? .max) {
            best = (candidate, distance)
        }
    }
    if let best { return best.candidate }

    return candidates.first { candidate in
        let other = candidate.lowercased()
        let shorter = min(lowered.count, other.count)
        return shorter >= 3 && (other.hasPrefix(lowered) || lowered.hasPrefix(other))
    }
}
