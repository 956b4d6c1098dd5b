"""The one error every import reader raises, with a stable code the UI and CLI put into words."""

from __future__ import annotations


class UnreadableFile(Exception):
    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(f"{code}: {detail}" if detail else code)
        self.code, self.detail = code, detail
