extension SyntheticRoleProfile {
    /// Registered nurses, from new graduates to nurse managers.
    static let nursing = SyntheticRoleProfile(
        titles: [
            ["Graduate Nurse", "Nursing Assistant", "Licensed Practical Nurse (LPN)", "Patient Care Technician"],
            ["Registered Nurse", "Staff Nurse", "RN – Medical-Surgical", "Travel Nurse", "Home Health Nurse"],
            [
                "Charge Nurse", "Senior Staff Nurse", "ICU Registered Nurse", "Emergency Department RN",
                "Clinical Nurse Specialist",
            ],
            ["Nurse Manager", "Nurse Practitioner", "Director of Nursing", "Clinical Nurse Educator"],
        ],
        employers: [
            "St. Brigid's Hospital", "Mercy General Hospital", "Riverside Community Clinic",
            "Summit Ridge Medical Center", "Harbor & Pine Health", "Lakeview Children's Hospital",
            "Hôpital Sainte-Anne",
            "Klinikum Nordstadt", "Good Samaritan Home Care", "Oak Valley Rehabilitation Center",
            "Westbrook Senior Living", "Östersund County Hospital", "Cedar Grove Hospice", "Bayside Urgent Care",
            "Royal Infirmary of Leith", "Northgate Surgical Centre", "Vale Health Partners", "Sunrise Dialysis Center",
            "Clínica San Rafael", "Mount Hollis University Hospital",
        ],
        skills: [
            "patient care", "medication administration", "IV therapy", "wound care", "triage", "BLS", "ACLS", "PALS",
            "Epic", "Cerner", "Meditech", "telemetry", "patient education", "care planning", "infection control",
            "phlebotomy", "electronic health records", "HIPAA", "critical care", "pediatrics", "oncology",
            "geriatrics", "labor and delivery", "discharge planning", "vital signs monitoring", "catheterization",
            "ventilator management", "pain management", "case management", "dialysis", "tracheostomy care",
            "NIH Stroke Scale", "medical terminology", "charting", "sepsis protocols", "central line care",
            "blood transfusion", "patient safety", "team leadership", "post-operative care",
            "medication reconciliation",
        ],
        coreSkills: [
            "Epic", "Cerner", "Meditech", "PointClickCare", "MEDITECH Expanse",
        ],
        tools: [
            "Epic", "Cerner", "Meditech", "Pyxis", "Omnicell", "Alaris infusion pumps", "Philips telemetry monitors",
            "Accu-Chek glucometers", "Kronos", "PointClickCare", "Athenahealth", "Allscripts", "Vocera",
            "Zoll defibrillators", "MEDITECH Expanse", "Epic Rover", "bedside barcode scanning",
            "electronic medication administration records", "CPOE", "telehealth platforms", "infusion pumps",
            "patient lifts", "ventilators", "cardiac monitors", "EKG machines", "bladder scanners", "PACS",
            "Lippincott Procedures", "UpToDate", "Kardex", "Hill-Rom smart beds", "Sage Quick Codes", "Dräger monitors",
        ],
        domains: [
            "patient safety", "infection prevention", "quality improvement", "fall prevention", "medication safety",
            "clinical", "staffing", "discharge", "wound care", "pain management", "sepsis", "telemetry",
            "patient satisfaction", "care transitions", "readmission", "nursing documentation", "shift handover",
            "triage", "pressure injury", "immunization", "chronic disease", "palliative care",
        ],
        phrases: [
            "evidence-based practice", "patient advocacy", "interdisciplinary collaboration", "rapid response",
            "code blue response", "family-centered care", "post-operative care", "pre-operative assessment",
            "medication reconciliation", "head-to-toe assessment", "chronic disease management", "cultural competence",
            "de-escalation", "end-of-life care", "new graduate precepting", "Magnet designation",
            "Joint Commission readiness", "hand hygiene audits", "patient flow", "bedside shift report",
        ],
        contexts: [
            "medical-surgical", "cardiac step-down", "intensive care", "emergency", "oncology", "pediatric",
            "orthopedic", "labor and delivery", "neurology", "post-anesthesia care", "long-term care", "home health",
        ],
        teams: [
            "physicians", "pharmacy", "case managers", "respiratory therapists", "the infection control team",
            "physical therapists", "social workers", "the wound care team",
        ],
        certifications: [
            .init(display: "Registered Nurse (RN) License", term: "registered nurse | rn license"),
            .init(display: "Basic Life Support (BLS)", term: "basic life support | bls"),
            .init(
                display: "Advanced Cardiovascular Life Support (ACLS)",
                term: "acls | advanced cardiovascular life support"),
            .init(display: "Pediatric Advanced Life Support (PALS)", term: "pals | pediatric advanced life support"),
            .init(display: "Critical Care Registered Nurse (CCRN)", term: "ccrn"),
            .init(display: "Certified Emergency Nurse (CEN)", term: "certified emergency nurse"),
            .init(display: "Trauma Nursing Core Course (TNCC)", term: "tncc | trauma nursing core course"),
            .init(display: "Oncology Certified Nurse (OCN)", term: "oncology certified nurse"),
            .init(display: "NIH Stroke Scale Certification", term: "nih stroke scale"),
            .init(display: "Certified Wound Care Nurse (CWCN)", term: "cwcn | certified wound care nurse"),
        ],
        degrees: [
            .init(degree: .associateNursing, fields: [], weight: 30),
            .init(degree: .bachelorNursing, fields: [], weight: 40),
            .init(degree: .masterNursing, fields: [], weight: 12),
            .init(degree: .doctorNursing, fields: [], weight: 3),
            .init(degree: .bachelorScience, fields: ["Biology", "Health Sciences", "Psychology"], weight: 8),
            .init(degree: .highSchool, fields: [], weight: 5),
        ],
        employerBlurbs: [
            "{n}0-bed teaching hospital and Level II trauma center.", "Community hospital serving a rural county.",
            "Magnet-designated academic medical center.", "Home health agency with {n} field nurses.",
            "Outpatient clinic with {small} locations.",
        ],
        stackLabels: ["Systems", "Equipment and systems", "Documentation systems"],
        bullets: [
            "Provided direct patient care for up to {small} patients per shift on a {n}-bed {context} unit.",
            "Administered medications, IV therapy and blood products with {tool}, with zero reportable errors over "
                + "{months} months.",
            "Performed head-to-toe assessments, {skill} and {skill2}, escalating changes in condition to the rapid "
                + "response team.",
            "Precepted {small} new graduate nurses and {n} nursing students through orientation.",
            "Led the unit's {domainTask} initiative, reducing {domain} events by {pct}% in one year.",
            "Documented care in {tool} and supported colleagues with {toolTask} during the go-live.",
            "Served as charge nurse on {small} shifts a month, balancing assignments for {n} staff.",
            "Educated patients and families on {skill}, discharge medications and follow-up care.",
            "Coordinated discharge planning with {team}, cutting average length of stay by {pct}%.",
            "Monitored telemetry for up to {n} patients and responded to {small} code blue events.",
            "Collected {domain} data for the {domainTask} committee and presented results at nursing grand rounds.",
            "Delivered {skill} and {skill2} for post-operative patients on a busy {context} floor.",
            "Completed {toolTask} and trained {n} colleagues as a super-user.",
            "Worked with {team} on {phrase}, improving HCAHPS scores by {small} points.",
            "Maintained {pct2}% compliance on hand hygiene and central line bundle audits.",
            "Triaged up to {n} walk-in patients per shift using the Emergency Severity Index.",
        ],
        summaryOpeners: [
            "Compassionate registered nurse with {years}+ years of experience in {context} nursing.",
            "{adjective} nurse with {years} years at the bedside, most recently on a {context} unit.",
            "Registered nurse focused on {phrase} and {phrase2}, with {years} years of clinical experience.",
        ],
        summaryDetails: [
            "Skilled in {skill}, {skill2} and {skill3}, and calm in fast-moving situations.",
            "Trusted by colleagues as a preceptor and by patients as a clear, patient explainer.",
            "Committed to {phrase2} and to safe staffing for every shift.",
            "Experienced with {tool} and comfortable supporting colleagues through system changes.",
        ]
    )
}
