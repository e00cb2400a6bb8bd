"""Project-wide pytest settings.

The suite's nbval run of ``notebooks/`` re-executes the committed notebooks on the bundled seeds, which write the
committed reference ``figures/``: ``NEWS_REFERENCE_RUN`` (``helpers.notebook.setup.REFERENCE_ENV``) says so to them, as
``make notebooks`` does. Without it a notebook run on the seeds writes to ``reports/notebook-runs/seeds/figures``.
"""
import os

os.environ.setdefault("NEWS_REFERENCE_RUN", "1")
