"""Layer 6, notebook support: parameter checking (``params``) and the
specifications of every notebook (``specs``), notebook setup and corpus
loading (``setup``), saving tables and figures (``output``), prose built from
results (``narrative``), the corpus overview and assembled sections.
"""
