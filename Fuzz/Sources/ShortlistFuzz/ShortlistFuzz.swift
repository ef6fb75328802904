import ShortlistCore

// libFuzzer entry point for the parse → match → score path: arbitrary bytes, read as HTML, plain text and XML,
// through ResumeReader, Evaluator, Escalation and the results.jsonl encoder. Build and run: README.md, "Fuzzing".

/// The bundled backend-engineer criteria (SampleData/criteria/backend-engineer.yaml), embedded so the fuzzer binary
/// needs no files at run time.
private let criteriaYAML = #"""
    # Senior Backend Engineer (server-side Swift) — Nordlicht Payments, Berlin / remote within the EU.
    # The intended ranking of SampleData/resumes/backend in SampleData/README.md assumes --as-of 2026-11-01.
    role: Senior Backend Engineer (server-side Swift)
    shortlist: { top: 5, min_score: 70 }
    review_band: 15
    criteria:
      - id: swift
        label: Swift used in professional work
        any: ["swift"]
        in_section: experience
        weight: 25
      - id: server_frameworks
        label: Two or more server-side frameworks or runtimes
        any: ["vapor", "hummingbird", "swift-nio | swiftnio", "node.js | nodejs", "kitura", "grpc"]
        min_distinct: 2
        weight: 15
      - id: experience
        label: 6+ years of professional experience
        years_experience: { min: 6 }
        weight: 15
      - id: degree
        label: Bachelor's degree or higher in a technical field
        education: { min_level: bachelor, fields: ["computer science", "software engineering", "computer engineering", "mathematics", "physics"] }
        weight: 10
      - id: recent_swift
        label: Server-side Swift in a role within the last 2 years
        any: ["swift", "vapor", "hummingbird", "swift-nio | swiftnio"]
        within_years: 2
        weight: 15
      - id: cloud
        label: Cloud, Kubernetes and Docker listed under skills
        all: ["aws | amazon web services | gcp | google cloud", "kubernetes | k8s", "docker"]
        in_section: skills
        weight: 10
      - id: datastores
        label: Two or more production datastores
        any: ["postgresql | postgres", "mysql", "redis", "dynamodb", "cassandra", "mongodb"]
        min_distinct: 2
        weight: 10
      - id: eu_work_authorization
        label: Authorized to work in the EU
        any: ["eu citizen | eu citizenship", "eu passport", "work permit", "blue card", "right to work in the eu"]
        required: true
      - id: agency
        label: Not submitted through a staffing agency
        none: ["staffing agency", "recruitment agency", "recruiting agency"]
        on_fail: review
    """#

/// Compiled once; a global `let` is initialised lazily and thread-safely, and `CompiledCriteria` is Sendable.
private let compiled: CompiledCriteria = {
    do {
        return CompiledCriteria(try CriteriaLoader.parse(yaml: criteriaYAML, path: "backend-engineer.yaml"))
    } catch {
        fatalError("the embedded criteria do not load: \(error)")
    }
}()

/// The `--as-of` the sample data's intended ranking assumes.
private let referenceDate = YearMonth(year: 2026, month: 11)

/// The paths each input is read under: the extension picks the reader when sniffing does not.
private let fakePaths = ["x.html", "x.txt", "x.xml"]

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    // Safe: libFuzzer guarantees `size` readable bytes at `data` for the duration of this call, and we copy them.
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    ShortlistEngine.prepare()
    for path in fakePaths {
        let line = ScreeningProbe.screen(bytes: bytes, path: path, compiled: compiled, referenceDate: referenceDate)
        precondition(line.hasPrefix("{\"schema_version\":"), "not a results.jsonl line: \(line.prefix(200))")
    }
    return 0
}
