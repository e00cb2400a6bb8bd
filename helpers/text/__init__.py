"""Layer 2, text primitives: normalisation (``normalize``), the one word tokeniser (``tokens``),
lexicon matching (``lexicon``), quotation spans (``quotes``) and language detection (``language``).
"""
