"""Layer 4, validation against hand-read text: coding sheets (``coding``),
supervised checks (``supervised``) and the ``python -m helpers.validation``
command line (``cli``).
"""
