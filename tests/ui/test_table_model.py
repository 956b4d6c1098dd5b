"""The one table-model base (ui/table_model.py): columns addressed by key, sorting and filtering in Python lists,
texts made when a row is first painted, rows prepared on a worker thread, views that size columns from a sample,
big row lists released off the UI thread."""

from __future__ import annotations

import gc
import threading
import weakref
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from ui.list_table import SIZE_SAMPLE_ROWS, ListTableModel, make_view
from ui.table_model import Column, TableModel, release

DESC = Qt.SortOrder.DescendingOrder
RED, GREY = QColor("#c0392b"), QColor("#888888")


@dataclass
class Person:
    no: str
    name: str
    age: int


@dataclass(frozen=True)
class NameHas:
    needle: str

    def accepts(self, row: Person) -> bool:
        return self.needle in row.name


PEOPLE = [Person("KF003", "王婷", 31), Person("KF001", "李强", 24), Person("KF002", "王小明", 45)]


def columns(made: list[str] | None = None) -> list[Column[Person]]:
    def name(p: Person) -> str:
        if made is not None:
            made.append(p.no)
        return p.name

    return [
        Column("Employee no.", lambda p: p.no, lambda p: p.no, key="no"),
        Column("Name", name, lambda p: p.name, key="name", tooltip=lambda p: "老员工" if p.age > 40 else None),
        Column("Age", lambda p: str(p.age), lambda p: p.age, numeric=True, key="age",
               colour=lambda p: RED if p.age < 25 else None),
    ]


def shown(model: TableModel[Person]) -> list[str]:
    return [model.data(model.index(i, model.column("no"))) for i in range(model.rowCount())]


def test_columns_are_found_by_key_and_a_missing_key_is_named(qapp) -> None:  # type: ignore[no-untyped-def]
    model: TableModel[Person] = TableModel("T", columns())
    assert [model.column(k) for k in ("no", "name", "age")] == [0, 1, 2]
    assert model.column_key(2) == "age"
    with pytest.raises(KeyError, match="salary"):
        model.column("salary")
    # A declaration without a key (a file not yet converted) is addressed by its English title.
    assert Column("Hire date", str, str).key == "Hire date"


def test_sorts_by_key_and_by_the_header(qapp) -> None:  # type: ignore[no-untyped-def]
    model: TableModel[Person] = TableModel("T", columns(), sort="age", order=DESC)
    model.set_rows(PEOPLE)
    assert shown(model) == ["KF002", "KF003", "KF001"]
    model.sort_by("name")
    assert shown(model) == ["KF001", "KF003", "KF002"]  # by code point: 李 < 王婷 < 王小明
    model.sort(model.column("no"), DESC)  # what a header click calls
    assert shown(model) == ["KF003", "KF002", "KF001"] and model.sort_order() == ("no", DESC)
    model.sort(99)  # a stale section from a view: ignored
    assert model.sort_order() == ("no", DESC)


def test_filters_in_the_list_and_counts_both(qapp) -> None:  # type: ignore[no-untyped-def]
    model: TableModel[Person] = TableModel("T", columns(), sort="no")
    model.set_rows(PEOPLE)
    model.set_filter(NameHas("王"))
    assert shown(model) == ["KF002", "KF003"] and model.counts() == (2, 3)
    assert model.find(lambda p: p.no == "KF003") == 1 and model.find(lambda p: p.no == "KF001") is None
    model.set_rows([*PEOPLE, Person("KF004", "王芳", 29)])  # new rows pass the same filter and sort
    assert shown(model) == ["KF002", "KF003", "KF004"] and model.counts() == (3, 4)
    model.set_filter(None)
    assert model.counts() == (4, 4)


def test_texts_are_made_when_a_row_is_painted_and_dropped_with_the_rows(qapp) -> None:  # type: ignore[no-untyped-def]
    made: list[str] = []
    model: TableModel[Person] = TableModel("T", columns(made), sort="no")
    model.set_rows(PEOPLE * 1000)
    assert made == []
    name = model.column("name")
    assert model.data(model.index(0, name)) == "李强" and model.data(model.index(0, name)) == "李强"
    assert made == ["KF001"]  # once for the row asked for, then kept
    model.sort_by("age")  # a sort keeps the texts already made
    model.data(model.index(model.find(lambda p: p is PEOPLE[1]) or 0, name))
    assert made == ["KF001"]
    renamed = Person("KF001", "李刚", 24)
    model.set_rows([renamed])  # a reset: no stale text for the new row
    assert model.data(model.index(0, name)) == "李刚"


def test_roles_come_from_the_column_then_the_row(qapp) -> None:  # type: ignore[no-untyped-def]
    model: TableModel[Person] = TableModel("T", columns(), sort="no", colour=lambda p: GREY,
                                           tooltip=lambda p: p.no)
    model.set_rows(PEOPLE)
    young, old = model.index(0, model.column("age")), model.index(1, model.column("name"))  # KF001 24, KF002 45
    assert model.data(young, Qt.ItemDataRole.ForegroundRole) == RED  # the column's own colour first
    assert model.data(model.index(2, model.column("age")), Qt.ItemDataRole.ForegroundRole) == GREY  # the row's
    assert model.data(old, Qt.ItemDataRole.ToolTipRole) == "老员工"
    assert model.data(model.index(0, model.column("name")), Qt.ItemDataRole.ToolTipRole) == "KF001"
    assert model.data(young, Qt.ItemDataRole.TextAlignmentRole) is not None
    assert model.data(old, Qt.ItemDataRole.TextAlignmentRole) is None
    assert model.data(old, Qt.ItemDataRole.FontRole) is None
    assert model.data(old, TableModel.RowRole) is PEOPLE[2]
    assert model.headerData(model.column("age"), Qt.Orientation.Horizontal) == "Age"


def test_rows_prepared_on_another_thread_show_in_one_reset(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    model: TableModel[Person] = TableModel("T", columns(), sort="age", flt=NameHas("王"))
    prepare = model.preparer()
    answer: list = []
    worker = threading.Thread(target=lambda: answer.append(prepare(PEOPLE)))
    worker.start()
    worker.join()
    with qtbot.waitSignal(model.modelReset):
        model.show(answer[0])
    assert shown(model) == ["KF003", "KF002"] and model.counts() == (2, 3)

    stale = model.preparer()(PEOPLE)
    model.sort_by("no", DESC)  # the user sorted while the rows were on their way
    model.show(stale)
    assert shown(model) == ["KF003", "KF002"]
    model.set_filter(None)
    assert shown(model) == ["KF003", "KF002", "KF001"]


def test_columns_can_change_and_the_sort_falls_back(qapp) -> None:  # type: ignore[no-untyped-def]
    model: TableModel[Person] = TableModel("T", columns(), sort="age")
    model.set_rows(PEOPLE)
    model.set_columns(columns()[:2])
    model.set_rows(PEOPLE)
    assert model.columnCount() == 2 and model.sort_order()[0] == "no"
    assert shown(model) == ["KF001", "KF002", "KF003"]


def test_a_hidden_view_sizes_its_columns_from_a_sample(qapp) -> None:  # type: ignore[no-untyped-def]
    made: list[str] = []
    model: ListTableModel[Person] = ListTableModel("T", columns(made))
    view = make_view(model)  # never shown, like a tab not yet opened
    model.set_rows([Person(f"KF{i:05d}", "王婷", 30) for i in range(20_000)])
    view.resizeColumnsToContents()
    # Qt measures every row of a hidden view unless told otherwise (here 20,000; 150,000 on the coaching page).
    assert 0 < len(made) <= 2 * SIZE_SAMPLE_ROWS


def test_a_big_list_is_released_away_from_the_caller(qapp, qtbot) -> None:  # type: ignore[no-untyped-def]
    class Row:
        pass

    rows = [Row() for _ in range(50_000)]
    last = weakref.ref(rows[-1])
    release(rows)
    qtbot.waitUntil(lambda: not rows, timeout=5_000)
    gc.collect()
    assert last() is None
    small = [Row()]
    release(small)  # a short list is simply dropped by its owner
    assert len(small) == 1


def test_a_view_keeps_the_models_own_first_sort(qapp) -> None:  # type: ignore[no-untyped-def]
    from ui.list_table import make_table

    for make in (make_view, lambda m: make_table(m, "name")):
        model: ListTableModel[Person] = ListTableModel("T", columns(), sort="age", order=DESC)
        view = make(model)
        model.set_rows(PEOPLE)
        assert model.sort_order() == ("age", DESC) and shown(model) == ["KF002", "KF003", "KF001"]
        assert view.horizontalHeader().sortIndicatorSection() == model.column("age")
    unsorted: ListTableModel[Person] = ListTableModel("T", columns())
    make_view(unsorted)  # a list without a sort of its own: the first column, ascending, as before
    assert unsorted.sort_order() == ("no", Qt.SortOrder.AscendingOrder)
