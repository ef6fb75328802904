import ArgumentParser
import ShortlistCore

@main
struct Shortlist: ParsableCommand {}
