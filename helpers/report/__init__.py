"""Layer 7, the report runner (``python -m helpers.report``): running the
notebooks (``runner``), HTML pages (``html``) and the index page (``index``).
"""
