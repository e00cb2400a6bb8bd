"""``python -m helpers.report``: build a report (see :mod:`helpers.report.runner`)."""
import sys

from .runner import main

sys.exit(main())
