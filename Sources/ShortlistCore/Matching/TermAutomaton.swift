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
    /// - Complexity: O(total pattern bytes × byte classes) time at worst (a state's children are kept in a list
    ///   sorted by class), O(total pattern bytes + `denseEntryBudget`) memory.
    public init(patterns: [[UInt8]]) {
        self.init(patterns: patterns, denseEntryBudget: Self.denseEntryBudget)
    }

    /// As `init(patterns:)`, with at most `denseEntryBudget` table entries in dense rows (tests use small budgets so
    /// that short patterns get sparse states too).
    init(patterns: [[UInt8]], denseEntryBudget: Int) {
        var byteClass = [UInt8](repeating: 0, count: 256)
        var nextClass = 1
        var patternBytes = 0
        for pattern in patterns {
            patternBytes += pattern.count
            for byte in pattern where byteClass[Int(byte)] == 0 {
                byteClass[Int(byte)] = UInt8(nextClass)
                nextClass += 1
            }
        }
        precondition(nextClass <= 256)
        let classes = nextClass
        // Trie: the root's children by class, every other state's children as a list in ascending class order
        // (`firstChild`, then `nextSibling`), and each state's patterns as a list in ascending id order.
        var rootChild = [Int32](repeating: -1, count: classes)
        var firstChild: [Int32] = [-1]
        var nextSibling: [Int32] = [-1]
        var symbolOf: [UInt8] = [0]
        var childCount: [Int32] = [0]
        var firstPattern: [Int32] = [-1]
        var lastPattern: [Int32] = [-1]
        var nextPattern = [Int32](repeating: -1, count: patterns.count)
        firstChild.reserveCapacity(patternBytes + 1)
        nextSibling.reserveCapacity(patternBytes + 1)
        symbolOf.reserveCapacity(patternBytes + 1)
        childCount.reserveCapacity(patternBytes + 1)
        firstPattern.reserveCapacity(patternBytes + 1)
        lastPattern.reserveCapacity(patternBytes + 1)
        for (id, pattern) in patterns.enumerated() {
            precondition(!pattern.isEmpty, "patterns must not be empty")
            var state = 0
            for byte in pattern {
                let symbol = byteClass[Int(byte)]
                var previous = -1
                var child = state == 0 ? Int(rootChild[Int(symbol)]) : Int(firstChild[state])
                if state != 0 {
                    while child >= 0 && symbolOf[child] < symbol {
                        previous = child
                        child = Int(nextSibling[child])
                    }
                }
                if child < 0 || symbolOf[child] != symbol {
                    let new = firstChild.count
                    firstChild.append(-1)
                    nextSibling.append(Int32(child))
                    symbolOf.append(symbol)
                    childCount.append(0)
                    firstPattern.append(-1)
                    lastPattern.append(-1)
                    childCount[state] += 1
                    if state == 0 {
                        rootChild[Int(symbol)] = Int32(new)
                    } else if previous < 0 {
                        firstChild[state] = Int32(new)
                    } else {
                        nextSibling[previous] = Int32(new)
                    }
                    child = new
                }
                state = child
            }
            if lastPattern[state] < 0 {
                firstPattern[state] = Int32(id)
            } else {
                nextPattern[Int(lastPattern[state])] = Int32(id)
            }
            lastPattern[state] = Int32(id)
        }
        let stateCount = firstChild.count
        /// Calls `body` with each child of `state` and its class, in ascending class order.
        func forEachChild(of state: Int, _ body: (Int, Int) -> Void) {
            if state == 0 {
                for symbol in 0..<classes where rootChild[symbol] >= 0 { body(Int(rootChild[symbol]), symbol) }
            } else {
                var child = Int(firstChild[state])
                while child >= 0 {
                    body(child, Int(symbolOf[child]))
                    child = Int(nextSibling[child])
                }
            }
        }
        // Breadth-first: failure links, whether a state reports anything (its own patterns or those of a state on its
        // failure chain), the nearest state on the failure chain with patterns of its own, and full transitions for the
        // first `denseCount` states (their failure states come before them, so their rows are already complete).
        let denseCount = max(1, min(stateCount, denseEntryBudget / classes))
        var failure = [Int32](repeating: 0, count: stateCount)
        var hasOutput = [Bool](repeating: false, count: stateCount)
        var outputLink = [Int32](repeating: -1, count: stateCount)
        var denseRow = [Int32](repeating: -1, count: stateCount)
        var rows = [Int32](repeating: 0, count: denseCount * classes)
        var order: [Int] = [0]
        order.reserveCapacity(stateCount)
        var head = 0
        while head < order.count {
            let state = order[head]
            let fail = Int(failure[state])
            if state != 0 {
                hasOutput[state] = firstPattern[state] >= 0 || hasOutput[fail]
                outputLink[state] = firstPattern[fail] >= 0 ? Int32(fail) : outputLink[fail]
            }
            if head < denseCount {
                denseRow[state] = Int32(head)
                let row = head * classes
                let failRow = Int(denseRow[fail]) * classes
                if state == 0 {
                    for symbol in 0..<classes { rows[symbol] = max(rootChild[symbol], 0) }
                } else {
                    for symbol in 0..<classes { rows[row + symbol] = rows[failRow + symbol] }
                    forEachChild(of: state) { child, symbol in rows[row + symbol] = Int32(child) }
                }
            }
            forEachChild(of: state) { child, symbol in
                order.append(child)
                guard state != 0 else { return }
                // The state the failure state moves to on `symbol`.
                var from = fail
                while true {
                    if denseRow[from] >= 0 {
                        failure[child] = rows[Int(denseRow[from]) * classes + symbol]
                        return
                    }
                    var next = Int(firstChild[from])
                    while next >= 0 && Int(symbolOf[next]) < symbol { next = Int(nextSibling[next]) }
                    if next >= 0 && Int(symbolOf[next]) == symbol {
                        failure[child] = Int32(next)
                        return
                    }
                    from = Int(failure[from])
                }
            }
            head += 1
        }
        // Dense rows for the first states breadth-first; the others depth-first after them.
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
            let top = stack.count
            forEachChild(of: old) { child, _ in stack.append(child) }
            stack[top...].reverse()
        }
        let denseEnd = denseCount * classes
        var address = [Int](repeating: 0, count: stateCount)
        var end = denseEnd
        for (new, old) in numbered.enumerated() {
            if new < denseCount {
                address[old] = new * classes
            } else {
                address[old] = end
                end += 3 + 2 * Int(childCount[old])
            }
        }
        precondition(end <= Int(Int32.max))
        func target(_ old: Int) -> Int32 { Int32(hasOutput[old] ? -address[old] : address[old]) }
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
                let row = Int(denseRow[old]) * classes
                for symbol in 0..<classes { table[at + symbol] = target(Int(rows[row + symbol])) }
            } else {
                table[at] = Int32(address[Int(failure[old])])
                table[at + 1] = childCount[old]
                table[at + 2] = Int32(new)
                var slot = at + 3
                forEachChild(of: old) { child, symbol in
                    table[slot] = Int32(symbol)
                    table[slot + 1] = target(child)
                    slot += 2
                }
            }
            var reporter = hasOutput[old] ? old : -1
            while reporter >= 0 {
                var pattern = Int(firstPattern[reporter])
                while pattern >= 0 {
                    outputs.append(outputOf[pattern])
                    pattern = Int(nextPattern[pattern])
                }
                reporter = Int(outputLink[reporter])
            }
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
