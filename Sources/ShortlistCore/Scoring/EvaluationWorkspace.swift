/// Buffers `Evaluator` fills while it scores one resume, kept by a worker from one resume to the next so scoring
/// does not allocate per-criterion state for every resume.
///
/// Per-criterion and per-group marks are stamped with a generation that changes for every resume, so starting a
/// resume clears nothing. Not shared between threads: each worker (`CandidateScreener`) owns one.
struct EvaluationWorkspace {
    /// The first counted occurrence of a group: normalized byte range and 1-based line.
    struct GroupHit {
        var start: Int32
        var end: Int32
        var line: Int32
    }

    /// The current resume's stamp; 0 is never used, so fresh arrays hold nothing.
    private(set) var generation: UInt32 = 0

    /// Per criterion: the stamp of the resume in which a term of it was found, and in which such a find did not
    /// count (outside its sections, or in an old role).
    var touchedIn: [UInt32] = []
    var rejectedIn: [UInt32] = []
    /// Criteria touched by the current resume, one bit per criterion (bit `i % 64` of word `i / 64`); all clear
    /// between resumes (`Evaluator` clears them as it reads them), so reading them in order needs no sort.
    var touchedBits: [UInt64] = []

    /// Per group (flat index): the stamp of the resume that found it, and where.
    var foundIn: [UInt32] = []
    var firstHit: [GroupHit] = []

    /// Per group (flat index): repetitions of its terms in the current resume and the first pattern that counted.
    var repeatedIn: [UInt32] = []
    var repetitions: [Int32] = []
    var repeatedPattern: [Int32] = []
    /// Groups with repetitions in the current resume, in the order first seen.
    var repeatedSlots: [Int32] = []

    /// Per `within_years` value: the lines of roles recent enough, computed once per resume when needed.
    var recentLinesIn: [UInt32] = []
    var recentLines: [[ClosedRange<Int>]] = []
    /// Per degree level (raw value): the lines of entries at that level or higher, once per resume when needed.
    var degreeLinesIn: [UInt32] = []
    var degreeLines: [[ClosedRange<Int>]] = []

    /// The resume's text as UTF-8, and its normalized form.
    var original: [UInt8] = []
    var normalized = NormalizedText(bytes: [], origins: [], originalLength: 0)
    /// Per normalized byte offset: the stamp of the resume in which evidence was made for a hit starting there, its
    /// index in `sheet.evidence` and the hit's end. Many criteria share terms, so the same hit is often the
    /// evidence of several criteria: it is made once per resume and copied.
    var evidenceAtIn: [UInt32] = []
    var evidenceAt: [Int32] = []
    var evidenceEndAt: [Int32] = []

    /// The reported criteria of the current resume, ascending.
    var reported: [Int32] = []
    /// The current resume's evaluation, once `Evaluator.evaluate(_:into:)` has run.
    var sheet = ScoreSheet()
    /// Scratch for the earliest found groups of one criterion, whose evidence is kept.
    var earliest: [GroupHit] = []

    init() {}

    /// Starts a resume: sizes the buffers for `compiled` and moves to a fresh generation.
    mutating func begin(_ compiled: CompiledCriteria) {
        let criteria = compiled.criteria.criteria.count
        if touchedIn.count != criteria || foundIn.count != compiled.groupTotal
            || recentLinesIn.count != compiled.recencyYears.count
        {
            touchedIn = Array(repeating: 0, count: criteria)
            rejectedIn = touchedIn
            touchedBits = Array(repeating: 0, count: (criteria + 63) / 64)
            foundIn = Array(repeating: 0, count: compiled.groupTotal)
            firstHit = Array(repeating: GroupHit(start: 0, end: 0, line: 0), count: compiled.groupTotal)
            repeatedIn = foundIn
            repetitions = Array(repeating: 0, count: compiled.groupTotal)
            repeatedPattern = repetitions
            recentLinesIn = Array(repeating: 0, count: compiled.recencyYears.count)
            recentLines = Array(repeating: [], count: compiled.recencyYears.count)
            degreeLinesIn = Array(repeating: 0, count: EducationLevel.allCases.count + 1)
            degreeLines = Array(repeating: [], count: EducationLevel.allCases.count + 1)
            evidenceAtIn = []
            evidenceAt = []
            evidenceEndAt = []
            generation = 0
        }
        if generation == UInt32.max {
            for index in touchedIn.indices {
                touchedIn[index] = 0
                rejectedIn[index] = 0
            }
            for index in foundIn.indices {
                foundIn[index] = 0
                repeatedIn[index] = 0
            }
            for index in recentLinesIn.indices { recentLinesIn[index] = 0 }
            for index in degreeLinesIn.indices { degreeLinesIn[index] = 0 }
            for index in evidenceAtIn.indices { evidenceAtIn[index] = 0 }
            generation = 0
        }
        generation += 1
        repeatedSlots.removeAll(keepingCapacity: true)
    }

    /// Makes room for evidence of hits starting anywhere in a normalized text of `length` bytes.
    mutating func allowEvidence(inNormalizedLength length: Int) {
        guard evidenceAtIn.count < length else { return }
        let more = length - evidenceAtIn.count
        evidenceAtIn.append(contentsOf: repeatElement(0, count: more))
        evidenceAt.append(contentsOf: repeatElement(0, count: more))
        evidenceEndAt.append(contentsOf: repeatElement(0, count: more))
    }

    /// Whether group `slot` was found in the current resume.
    @inline(__always)
    func isFound(_ slot: Int) -> Bool { foundIn[slot] == generation }
}
