import Foundation

/// A link from a resume sorted into what ATS imports ask for separately: a profile on a known network (LinkedIn,
/// GitHub, …) or a personal website.
struct ProfileLink: Sendable, Hashable {
    /// The link as written in the resume.
    var url: String
    /// The network's name as JSON Resume writes it (`LinkedIn`, `GitHub`), or nil for a personal website.
    var network: String?
    /// The last path component of a network profile (`in/jane-doe` → `jane-doe`), when there is one.
    var username: String?

    /// Host (without `www.` and subdomains of the listed ones) → network name.
    static let networks: [(host: String, name: String)] = [
        ("linkedin.com", "LinkedIn"), ("github.com", "GitHub"), ("gitlab.com", "GitLab"),
        ("bitbucket.org", "Bitbucket"), ("stackoverflow.com", "Stack Overflow"), ("twitter.com", "Twitter"),
        ("x.com", "X"), ("facebook.com", "Facebook"), ("instagram.com", "Instagram"), ("xing.com", "XING"),
        ("medium.com", "Medium"), ("dribbble.com", "Dribbble"), ("behance.net", "Behance"),
    ]

    /// Networks that Greenhouse files under "Social Media" rather than "Website".
    static let socialNetworks: Set<String> = ["LinkedIn", "Twitter", "X", "Facebook", "Instagram", "XING"]

    init(_ url: String) {
        self.url = url
        let components = URLComponents(string: url.hasPrefix("http") ? url : "https://" + url)
        let host = components?.host?.lowercased() ?? ""
        network = Self.networks.first { host == $0.host || host.hasSuffix("." + $0.host) }?.name
        let path = (components?.path ?? "").split(separator: "/")
        username = network == nil ? nil : path.last.map(String.init)
    }

    /// True for a profile Greenhouse calls social media.
    var isSocialMedia: Bool { network.map(Self.socialNetworks.contains) ?? false }
}
