extension SyntheticRoleProfile {
    /// Accountants, from accounts payable clerks to controllers.
    static let accounting = SyntheticRoleProfile(
        titles: [
            ["Accounts Payable Clerk", "Junior Accountant", "Accounting Assistant", "Bookkeeper", "Audit Associate"],
            [
                "Staff Accountant", "Accountant", "Payroll Specialist", "Tax Associate",
                "Accounts Receivable Specialist",
                "Senior Audit Associate",
            ],
            ["Senior Accountant", "Financial Analyst", "Tax Manager", "Audit Senior", "Revenue Accountant"],
            ["Accounting Manager", "Assistant Controller", "Financial Controller", "Finance Manager", "Controller"],
        ],
        employers: [
            "Meridian Capital Partners", "Ernst Baker & Co. LLP", "Brightline Insurance", "Kaiser & Holm LLP",
            "Pemberton Foods", "Northwind Traders", "Granite Peak Manufacturing", "Vasquez & Lindgren CPAs",
            "Harbor City Credit Union", "Summit Property Group", "Blue Heron Community Trust", "Oakridge Logistics",
            "Ståhl & Berg Revisionsbyrå AB", "Cooper Hale Retail", "Tandem Bank", "Lindqvist Holdings AB",
            "Fabrikam, Inc.", "Westmoor Hospitality", "Crescent Dental Group", "Boulangerie Lefèvre SARL",
        ],
        skills: [
            "general ledger", "accounts payable", "accounts receivable", "bank reconciliation", "month-end close",
            "GAAP", "IFRS", "SAP", "Oracle Financials", "QuickBooks", "NetSuite", "Xero", "Sage Intacct", "Excel",
            "pivot tables", "VLOOKUP", "Power Query", "financial reporting", "budgeting", "forecasting", "audit",
            "SOX compliance", "tax preparation", "payroll", "fixed assets", "variance analysis", "cost accounting",
            "accruals", "consolidation", "intercompany reconciliation", "revenue recognition", "ASC 606",
            "cash management", "internal controls", "expense reporting", "1099 reporting", "VAT returns",
            "journal entries", "financial modeling", "Hyperion", "BlackLine", "Concur", "Workday Financials",
            "Power BI", "R", "SQL",
        ],
        coreSkills: [
            "SAP", "NetSuite", "QuickBooks", "Xero", "Oracle Financials", "Sage Intacct", "Workday Financials", "Excel",
        ],
        tools: [
            "SAP", "SAP S/4HANA", "Oracle Financials", "NetSuite", "QuickBooks", "Xero", "Sage Intacct",
            "Microsoft Dynamics 365", "Workday Financials", "BlackLine", "Concur", "Coupa", "Bill.com", "Expensify",
            "Hyperion", "Adaptive Insights", "Anaplan", "Tableau", "Power BI", "Excel", "Alteryx", "Avalara", "ADP",
            "Paychex", "Gusto", "Kyriba", "FloQast", "Vertex", "CCH Axcess", "Caseware", "Lacerte", "UltraTax",
            "Sage 50", "DATEV", "Tipalti", "Ramp",
        ],
        domains: [
            "financial", "regulatory", "tax", "payroll", "cash flow", "expense", "vendor", "revenue", "audit",
            "budget", "inventory", "fixed asset", "treasury", "credit", "cost", "intercompany", "lease", "grant",
            "month-end", "balance sheet", "profitability", "working capital",
        ],
        phrases: [
            "month-end close process", "account reconciliations", "audit readiness", "process documentation",
            "segregation of duties", "chart of accounts", "trial balance", "cash forecasting",
            "purchase order matching",
            "three-way match", "accrual accounting", "deferred revenue", "prepaid expenses", "sales tax compliance",
            "external auditors", "financial statements", "management accounts", "board reporting",
            "cost center reporting", "ERP implementation",
        ],
        contexts: [
            "manufacturing", "retail", "non-profit", "SaaS", "healthcare", "real estate", "professional services",
            "hospitality", "construction", "banking", "public sector", "logistics",
        ],
        teams: [
            "the controller", "FP&A", "procurement", "external auditors", "the tax team", "HR", "department heads",
            "the treasury team",
        ],
        certifications: [
            .init(display: "Certified Public Accountant (CPA)", term: "cpa | certified public accountant"),
            .init(display: "Chartered Accountant (ACA)", term: "chartered accountant"),
            .init(display: "ACCA Affiliate", term: "acca"),
            .init(
                display: "Certified Management Accountant (CMA)", term: "cma | certified management accountant"),
            .init(display: "Certified Internal Auditor (CIA)", term: "certified internal auditor"),
            .init(display: "Enrolled Agent (EA)", term: "enrolled agent"),
            .init(display: "QuickBooks Certified ProAdvisor", term: "quickbooks proadvisor | quickbooks certified"),
            .init(display: "Microsoft Office Specialist: Excel Expert", term: "excel expert"),
            .init(display: "Certified Payroll Professional (CPP)", term: "certified payroll professional"),
        ],
        degrees: [
            .init(
                degree: .bachelorScience, fields: ["Accounting", "Finance", "Economics", "Business Administration"],
                weight: 35),
            .init(degree: .bachelorArts, fields: ["Economics", "Accounting"], weight: 10),
            .init(degree: .bachelorCommerce, fields: ["Accounting", "Finance"], weight: 10),
            .init(degree: .masterScience, fields: ["Accounting", "Finance", "Taxation"], weight: 15),
            .init(degree: .masterBusiness, fields: [], weight: 10),
            .init(degree: .associateArts, fields: ["Accounting", "Business"], weight: 10),
            .init(degree: .highSchool, fields: [], weight: 8),
            .init(degree: .doctorate, fields: ["Accounting", "Economics"], weight: 2),
        ],
        employerBlurbs: [
            "A {context} company with annual revenue of {money}.", "Regional CPA firm with {n} staff.",
            "Privately held {context} group with {small} legal entities.",
            "Public {context} company listed in {small} markets.",
        ],
        stackLabels: ["Systems", "Software", "Tools"],
        bullets: [
            "Managed the month-end close for {small} entities, shortening it from {n} to {small} business days.",
            "Reconciled {n} bank and balance sheet accounts each month in {tool} and {tool2}.",
            "Prepared journal entries, accruals and {domainTask} packages for review by {team}.",
            "Processed {big} vendor invoices a month with three-way match, reducing late payments by {pct}%.",
            "Led {toolTask} during the move off {tool2}, mapping {big} general ledger accounts to a new chart of "
                + "accounts.",
            "Built Excel models with pivot tables and VLOOKUP to explain budget-to-actual variances in {domain} "
                + "spending.",
            "Supported the external audit with {n} PBC schedules; the audit closed with no material weaknesses.",
            "Prepared quarterly {domainTask} under US GAAP and IFRS for the board and {small} lenders.",
            "Automated {domain} reporting in {tool} and Power Query, saving about {hours} hours per month.",
            "Tested {n} SOX key controls and documented remediation plans with process owners.",
            "Ran payroll for {big} employees across {small} states using {tool}.",
            "Filed VAT and sales tax returns in {small} jurisdictions with {tool}.",
            "Tracked {money} of fixed assets and maintained depreciation schedules.",
            "Reduced days sales outstanding from {n} to {small} days by tightening collections with {team}.",
            "Owned revenue recognition under ASC 606 for {n} multi-element {context} contracts.",
            "Partnered with {team} on {phrase}, closing {n} open audit findings.",
            "Consolidated results for {small} subsidiaries and eliminated intercompany balances each quarter.",
        ],
        summaryOpeners: [
            "{adjective} accountant with {years}+ years of experience in {phrase} and {phrase2}.",
            "Accounting professional with {years} years in {context}, from accounts payable to the month-end close.",
            "Finance professional who has spent {years} years making {domain} numbers reliable and on time.",
        ],
        summaryDetails: [
            "Hands-on with {skill}, {skill2} and {skill3}, and the Excel models that hold them together.",
            "Known for clean reconciliations, clear documentation and audits without surprises.",
            "Experienced with {tool} and at home in both small teams and regulated environments.",
            "Enjoys automating repetitive work so the team can focus on analysis.",
        ]
    )
}
