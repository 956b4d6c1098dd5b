"""Moved to shared/messages.py (the CLI uses it too). Kept for ui/dashboard and ui/performance, whose owners
switch their imports at merge; new code imports shared.messages."""

from shared.messages import CODES, describe, register_codes

__all__ = ["CODES", "describe", "register_codes"]
