"""Layer 4, framing: codebooks (``codebooks``), the cue scanner (``cues``), the
sentence tagger (``tagger``), shares, dominant frames and evidence
(``shares``), the tagger against hand codes (``hand_codes``), article-level
frames (``articles``, with their non-cue evidence in ``evidence``), actor roles (``actor_roles``), frames carried by a
few cue words (``concentration``) and the committed check of generic labels on general news (``checks``).

Every public name of these modules is re-exported here, so notebooks use one namespace:
``from helpers import framing as F``; ``F.load_codebooks(...)``, ``F.tag_frames(...)``.
"""
from .actor_roles import (  # noqa: F401
    actor_mention_counts,
    actor_roles,
    named_units,
    role_counts,
)
from .articles import (  # noqa: F401
    DEFAULT_CUE_CAP,
    DEFAULT_MIN_CUES,
    DEVELOPMENT,
    HELD_OUT,
    article_cue_counts,
    article_frame_use,
    codebook_article_with,
    codebook_cue_caps,
    codebook_thresholds,
    codebook_voices,
    fit_min_cues,
    hash_split,
)
from .checks import (  # noqa: F401
    GENERIC_CHECK_FILES,
    generic_check_sentence,
)
from .codebooks import (  # noqa: F401
    ACTOR_POSITIONS,
    CODEBOOK_DIR,
    FRAME_CODEBOOKS,
    FUNCTIONS,
    MIN_SUPPORT,
    ROLES,
    CodebookError,
    codebook_path,
    codebook_table,
    frame_index,
    load_codebook,
    load_codebooks,
)
from .concentration import (  # noqa: F401
    CONCENTRATION_COLUMNS,
    CONCENTRATION_CORPUS_SHARE,
    CONCENTRATION_MIN_UNITS,
    CONCENTRATION_SHARE,
    CONCENTRATION_TOP,
    ROUTE_SHARE,
    concentration_note,
    cue_concentration,
    route_note,
)
from .cues import (  # noqa: F401
    NEGATION_WINDOW,
    CueScanner,
    find_cues,
    unit_quote_spans,
)
from .evidence import (  # noqa: F401
    religious_references,
)
from .hand_codes import (  # noqa: F401
    VALIDATION_COLUMNS,
    label_matrix,
    load_validation_sample,
    micro_average,
    predicted_matrix,
    prf_table,
    share_validation,
    validate_tagger,
)
from .senses import (  # noqa: F401
    DEFAULT_SENSES,
    SENSE_RULES,
    SENSE_WORDS,
    cue_senses,
)
from .shares import (  # noqa: F401
    article_frame_shares,
    dominant_frames,
    entman_profile,
    group_frame_shares,
    pick_evidence,
    tagged_units_text,
    top_cues,
)
from .tagger import (  # noqa: F401
    tag_frames,
)

__all__ = [
    "ACTOR_POSITIONS",
    "CODEBOOK_DIR",
    "CodebookError",
    "FRAME_CODEBOOKS",
    "FUNCTIONS",
    "MIN_SUPPORT",
    "ROLES",
    "codebook_path",
    "codebook_table",
    "frame_index",
    "load_codebook",
    "load_codebooks",
    "CueScanner",
    "NEGATION_WINDOW",
    "find_cues",
    "unit_quote_spans",
    "DEFAULT_SENSES",
    "SENSE_RULES",
    "SENSE_WORDS",
    "cue_senses",
    "actor_mention_counts",
    "actor_roles",
    "named_units",
    "role_counts",
    "tag_frames",
    "tagged_units_text",
    "article_frame_shares",
    "dominant_frames",
    "entman_profile",
    "group_frame_shares",
    "pick_evidence",
    "top_cues",
    "VALIDATION_COLUMNS",
    "label_matrix",
    "load_validation_sample",
    "micro_average",
    "predicted_matrix",
    "prf_table",
    "share_validation",
    "validate_tagger",
    "CONCENTRATION_COLUMNS",
    "CONCENTRATION_CORPUS_SHARE",
    "CONCENTRATION_MIN_UNITS",
    "CONCENTRATION_SHARE",
    "CONCENTRATION_TOP",
    "ROUTE_SHARE",
    "concentration_note",
    "cue_concentration",
    "route_note",
    "DEFAULT_CUE_CAP",
    "DEFAULT_MIN_CUES",
    "DEVELOPMENT",
    "HELD_OUT",
    "article_cue_counts",
    "article_frame_use",
    "codebook_article_with",
    "codebook_cue_caps",
    "codebook_voices",
    "codebook_thresholds",
    "fit_min_cues",
    "hash_split",
    "religious_references",
    "GENERIC_CHECK_FILES",
    "generic_check_sentence",
]
