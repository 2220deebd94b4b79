"""The ONE resolved record every output reads (see `types`), built once from the registry
(`build`), with strict text resolution (`language`): a missing language is a ROPA030
finding, never a fallback."""

from ropa.record.build import build_record
from ropa.record.language import MissingTranslation, Strict
from ropa.record.types import (
    KINDS,
    ActivityRecord,
    AuthorityRecord,
    CategoryRetentionRecord,
    NoticeRecord,
    Record,
    TransferRecord,
)

__all__ = [
    "KINDS",
    "ActivityRecord",
    "AuthorityRecord",
    "CategoryRetentionRecord",
    "MissingTranslation",
    "NoticeRecord",
    "Record",
    "Strict",
    "TransferRecord",
    "build_record",
]
