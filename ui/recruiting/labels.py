"""Recruiting's number formats (its enum words are in shared/recruiting_words.py)."""

from __future__ import annotations


def score_text(value: float | None) -> str:
    return "—" if value is None else f"{value:.2f}"
