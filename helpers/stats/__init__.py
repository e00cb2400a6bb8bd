"""Layer 2, statistics: shares with intervals and permutation tests (``intervals``),
inter-coder agreement (``agreement``), prediction-powered correction (``ppi``) and the association of two
categorical variables (``association``: Cramér's V).
"""
