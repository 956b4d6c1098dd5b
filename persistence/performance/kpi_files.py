"""The KPI reader port (domain.ports.KpiReader): the platform's monthly exports parsed by kpi_reader, the files
read in child processes while the first is parsed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from persistence.import_errors import UnreadableFile
from persistence.performance.kpi_reader import KpiFile, read_kpi_file
from persistence.tabular import Sheet, read_tabular, read_tabular_many


class KpiFiles:
    def read_all(self, paths: Sequence[Path], mapping: dict[str, str], *, sheet: str | None) -> list[KpiFile]:
        return _read_ahead(list(paths), lambda path, read: read_kpi_file(path, mapping, sheet=sheet, read=read))


def _read_ahead(paths: list[Path], parse: Callable[[Path, Callable[[Path], list[Sheet]]], KpiFile]) -> list[KpiFile]:
    """Parse the files in order while the rest are read: the first file in a child of its own, all the others
    in one more child beside it (read_tabular_many: a child per file cost as much CPU as reading the file),
    so parsing starts early and the reading overlaps it. Errors come out as they would one file at a time."""
    if len(paths) < 2:
        return [parse(path, read_tabular) for path in paths]
    pool = ThreadPoolExecutor(max_workers=2, thread_name_prefix="kpi-read")
    try:
        first = pool.submit(read_tabular, Path(paths[0]))
        rest = pool.submit(read_tabular_many, [Path(p) for p in paths[1:]])
        files = [parse(paths[0], lambda _path: first.result())]
        for path, read in zip(paths[1:], rest.result(), strict=True):
            files.append(parse(path, _answer(read)))
        return files
    finally:
        pool.shutdown(wait=False, cancel_futures=True)  # a refused first file: the rest are not waited for


def _answer(read: list[Sheet] | UnreadableFile) -> Callable[[Path], list[Sheet]]:
    def answer(_path: Path) -> list[Sheet]:
        if isinstance(read, UnreadableFile):
            raise read
        return read

    return answer
