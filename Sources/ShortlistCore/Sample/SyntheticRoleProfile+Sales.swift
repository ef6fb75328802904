extension SyntheticRoleProfile {
    /// Sales and account management, from development representatives to sales directors.
    static let sales = SyntheticRoleProfile(
        titles: [
            [
                "Sales Development Representative", "Business Development Representative",
                "Inside Sales Representative", "Sales Associate", "Customer Success Associate",
            ],
            [
                "Account Executive", "Account Manager", "Territory Sales Representative", "Customer Success Manager",
                "Channel Sales Manager",
            ],
            [
                "Senior Account Executive", "Enterprise Account Executive", "Key Account Manager",
                "Regional Sales Manager", "Strategic Account Director",
            ],
            ["Head of Sales", "Sales Director", "VP of Sales", "Director of Business Development"],
        ],
        employers: [
            "Northwind Traders", "Polaris Retail Group", "Skylark Fintech", "Bluefin Analytics",
            "Vantage Office Supply",
            "Cascade Medical Devices", "Helios Solar Solutions", "Orbital Freight", "Brightwave Media", "Zephyr Travel",
            "Mosaic Learning", "Redwood Insurance", "Kestrel Systems", "Lumen Logistics", "Café Olé Franchising",
            "Pacifica Beverage Co.", "Ironclad Security", "Greenfield Agritech", "Strand & Co. Realty",
            "Adventure Works Cycles", "Wide World Importers", "Nørrebro Design ApS",
        ],
        skills: [
            "Salesforce", "HubSpot", "CRM", "lead generation", "cold calling", "pipeline management",
            "account management", "B2B sales", "SaaS sales", "negotiation", "quota attainment",
            "territory management", "customer success", "solution selling", "prospecting", "upselling",
            "cross-selling", "contract negotiation", "sales forecasting", "key account management",
            "channel partnerships", "LinkedIn Sales Navigator", "Outreach", "Gong", "MEDDIC", "Challenger Sale",
            "SPIN Selling", "product demos", "RFP responses", "relationship building", "presentation skills",
            "public speaking", "client onboarding", "renewals", "churn reduction", "Excel", "ZoomInfo", "Pipedrive",
            "Marketo", "Zendesk", "trade shows", "social selling",
        ],
        coreSkills: [
            "Salesforce", "HubSpot", "Pipedrive", "Outreach", "Gong", "Salesloft", "Microsoft Dynamics CRM",
        ],
        tools: [
            "Salesforce", "HubSpot", "Pipedrive", "Zoho CRM", "Microsoft Dynamics CRM", "Outreach", "Salesloft", "Gong",
            "Chorus", "ZoomInfo", "Apollo.io", "LinkedIn Sales Navigator", "DocuSign", "PandaDoc", "Clari", "Marketo",
            "Mailchimp", "Zendesk", "Intercom", "Gainsight", "Calendly", "Slack", "Looker", "Highspot", "Seismic",
            "Vidyard", "Salesforce CPQ", "Freshsales", "Close CRM", "Lusha",
        ],
        domains: [
            "sales", "pipeline", "territory", "account", "renewal", "pricing", "partner", "channel",
            "customer retention", "lead", "quota", "deal", "competitive", "market", "customer health",
            "expansion revenue", "forecast", "commission", "enterprise", "inbound", "outbound", "event",
        ],
        phrases: [
            "consultative selling", "enterprise sales", "full sales cycle", "closing deals",
            "new business development", "executive presentations", "strategic accounts", "customer relationships",
            "value-based selling", "sales enablement", "go-to-market strategy", "revenue growth",
            "net revenue retention", "quarterly business reviews", "C-level engagement", "multi-threaded deals",
            "inbound leads", "outbound prospecting", "sales playbooks", "partner ecosystem",
        ],
        contexts: [
            "mid-market", "enterprise", "SMB", "public sector", "healthcare", "retail", "manufacturing",
            "higher education", "hospitality", "financial services", "logistics", "DACH",
        ],
        teams: [
            "marketing", "sales engineers", "customer success", "legal", "finance", "product managers",
            "channel partners", "the solutions team",
        ],
        certifications: [
            .init(display: "Salesforce Certified Administrator", term: "salesforce certified administrator"),
            .init(display: "HubSpot Inbound Sales Certification", term: "hubspot inbound sales"),
            .init(
                display: "Certified Professional Sales Person (CPSP)", term: "certified professional sales person"),
            .init(display: "Sandler Sales Training", term: "sandler"),
            .init(display: "MEDDICC Certified Practitioner", term: "meddicc"),
            .init(display: "Google Analytics Individual Qualification", term: "google analytics"),
        ],
        degrees: [
            .init(
                degree: .bachelorArts,
                fields: [
                    "Business Administration", "Marketing", "Communications", "Economics", "Psychology", "History",
                    "English",
                ], weight: 40),
            .init(degree: .bachelorScience, fields: ["Business Administration", "Marketing", "Economics"], weight: 20),
            .init(degree: .masterBusiness, fields: [], weight: 10),
            .init(degree: .associateArts, fields: ["Business", "Marketing"], weight: 10),
            .init(degree: .highSchool, fields: [], weight: 15),
            .init(degree: .masterArts, fields: ["Communications"], weight: 3),
        ],
        employerBlurbs: [
            "A {context} software vendor with an average deal size of {money}.",
            "Distributor selling to {context} buyers across {small} regions.", "Fast-growing {context} start-up.",
            "Established {context} brand with {big} B2B customers.",
        ],
        stackLabels: ["Tools", "Sales stack", "CRM and tools"],
        bullets: [
            "Closed {money} in new annual recurring revenue, finishing the year at {quota}% of quota.",
            "Built a pipeline of {n} qualified opportunities per quarter through cold calling and {tool} sequences.",
            "Managed a book of {n} {context} accounts worth {money} and grew net revenue retention to {quota}%.",
            "Ran discovery calls and product demos for C-level buyers, shortening the sales cycle by {pct}%.",
            "Negotiated multi-year contracts with procurement and legal, holding list price on {pct2}% of deals.",
            "Led {toolTask} for a {small}-person sales team and merged {big} duplicate records.",
            "Coached {small} SDRs on {phrase}; two were promoted to account executive within a year.",
            "Partnered with {team} on {domainTask}, generating {big} inbound leads.",
            "Ranked #{small} of {n} reps nationally and won President's Club two years running.",
            "Forecast weekly in {tool} with {pct2}% accuracy against the committed number.",
            "Opened the {context} segment from scratch, signing {n} new logos in the first year.",
            "Ran quarterly business reviews with {n} key accounts, expanding seats by {pct}% on average.",
            "Rebuilt the {domainTask} process with {team}, lifting the win rate by {small} points.",
            "Represented the company at {small} trade shows a year and booked {n} meetings per event.",
        ],
        summaryOpeners: [
            "{adjective} sales professional with {years}+ years of experience in {phrase} and {phrase2}.",
            "Quota-carrying account executive with {years} years of selling to {context} customers.",
            "Relationship-driven seller who has spent {years} years growing {domain} revenue in {context}.",
        ],
        summaryDetails: [
            "Consistently above quota with disciplined pipeline hygiene in {tool}.",
            "Comfortable with {skill}, {skill2} and {skill3}, and with long, multi-stakeholder deals.",
            "Known for honest forecasts, fast follow-up and customers who renew.",
            "Enjoys coaching new reps and building repeatable playbooks.",
        ]
    )
}
