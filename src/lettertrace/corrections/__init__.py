"""Analysts' corrections: a layer of their own over the extracted register (issue 12).

A correction never edits report facts. It is stored in the ``corrections`` table (outside the
register tables a relink empties) with who made it, when and why, keyed by identities that survive a
rebuild (:mod:`.keys`), and applied to the register tables after every relink (:func:`apply_corrections`,
called at the end of :func:`lettertrace.link.relink`), in the order the corrections were made.

Kinds (:data:`KINDS`): a communication's ``sender``, ``recipients``, ``date`` (interval and precision),
``kind`` and ``reply`` target (:mod:`.comm_fields`); ``confirm`` and ``reject`` (the communication leaves
the register tables and every export; the report facts and the correction keep it); ``merge_comms``,
``split_comm``, ``attach`` and ``detach`` a report's mention (:mod:`.mentions`); ``merge_entities``,
``split_alias``, a quote's speaker (``quote_speaker``) and letter (``quote_letter``) (:mod:`.entities`).

A correction whose evidence is gone (the report changed or was removed) is kept and marked ``orphaned``;
an undone one is kept and marked ``undone``; one the rules now agree with holds and changes nothing.
Modules: keys (stable keys), the appliers, record (make, apply, list, undo), share (export/import),
make (drafts from what a person types, for the CLI and the web UI), describe (corrections in words).
"""

from ..store import corrections
from .describe import TITLES, about, value_text, was_text
from .keys import (
    CorrectionError,
    Orphaned,
    comm_key,
    entity_key,
    fingerprint,
    mention_key,
    quote_key,
    resolve_comm,
    resolve_entity,
    span_key,
    stable,
    who_default,
)
from .make import Draft, date_value, draft, entity_ref
from .record import (
    COMM_KINDS,
    ENTITY_KINDS,
    FIELDS,
    KINDS,
    QUOTE_KINDS,
    about_ids,
    add,
    applied_to,
    apply_corrections,
    get,
    listing,
    undo,
)
from .share import EXPORT_FORMAT, export_data, import_data

__all__ = [
    "COMM_KINDS",
    "ENTITY_KINDS",
    "EXPORT_FORMAT",
    "FIELDS",
    "KINDS",
    "QUOTE_KINDS",
    "TITLES",
    "CorrectionError",
    "Draft",
    "Orphaned",
    "about",
    "about_ids",
    "add",
    "applied_to",
    "apply_corrections",
    "comm_key",
    "corrections",
    "date_value",
    "draft",
    "entity_key",
    "entity_ref",
    "export_data",
    "fingerprint",
    "get",
    "import_data",
    "listing",
    "mention_key",
    "quote_key",
    "resolve_comm",
    "resolve_entity",
    "span_key",
    "stable",
    "undo",
    "value_text",
    "was_text",
    "who_default",
]
