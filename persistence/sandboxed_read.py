"""Parse an untrusted file in a child process, so that nothing the parser does can take the app down.

The child is started with multiprocessing's "spawn" context (the same on Linux, macOS and Windows, and in a
frozen bundle once main() calls `multiprocessing.freeze_support()`). It imports only the reader (zipfile, csv,
defusedxml, python-calamine, charset-normalizer), never Qt or SQLAlchemy. Where the OS offers one (Linux,
macOS: RLIMIT_AS) its address space is capped; everywhere it has a wall-clock limit. An abort (a Rust
allocation failure), a MemoryError, a hang or any other death of the child becomes `UnreadableFile` with
"reader_out_of_memory", "reader_timeout" or "reader_crashed".
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import tempfile
from pathlib import Path

from persistence.import_errors import UnreadableFile

READ_TIMEOUT_S = 60.0  # wall clock for one file; the limits in tabular.py keep a normal read under 5 s
MEMORY_LIMIT_BYTES = 1536 * 1024 * 1024  # the child's address space where the OS can cap it
_OOM_MARKS = ("memory allocation of", "MemoryError", "Cannot allocate memory", "out of memory")


READER = "persistence.tabular:read_tabular_in_process"


def read_in_child(path: Path | str, *, timeout: float | None = None, memory_limit: int | None = None,
                  reader: str = READER, **options: object) -> list:
    """`reader(path, **options)` run in a fresh child process; `reader` is "module:function", the
    in-process tabular reader unless a test gives another."""
    timeout = READ_TIMEOUT_S if timeout is None else timeout
    memory_limit = MEMORY_LIMIT_BYTES if memory_limit is None else memory_limit
    ctx = multiprocessing.get_context("spawn")
    receiver, sender = ctx.Pipe(duplex=False)
    fd, log = tempfile.mkstemp(prefix="desk-reader-", suffix=".log")  # the child's stderr: a Rust abort
    os.close(fd)                                                       # says why only there
    try:
        child = ctx.Process(target=_child, args=(sender, reader, str(path), options, memory_limit, log),
                            name="desk-file-reader", daemon=True)
        child.start()
        sender.close()
        try:
            outcome = _receive(receiver, child, timeout)
        finally:
            receiver.close()
            if child.is_alive():
                child.kill()
            child.join(5)
        if outcome is None:  # the child died without a word
            said = Path(log).read_bytes()[-4096:].decode("utf-8", "replace")
            code = "reader_out_of_memory" if any(m in said for m in _OOM_MARKS) else "reader_crashed"
            last = said.strip().splitlines()[-1:] if said.strip() else []
            raise UnreadableFile(code, f"exit code {child.exitcode}" + (f": {last[0][:200]}" if last else ""))
    finally:
        with contextlib.suppress(OSError):
            os.unlink(log)
    kind, *payload = outcome
    if kind == "ok":
        return payload[0]
    raise UnreadableFile(payload[0], payload[1])


def _receive(receiver, child, timeout: float) -> tuple | None:
    if not receiver.poll(timeout):
        if child.is_alive():
            child.kill()
            raise UnreadableFile("reader_timeout", f"no answer within {timeout:g} s")
        return None
    try:
        return receiver.recv()
    except (EOFError, OSError):
        return None


def _child(sender, reader: str, path: str, options: dict, memory_limit: int, log: str) -> None:
    with contextlib.suppress(OSError), open(log, "ab") as stderr:
        os.dup2(stderr.fileno(), 2)
    _limit_memory(memory_limit)
    try:
        import importlib

        module, function = reader.split(":")
        outcome: tuple = ("ok", getattr(importlib.import_module(module), function)(path, **options))
    except UnreadableFile as exc:
        outcome = ("refused", exc.code, exc.detail[:500])
    except MemoryError:
        outcome = ("refused", "reader_out_of_memory", "MemoryError")
    except BaseException as exc:  # noqa: BLE001  the parent turns any failure into a refusal
        outcome = ("refused", "reader_crashed", f"{type(exc).__name__}: {exc}"[:300])
    try:
        sender.send(outcome)
    except MemoryError:
        sender.send(("refused", "reader_out_of_memory", "result too large to hand back"))
    sender.close()


def _limit_memory(limit: int) -> None:
    try:
        import resource
    except ImportError:  # Windows: no RLIMIT_AS; the time limit and the read limits still hold
        return
    with contextlib.suppress(ValueError, OSError):
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        if hard == resource.RLIM_INFINITY or hard > limit:
            resource.setrlimit(resource.RLIMIT_AS, (limit, hard))
