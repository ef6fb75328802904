/// An Aho–Corasick automaton over normalized UTF-8 bytes, compiled once into a dense transition table over byte
/// classes, that finds every whole-word occurrence of every pattern in one pass.
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
    /// `transitions[row + class]` for the state whose row starts at `row` (state × `classCount`): the next state's row,
    /// negated when that state has outputs. A full DFA: no failure links at scan time. States are numbered
    /// breadth-first, so the shallow states that ordinary text keeps returning to share a few cache lines.
    private let transitions: [Int32]
    /// Outputs of state s are `outputs[outputStart[s]..<outputStart[s + 1]]`.
    private let outputStart: [Int32]
    private let outputs: [Int32]
    /// Pattern lengths and whether each pattern's first/last byte is a word byte (boundary checks apply there).
    private let patternLength: [Int32]
    private let patternNeedsLeftBoundary: [Bool]
    private let patternNeedsRightBoundary: [Bool]

    public var patternCount: Int { patternLength.count }
    public var stateCount: Int { outputStart.count - 1 }

    /// - Parameter patterns: normalized, non-empty byte strings; the index is the pattern id.
    /// - Complexity: O(total pattern bytes × byte classes) time and memory.
    public init(patterns: [[UInt8]]) {
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
        // Renumber breadth-first (the root first, then depth 1, 2, …) and store each transition as the next state's
        // row, negated when that state reports something.
        let order = [0] + queue
        var number = [Int](repeating: 0, count: stateCount)
        for (new, old) in order.enumerated() { number[old] = new }
        precondition(stateCount * classes <= Int(Int32.max))
        var rows = [Int32](repeating: 0, count: stateCount * classes)
        var outputStart: [Int32] = [0]
        var outputs: [Int32] = []
        outputStart.reserveCapacity(stateCount + 1)
        for (new, old) in order.enumerated() {
            for symbol in 0..<classes {
                let next = Int(transitions[old * classes + symbol])
                let row = Int32(number[next] * classes)
                rows[new * classes + symbol] = outputLists[next].isEmpty ? row : -row
            }
            outputs.append(contentsOf: outputLists[old])
            outputStart.append(Int32(outputs.count))
        }
        self.byteClass = byteClass
        self.classCount = classes
        self.transitions = rows
        self.outputStart = outputStart
        self.outputs = outputs
        self.patternLength = patterns.map { Int32($0.count) }
        self.patternNeedsLeftBoundary = patterns.map { TextNormalizer.isWordByte($0.first ?? 0) }
        self.patternNeedsRightBoundary = patterns.map { TextNormalizer.isWordByte($0.last ?? 0) }
    }

    /// Calls `found` for every whole-word occurrence of every pattern, in order of end position.
    /// - Complexity: O(n + occurrences) for n bytes, independent of the number of patterns.
    public func scan(_ text: [UInt8], _ found: (Hit) -> Void) {
        var row = 0
        let count = text.count
        var index = 0
        while index < count {
            let next = Int(transitions[row &+ Int(byteClass[Int(text[index])])])
            index &+= 1
            if next >= 0 {
                row = next
                continue
            }
            // The root has no outputs, so a state with outputs has a positive row.
            row = -next
            let state = row / classCount
            for slot in Int(outputStart[state])..<Int(outputStart[state &+ 1]) {
                let pattern = Int(outputs[slot])
                let start = index - Int(patternLength[pattern])
                if patternNeedsLeftBoundary[pattern], start > 0, TextNormalizer.isWordByte(text[start - 1]) { continue }
                if patternNeedsRightBoundary[pattern], index < count, TextNormalizer.continuesWord(text[index]) {
                    continue
                }
                found(Hit(pattern: Int32(pattern), start: Int32(start), end: Int32(index)))
            }
        }
    }
}
