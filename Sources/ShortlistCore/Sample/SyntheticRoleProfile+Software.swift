extension SyntheticRoleProfile {
    /// Software engineers: backend, mobile, platform. Deliberately rich in awkward tokens (C++, C#, .NET, Node.js,
    /// CI/CD, Go, Objective-C) that a word-boundary matcher must get right.
    static let software = SyntheticRoleProfile(
        titles: [
            [
                "Junior Software Developer", "Graduate Software Engineer", "Associate Software Engineer",
                "Web Developer", "QA Automation Engineer", "Software Engineer I",
            ],
            [
                "Software Engineer", "Backend Developer", "Full-Stack Developer", "iOS Developer",
                "Software Engineer II", "DevOps Engineer", "Platform Engineer", "Android Developer",
            ],
            [
                "Senior Software Engineer", "Senior Backend Engineer", "Site Reliability Engineer",
                "Senior iOS Engineer", "Senior Full-Stack Engineer", "Senior Platform Engineer",
                "Senior .NET Developer",
            ],
            [
                "Staff Engineer", "Principal Engineer", "Engineering Manager", "Tech Lead", "Lead Backend Engineer",
                "Software Architect",
            ],
        ],
        employers: [
            "Kestrel Systems", "Bluefin Analytics", "Ardent Software GmbH", "Cobalt Payments", "Northwind Traders",
            "Fabrikam, Inc.", "Contoso Ltd.", "Lumen Logistics", "Nordlicht Payments", "Tailspin Cloud", "Parsec Labs",
            "Helix Mobile", "Quillon Health Tech", "Brightwave Media", "Orbital Freight", "Müller & Söhne Digital GmbH",
            "Vireo Games", "Skylark Fintech", "Granite Data Co.", "Atlas Mobility", "Société Numérique SA",
            "Redwood Insurance", "Polaris Retail Group", "Ferrous Robotics", "Tandem Bank", "Ironclad Security",
            "Zephyr Travel", "Mosaic Learning", "Umbra Studios", "Pinecone Civic Tech", "Fjällräv Software AB",
            "Kraków Code House", "Sakura Mobile K.K.", "Anatolia Yazılım A.Ş.",
        ],
        skills: [
            "Swift", "Objective-C", "C++", "C#", ".NET", "Node.js", "Go", "Java", "Kotlin", "Python", "Rust",
            "TypeScript", "JavaScript", "Ruby", "Scala", "PHP", "SQL", "PostgreSQL", "MySQL", "Redis", "MongoDB",
            "Cassandra", "DynamoDB", "Kafka", "RabbitMQ", "GraphQL", "gRPC", "REST APIs", "microservices", "Docker",
            "Kubernetes", "Terraform", "Ansible", "AWS", "Azure", "GCP", "Linux", "Git", "Jenkins", "GitHub Actions",
            "CI/CD", "React", "Angular", "Vue.js", "Django", "Flask", "Spring Boot", "Vapor", "SwiftNIO",
            "Hummingbird", "SwiftUI", "UIKit", "Elasticsearch", "Prometheus", "Grafana", "Nginx", "unit testing",
            "TDD", "Agile", "Scrum", "Bash", "OAuth 2.0", "WebSockets", "Android", "Xcode", "Core Data", "Combine",
            "ASP.NET Core", "Entity Framework", "Express.js", "Ruby on Rails", "Erlang", "Elixir", "Haskell",
        ],
        coreSkills: [
            "Swift", "Objective-C", "C++", "C#", ".NET", "Node.js", "Go", "Java", "Kotlin", "Python", "Rust",
            "TypeScript",
            "Ruby", "Scala", "PHP", "Elixir", "Vapor", "Spring Boot", "Django", "ASP.NET Core",
        ],
        tools: [
            "Kubernetes", "Docker", "Terraform", "Ansible", "Jenkins", "GitHub Actions", "GitLab CI", "Kafka",
            "RabbitMQ", "PostgreSQL", "MySQL", "Redis", "Elasticsearch", "Prometheus", "Grafana", "Datadog", "Nginx",
            "AWS Lambda", "Amazon S3", "DynamoDB", "Azure DevOps", "Google Cloud Run", "Vault", "Consul", "Helm",
            "Argo CD", "Istio", "Jira", "Confluence", "SonarQube", "Sentry", "New Relic", "Splunk", "PagerDuty",
            "Okta", "Auth0", "Cloudflare", "Fastly", "Xcode Cloud", "Fastlane", "Firebase", "Bazel", "Gradle", "Maven",
            "npm", "Webpack", "MongoDB", "Cassandra", "OpenTelemetry", "Envoy", "Backstage",
        ],
        domains: [
            "payments", "checkout", "search", "identity", "billing", "notifications", "observability", "platform",
            "infrastructure", "release", "mobile", "API", "data platform", "security", "reliability", "performance",
            "developer productivity", "fraud detection", "logistics", "recommendation", "streaming", "messaging",
        ],
        phrases: [
            "distributed systems", "event-driven architecture", "domain-driven design", "code review",
            "incident response", "on-call rotation", "capacity planning", "load testing", "performance profiling",
            "API design", "system design", "database schema design", "infrastructure as code", "continuous delivery",
            "blue-green deployments", "feature flags", "zero-downtime migrations", "memory management",
            "structured concurrency", "pair programming", "technical mentoring", "open source", "accessibility",
            "offline-first sync", "App Store releases", "server-side Swift", "backend development",
            "cloud-native applications", "site reliability engineering", "test automation",
        ],
        contexts: [
            "B2B SaaS", "e-commerce", "fintech", "health tech", "logistics", "media streaming", "mobile banking",
            "travel booking", "gaming", "public sector", "insurance", "marketplace",
        ],
        teams: [
            "product managers", "designers", "the data team", "security engineers", "the SRE team",
            "customer support", "QA engineers", "mobile engineers",
        ],
        certifications: [
            .init(
                display: "AWS Certified Solutions Architect – Associate", term: "aws certified solutions architect"),
            .init(display: "AWS Certified Developer – Associate", term: "aws certified developer"),
            .init(
                display: "Certified Kubernetes Administrator (CKA)", term: "certified kubernetes administrator | cka"),
            .init(
                display: "Certified Kubernetes Application Developer (CKAD)",
                term: "certified kubernetes application developer | ckad"),
            .init(display: "HashiCorp Certified: Terraform Associate", term: "terraform associate"),
            .init(display: "Google Professional Cloud Architect", term: "professional cloud architect"),
            .init(
                display: "Microsoft Certified: Azure Developer Associate", term: "azure developer associate"),
            .init(
                display: "Oracle Certified Professional, Java SE 17 Developer", term: "oracle certified professional"),
            .init(display: "Certified ScrumMaster (CSM)", term: "certified scrummaster | csm"),
            .init(display: "CompTIA Security+", term: "comptia security+ | security+"),
            .init(display: "ITIL 4 Foundation", term: "itil"),
        ],
        degrees: [
            .init(
                degree: .bachelorScience,
                fields: [
                    "Computer Science", "Software Engineering", "Mathematics", "Physics", "Information Systems",
                    "Computer Engineering",
                ], weight: 40),
            .init(
                degree: .bachelorEngineering, fields: ["Computer Engineering", "Electrical Engineering"], weight: 12),
            .init(degree: .bachelorArts, fields: ["Computer Science", "Philosophy", "Linguistics"], weight: 6),
            .init(
                degree: .masterScience,
                fields: ["Computer Science", "Software Engineering", "Distributed Systems", "Artificial Intelligence"],
                weight: 20),
            .init(degree: .masterEngineering, fields: ["Software Engineering", "Computer Engineering"], weight: 4),
            .init(degree: .doctorate, fields: ["Computer Science", "Mathematics", "Physics"], weight: 5),
            .init(degree: .associateScience, fields: ["Computer Programming", "Information Technology"], weight: 6),
            .init(degree: .highSchool, fields: [], weight: 5),
        ],
        employerBlurbs: [
            "A {context} scale-up of about {n}0 engineers.", "Series B {context} start-up; first backend hire.",
            "Public {context} company with {big} customers in {small} countries.",
            "Consultancy building {context} platforms for enterprise clients.",
            "Engineering hub of a {context} group, {small} product teams.",
        ],
        stackLabels: ["Tech stack", "Stack", "Technologies", "Tools"],
        bullets: [
            "Designed and shipped {small} {core} microservices handling {big} requests per second with p99 latency "
                + "under {ms} ms.",
            "Migrated a legacy {core} monolith to {core2} services on {cloud}, cutting infrastructure cost by {pct}%.",
            "Built CI/CD pipelines in {ci} that took a release from two days to {n} minutes.",
            "Led {toolTask} for {small} production clusters and wrote the runbooks the on-call rotation still uses.",
            "Introduced {phrase} practices across {small} squads; the change failure rate dropped by {pct}%.",
            "Owned {domainTask} for the {domain} team and presented the roadmap to the CTO every quarter.",
            "Reduced {domain} API error rates by {pct}% with retries, idempotency keys and circuit breakers in {core}.",
            "Wrote and maintained {core} client libraries used by {n} internal teams, documented in {tool}.",
            "Rewrote the hot path of the {domain} service in {core}, lowering CPU usage by {pct}% at peak.",
            "Tracked down memory leaks and data races with Instruments and {tool}, fixing {n} crashes that affected "
                + "{pct}% of sessions.",
            "Shipped {small} major iOS releases with SwiftUI and UIKit, keeping the crash-free rate above 99.{digit}%.",
            "Designed the {domain} data model and its caching layer in {core}, serving {big} daily active users.",
            "Mentored {small} junior engineers through code review, pair programming and written design documents.",
            "Automated {toolTask} with {core} scripts, saving the platform team about {hours} hours a month.",
            "Ran blameless post-mortems for {n} incidents and turned the findings into {phrase} improvements.",
            "Partnered with {team} to deliver the {domain} redesign {small} weeks ahead of schedule.",
            "Maintained {core} and {core2} services behind a gRPC gateway with {pct2}% test coverage.",
            "Introduced contract tests for the REST APIs between {n} services, catching breaking changes before "
                + "deployment.",
            "Moved {n} cron jobs to event-driven workers on {tool}, removing a nightly batch window of {small} hours.",
            "Cut cold-start time of the {context} app by {pct}% by deferring work off the main thread.",
            "Hardened {domain} endpoints after a penetration test: OAuth 2.0 scopes, rate limits and audit logging.",
            "Built an internal developer portal on {tool} that {n} engineers use to create new services.",
            "Scaled the {domain} write path from {small} to {n} shards without downtime using dual writes and "
                + "backfills.",
            "Replaced hand-rolled deployment scripts with {ci} and {tool}, making rollbacks a one-click operation.",
        ],
        summaryOpeners: [
            "{adjective} software engineer with {years}+ years of experience building {phrase} in {core} and {core2}.",
            "Backend-leaning engineer who has spent {years} years shipping {domain} features for {context} products.",
            "Engineer with {years} years in {context}, most recently focused on {phrase} and {phrase2}.",
            "{adjective} developer who enjoys {phrase}, clean APIs and fast, boring deployments.",
        ],
        summaryDetails: [
            "Comfortable across {skill}, {skill2} and {skill3}, and happiest when a system is simple enough to "
                + "explain on a whiteboard.",
            "Known for careful code reviews, calm incident handling and documentation people actually read.",
            "Has led teams of up to {small} engineers and still writes production code every week.",
            "Interested in {phrase2} and in growing engineers through honest, specific feedback.",
            "Looking for a team that values ownership, observability and sustainable pace.",
        ]
    )
}
