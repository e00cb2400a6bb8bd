"""Layer 1, foundation: project paths, the active study, the progress bar, the parallel map and the cache.

No knowledge of articles, measures or notebooks.
"""
