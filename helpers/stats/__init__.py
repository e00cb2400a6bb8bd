"""Layer 2, statistics: shares with intervals and permutation tests (``intervals``),
inter-coder agreement (``agreement``) and prediction-powered correction (``ppi``).
"""
