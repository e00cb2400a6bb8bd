"""``python -m helpers.validation sample|score``: coding-sheet command line (see :mod:`helpers.validation.cli`)."""
from .cli import main

raise SystemExit(main())
