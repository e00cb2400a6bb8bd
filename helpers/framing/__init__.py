"""Layer 4, framing: codebooks (``codebooks``), the cue scanner (``cues``), the
sentence tagger and its tables (``tagger``), article-level frames
(``articles``) and actor roles (``actor_roles``).
"""
