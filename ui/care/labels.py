"""Care's money format (its enum words are in shared/care_words.py)."""

from __future__ import annotations


def money(fen: int | None) -> str:
    if fen is None:
        return ""
    yuan, cents = divmod(fen, 100)
    return f"¥{yuan:,}" if cents == 0 else f"¥{yuan:,}.{cents:02d}"
