/// An Aho–Corasick automaton over normalized UTF-8 bytes, compiled once into transition tables over byte classes,
/// that finds every whole-word occurrence of every pattern in one pass.
///
/// Immutable and `Sendable`: build it once, share it with every worker.
public struct TermAutomaton: Sendable {
    /// A whole-word occurrence: pattern id and the normalized byte range.
    public struct Hit: Sendable, Equatable {
        public var pattern: Int32
        public var start: Int32
        public var end: Int32
    }

    /// Bytes that appear in patterns get their own class; everything else shares class 0.
    private let byteClass: [UInt8]
    private let classCount: Int
    /// Every state, addressed by its offset here. The shallow states that ordinary text keeps returning to are dense
    /// rows (`table[state + class]` is the next state), numbered breadth-first and small enough together to stay in
    /// cache. Deeper states are sparse records — failure state, child count, state number, then (class, next state)
    /// per child — laid out depth-first, so reading along a term walks forward through memory. A next state is stored
    /// negated when it has outputs (the root, at address 0, has none).
    private let table: [Int32]
    /// Addresses below this are dense rows.
    private let denseEnd: Int
    /// Dense rows take at most this many table entries (256 KB), so they fit in a core's L2 cache.
    static let denseEntryBudget = 65_536
    /// Outputs of state s are `outputs[outputStart[s]..<outputStart[s + 1]]`.
    private let outputStart: [Int32]
    private let outputs: [Output]
    public let patternCount: Int

    /// A pattern a state reports, with what the boundary checks need: its length and whether its first/last byte is
    /// a word byte (boundary checks apply there only).
    private struct Output: Sendable {
        var pattern: Int32
        var length: Int32
        var needsLeftBoundary: Bool
        var needsRightBoundary: Bool
    }
    public var stateCount: Int { outputStart.count - 1 }

    /// - Parameter patterns: normalized, non-empty byte strings; the index is the pattern id.
    /// - Complexity: O(total pattern bytes × byte classes) time and memory.
    public init(patterns: [[UInt8]]) {
        self.init(patterns: patterns, denseEntryBudget: Self.denseEntryBudget)
    }

    /// As `init(patterns:)`, with at most `denseEntryBudget` table entries in dense rows (tests use small budgets so
    /// that short patterns get sparse states too).
    init(patterns: [[UInt8]], denseEntryBudget: Int) {
        var byteClass = [UInt8](repeating: 0, count: 256)
        var nextClass = 1
        for pattern in patterns {
            for byte in pattern where byteClass[Int(byte)] == 0 {
                byteClass[Int(byte)] = UInt8(nextClass)
                nextClass += 1
            }
        }
        precondition(nextClass <= 256)
        let classes = nextClass
        // Trie.
        var trie: [Int32] = Array(repeating: -1, count: classes)
        var terminal: [[Int32]] = [[]]
        for (id, pattern) in patterns.enumerated() {
            precondition(!pattern.isEmpty, "patterns must not be empty")
            var state = 0
            for byte in pattern {
                let slot = state * classes + Int(byteClass[Int(byte)])
                if trie[slot] < 0 {
                    trie[slot] = Int32(terminal.count)
                    terminal.append([])
                    trie.append(contentsOf: repeatElement(-1, count: classes))
                }
                state = Int(trie[slot])
            }
            terminal[state].append(Int32(id))
        }
        let stateCount = terminal.count
        // Breadth-first: failure links, full transitions, and inherited outputs.
        var failure = [Int32](repeating: 0, count: stateCount)
        var transitions = trie
        var outputLists = terminal
        var queue: [Int] = []
        queue.reserveCapacity(stateCount)
        for symbol in 0..<classes {
            let next = transitions[symbol]
            if next < 0 {
                transitions[symbol] = 0
            } else {
                failure[Int(next)] = 0
                queue.append(Int(next))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            let fail = Int(failure[state])
            if !outputLists[fail].isEmpty { outputLists[state].append(contentsOf: outputLists[fail]) }
            for symbol in 0..<classes {
                let slot = state * classes + symbol
                let next = transitions[slot]
                if next < 0 {
                    transitions[slot] = transitions[fail * classes + symbol]
                } else {
                    failure[Int(next)] = transitions[fail * classes + symbol]
                    queue.append(Int(next))
                }
            }
        }
        // Dense rows for the first states breadth-first; the others depth-first after them.
        let order = [0] + queue
        let denseCount = max(1, min(stateCount, denseEntryBudget / classes))
        var number = [Int](repeating: -1, count: stateCount)
        var numbered: [Int] = []
        numbered.reserveCapacity(stateCount)
        for old in order.prefix(denseCount) {
            number[old] = numbered.count
            numbered.append(old)
        }
        var stack = [0]
        while let old = stack.popLast() {
            if number[old] < 0 {
                number[old] = numbered.count
                numbered.append(old)
            }
            for symbol in (0..<classes).reversed() where trie[old * classes + symbol] >= 0 {
                stack.append(Int(trie[old * classes + symbol]))
            }
        }
        let denseEnd = denseCount * classes
        var address = [Int](repeating: 0, count: stateCount)
        var end = denseEnd
        for (new, old) in numbered.enumerated() {
            if new < denseCount {
                address[old] = new * classes
            } else {
                address[old] = end
                end += 3 + 2 * (0..<classes).count { trie[old * classes + $0] >= 0 }
            }
        }
        precondition(end <= Int(Int32.max))
        func target(_ old: Int) -> Int32 { Int32(outputLists[old].isEmpty ? address[old] : -address[old]) }
        var table = [Int32](repeating: 0, count: end)
        var outputStart: [Int32] = [0]
        var outputs: [Output] = []
        let outputOf = patterns.indices.map { id in
            Output(
                pattern: Int32(id), length: Int32(patterns[id].count),
                needsLeftBoundary: TextNormalizer.isWordByte(patterns[id].first ?? 0),
                needsRightBoundary: TextNormalizer.isWordByte(patterns[id].last ?? 0))
        }
        outputStart.reserveCapacity(stateCount + 1)
        for (new, old) in numbered.enumerated() {
            let at = address[old]
            if new < denseCount {
                for symbol in 0..<classes { table[at + symbol] = target(Int(transitions[old * classes + symbol])) }
            } else {
                table[at] = Int32(address[Int(failure[old])])
                table[at + 2] = Int32(new)
                var children = 0
                for symbol in 0..<classes where trie[old * classes + symbol] >= 0 {
                    table[at + 3 + 2 * children] = Int32(symbol)
                    table[at + 4 + 2 * children] = target(Int(trie[old * classes + symbol]))
                    children += 1
                }
                table[at + 1] = Int32(children)
            }
            outputs.append(contentsOf: outputLists[old].map { outputOf[Int($0)] })
            outputStart.append(Int32(outputs.count))
        }
        self.byteClass = byteClass
        self.classCount = classes
        self.table = table
        self.denseEnd = denseEnd
        self.outputStart = outputStart
        self.outputs = outputs
        self.patternCount = patterns.count
    }

    /// Calls `found` for every whole-word occurrence of every pattern, in order of end position.
    /// - Complexity: O(n + occurrences) for n bytes, independent of the number of patterns.
    public func scan(_ text: [UInt8], _ found: (Hit) -> Void) {
        var state = 0
        let count = text.count
        var index = 0
        while index < count {
            let symbol = Int32(byteClass[Int(text[index])])
            index &+= 1
            var next: Int32
            while true {
                if state < denseEnd {
                    next = table[state &+ Int(symbol)]
                    break
                }
                // A sparse state: its child on `symbol`, else the same question to its failure state.
                let children = Int(table[state &+ 1])
                var child = state &+ 3
                let last = child &+ 2 &* children
                while child < last, table[child] != symbol { child &+= 2 }
                if child < last {
                    next = table[child &+ 1]
                    break
                }
                state = Int(table[state])
            }
            if next >= 0 {
                state = Int(next)
                continue
            }
            state = Int(-next)
            let number = state < denseEnd ? state / classCount : Int(table[state &+ 2])
            for slot in Int(outputStart[number])..<Int(outputStart[number &+ 1]) {
                let output = outputs[slot]
                let start = index - Int(output.length)
                if output.needsLeftBoundary, start > 0, TextNormalizer.isWordByte(text[start - 1]) { continue }
                if output.needsRightBoundary, index < count, TextNormalizer.continuesWord(text[index]) { continue }
                found(Hit(pattern: output.pattern, start: Int32(start), end: Int32(index)))
            }
        }
    }
}
