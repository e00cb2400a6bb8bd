"""Layer 3, corpus input: from files to a clean corpus table and its units.

Reading (``read``, ``html``), cleaning (``clean``, ``body_block``, ``wrapping``,
``templates``), dates (``dates``), sentence and paragraph segmentation
(``segment``), display groups and the stratified article sample (``groups``).
"""
