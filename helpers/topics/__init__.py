"""Layer 4, topic models: stop words and units (``units``), the document-term
matrix (``vectorize``), model fitting and the choice of k (``model``),
stability, result tables (``tables``), coherence, evidence articles
(``articles``), group effects (``effects``) and time (``time``).
"""
