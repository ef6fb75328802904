extension SyntheticRoleProfile {
    /// Data scientists, analysts and machine learning engineers; brings the one-letter language R into the sample.
    static let dataScience = SyntheticRoleProfile(
        titles: [
            [
                "Data Analyst", "Junior Data Scientist", "Research Assistant", "Business Intelligence Analyst",
                "Analytics Intern",
            ],
            [
                "Data Scientist", "Machine Learning Engineer", "Data Engineer", "Quantitative Analyst",
                "Analytics Engineer",
            ],
            [
                "Senior Data Scientist", "Senior Machine Learning Engineer", "Senior Data Engineer",
                "Lead Data Analyst",
                "Applied Scientist",
            ],
            ["Principal Data Scientist", "Head of Data Science", "Data Science Manager", "Director of Analytics"],
        ],
        employers: [
            "Bluefin Analytics", "Granite Data Co.", "Quillon Health Tech", "Skylark Fintech", "Polaris Retail Group",
            "Redwood Insurance", "Tandem Bank", "Mosaic Learning", "Atlas Mobility", "Parsec Labs",
            "Institut für Angewandte Statistik", "Brightwave Media", "Zephyr Travel", "Orbital Freight",
            "Helix Mobile", "Centre for Computational Biology", "Nordic Energy Insights AS", "Lumière Retail SAS",
            "Cobalt Payments", "Harbor & Pine Health",
        ],
        skills: [
            "Python", "R", "SQL", "pandas", "NumPy", "scikit-learn", "TensorFlow", "PyTorch", "Spark", "PySpark",
            "Hadoop", "Airflow", "dbt", "Snowflake", "BigQuery", "Redshift", "Tableau", "Power BI", "Looker",
            "machine learning", "deep learning", "NLP", "computer vision", "A/B testing", "statistics", "time series",
            "forecasting", "Jupyter", "MLOps", "MLflow", "feature engineering", "Bayesian inference",
            "regression analysis", "causal inference", "XGBoost", "LightGBM", "Hugging Face Transformers", "LLMs",
            "data visualization", "ETL", "Docker", "Kubernetes", "AWS", "GCP", "Git", "Julia", "SAS", "Stata",
            "MATLAB", "Scala", "ggplot2", "tidyverse", "Shiny",
        ],
        coreSkills: [
            "Python", "R", "SQL", "PySpark", "Scala", "Julia", "SAS", "pandas", "PyTorch", "scikit-learn",
        ],
        tools: [
            "Airflow", "dbt", "Snowflake", "BigQuery", "Redshift", "Databricks", "Spark", "Kafka", "MLflow", "Kubeflow",
            "SageMaker", "Vertex AI", "Tableau", "Looker", "Power BI", "Metabase", "Superset", "Jupyter",
            "Great Expectations", "Feast", "Weights & Biases", "Fivetran", "Segment", "Amplitude", "Mixpanel",
            "Optimizely", "Hugging Face", "PostgreSQL", "Delta Lake", "Dagster", "Prefect", "Ray", "ONNX",
            "Triton Inference Server", "RStudio", "Posit Connect",
        ],
        domains: [
            "churn", "pricing", "demand", "fraud", "credit risk", "marketing attribution", "customer lifetime value",
            "experimentation", "supply chain", "search ranking", "anomaly detection", "sentiment", "data quality",
            "model", "feature", "clinical trial", "insurance claims", "energy load", "retention", "conversion",
            "ad targeting", "inventory",
        ],
        phrases: [
            "machine learning models", "predictive modeling", "statistical modeling", "hypothesis testing",
            "experiment design", "data pipelines", "feature stores", "model deployment", "model monitoring",
            "data storytelling", "stakeholder management", "exploratory data analysis", "natural language processing",
            "large language models", "retrieval-augmented generation", "gradient boosting", "neural networks",
            "survival analysis", "uplift modeling", "data warehousing", "dimensional modeling", "real-time inference",
            "reproducible research", "peer-reviewed publications", "cohort analysis", "synthetic control",
        ],
        contexts: [
            "marketing", "pricing", "supply chain", "fraud", "subscription", "credit risk", "clinical", "retail",
            "energy", "insurance", "ride-hailing", "online advertising",
        ],
        teams: [
            "product managers", "the finance team", "marketing", "data engineers", "clinicians", "the risk team",
            "software engineers", "executives",
        ],
        certifications: [
            .init(display: "Google Professional Data Engineer", term: "professional data engineer"),
            .init(
                display: "AWS Certified Machine Learning – Specialty", term: "aws certified machine learning"),
            .init(
                display: "Databricks Certified Data Engineer Associate", term: "databricks certified data engineer"),
            .init(display: "TensorFlow Developer Certificate", term: "tensorflow developer certificate"),
            .init(display: "Tableau Desktop Specialist", term: "tableau desktop specialist"),
            .init(
                display: "Google Data Analytics Professional Certificate", term: "google data analytics certificate"),
            .init(display: "SnowPro Core Certification", term: "snowpro"),
            .init(
                display: "Microsoft Certified: Azure Data Scientist Associate", term: "azure data scientist associate"),
        ],
        degrees: [
            .init(
                degree: .masterScience,
                fields: [
                    "Statistics", "Data Science", "Computer Science", "Applied Mathematics", "Operations Research",
                    "Economics",
                ], weight: 35),
            .init(
                degree: .doctorate,
                fields: [
                    "Mathematics", "Statistics", "Physics", "Computational Biology", "Computer Science", "Economics",
                ],
                weight: 15),
            .init(
                degree: .bachelorScience,
                fields: ["Mathematics", "Statistics", "Computer Science", "Physics", "Economics"], weight: 35),
            .init(degree: .bachelorArts, fields: ["Economics", "Mathematics", "Psychology"], weight: 10),
            .init(degree: .associateScience, fields: ["Information Technology"], weight: 2),
        ],
        employerBlurbs: [
            "A {context} company with {big} customers and a central data team of {n}.",
            "Analytics consultancy serving {context} clients.", "Research group working on {context} data.",
            "A {context} scale-up; the second data hire.",
        ],
        stackLabels: ["Tools", "Stack", "Technologies"],
        bullets: [
            "Built a churn model in {core} on {big} customers that lifted retention campaign ROI by {pct}%.",
            "Designed and analyzed {n} A/B tests with {tool}, including power analysis and sequential testing.",
            "Put {phrase} into production with {tool} and {tool2}, serving {big} predictions per day.",
            "Wrote dbt models and Airflow DAGs that replaced {n} manual {domain} reports.",
            "Led {toolTask} for the analytics platform, cutting warehouse costs by {pct}%.",
            "Developed {domainTask} in {core} and {core2}, improving accuracy by {pct}% over the previous baseline.",
            "Presented {domainTask} results to the executive team and turned them into a {small}-point roadmap.",
            "Fine-tuned transformer models for {context} text classification, reaching an F1 score of 0.{pct2}.",
            "Mentored {small} analysts in SQL, {core} and statistical thinking.",
            "Published {small} peer-reviewed papers on {phrase} and presented at {small} conferences.",
            "Cleaned and joined {big} rows of {context} data in Spark, cutting job runtime from hours to {n} minutes.",
            "Built self-serve {tool} dashboards for {n} stakeholders, replacing weekly spreadsheet requests.",
            "Partnered with {team} to define {domain} metrics and a single source of truth for KPIs.",
            "Introduced {toolTask} and data contracts, catching {n} upstream schema changes before they broke reports.",
            "Estimated the causal effect of a {context} pricing change with difference-in-differences in R.",
            "Automated model retraining and drift checks with {tool}, reducing stale-model incidents by {pct}%.",
            "Translated {domain} questions from {team} into analyses with clear, decision-ready recommendations.",
        ],
        summaryOpeners: [
            "{adjective} data scientist with {years}+ years of experience in {phrase} and {phrase2}.",
            "Analyst turned machine learning engineer with {years} years of work on {context} problems.",
            "Quantitative problem solver who has spent {years} years turning {context} data into decisions.",
        ],
        summaryDetails: [
            "Fluent in {skill}, {skill2} and {skill3}; equally comfortable writing SQL and explaining results to "
                + "executives.",
            "Cares about reproducible analyses, honest uncertainty and models that survive contact with production.",
            "Has built {domain} models from first prototype to monitored production service.",
            "Enjoys teaching statistics and pairing with engineers on data quality.",
        ]
    )
}
