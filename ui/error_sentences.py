"""Moved to shared/error_sentences.py (the CLI uses it too). Kept for ui/dashboard and ui/performance, whose owners
switch their imports at merge; new code imports shared.error_sentences."""

from shared.error_sentences import READ, WRITE, os_sentence, sentence, unexpected

__all__ = ["READ", "WRITE", "os_sentence", "sentence", "unexpected"]
