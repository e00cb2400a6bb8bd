"""Layer 4, measures of coverage: vocabulary (Fightin' Words), sourcing
(``sourcing``, ``attribution``, ``source_roles``, ``attribution_eval``), tone,
text reuse and outlet profiles.
"""
