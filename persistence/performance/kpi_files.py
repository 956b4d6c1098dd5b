"""The KPI reader port (domain.ports.KpiReader): the platform's monthly exports parsed by kpi_reader, the next
file read while the one before is parsed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from persistence.performance.kpi_reader import KpiFile, read_kpi_file
from persistence.tabular import Sheet, read_tabular


class KpiFiles:
    def read_all(self, paths: Sequence[Path], mapping: dict[str, str], *, sheet: str | None) -> list[KpiFile]:
        return _read_ahead(list(paths), lambda path, read: read_kpi_file(path, mapping, sheet=sheet, read=read))


def _read_ahead(paths: list[Path], parse: Callable[[Path, Callable[[Path], list[Sheet]]], KpiFile]) -> list[KpiFile]:
    """Parse the files in order while the next one is read in its own child process (read_tabular), two
    children at most: the read of one file overlaps the parsing of the one before (about 40 % of a year's
    import was waiting for children, one after the other). Errors come out as they would one file at a time."""
    if len(paths) < 2:
        return [parse(path, read_tabular) for path in paths]
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kpi-read")
    try:
        reads = [pool.submit(read_tabular, Path(path)) for path in paths]
        return [parse(path, _answer(done)) for path, done in zip(paths, reads, strict=True)]
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # a refused file: the reads after it are not waited for


def _answer(read: Future[list[Sheet]]) -> Callable[[Path], list[Sheet]]:
    return lambda _path: read.result()
