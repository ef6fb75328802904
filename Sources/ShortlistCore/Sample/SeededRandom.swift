/// A SplitMix64 pseudo-random generator whose output depends only on its seed, on every platform and in every run.
///
/// The synthetic sample data is built on it so that a seed reproduces the same resumes byte for byte. It is not
/// cryptographically secure.
///
/// ```swift
/// var random = SeededRandom(seed: 42)
/// let roll = random.next() % 6
/// ```
public struct SeededRandom: RandomNumberGenerator, Sendable {
    private var state: UInt64

    /// Creates a generator that starts from `seed`.
    public init(seed: UInt64) {
        state = seed
    }

    /// Creates the generator for one member of a family, e.g. one document of a sample: a different, well-mixed
    /// starting point for every `(seed, stream)` pair, so neighbouring streams do not produce shifted copies of
    /// each other.
    public init(seed: UInt64, stream: UInt64) {
        state = Self.mix(seed ^ Self.mix(stream &+ 0x6A09_E667_F3BC_C909))
    }

    /// Returns the next 64 random bits.
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser: a bijection that spreads every input bit over the whole output.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

// Draw helpers with fixed arithmetic, so results never depend on how the standard library implements
// `Int.random(in:using:)` or `shuffled(using:)` in a given Swift release.
extension SeededRandom {
    /// A number in `0..<bound`; `bound` must be positive.
    mutating func below(_ bound: Int) -> Int {
        precondition(bound > 0, "bound must be positive")
        return Int(truncatingIfNeeded: next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// A number in `range`.
    mutating func int(in range: ClosedRange<Int>) -> Int {
        range.lowerBound + below(range.upperBound - range.lowerBound + 1)
    }

    /// True with a probability of `percent` / 100.
    mutating func chance(_ percent: Int) -> Bool {
        below(100) < percent
    }

    /// One element of a non-empty array.
    mutating func pick<Element>(_ elements: [Element]) -> Element {
        elements[below(elements.count)]
    }

    /// An index into `weights`, each chosen with probability weight / Σ weights.
    mutating func weightedIndex(_ weights: [Int]) -> Int {
        var roll = below(weights.reduce(0, +))
        for (index, weight) in weights.enumerated() {
            if roll < weight { return index }
            roll -= weight
        }
        return weights.count - 1
    }

    /// Up to `count` distinct elements in random order (a partial Fisher–Yates shuffle).
    mutating func sample<Element>(_ elements: [Element], count: Int) -> [Element] {
        var pool = elements
        let wanted = min(count, pool.count)
        for index in 0..<wanted {
            pool.swapAt(index, index + below(pool.count - index))
        }
        return Array(pool.prefix(wanted))
    }

    /// All elements in random order.
    mutating func shuffle<Element>(_ elements: [Element]) -> [Element] {
        sample(elements, count: elements.count)
    }
}
