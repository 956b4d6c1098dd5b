"""The list model formats a row's texts when the row is first shown, not every row when the rows arrive: a
coaching history of 150,000 sessions was formatted whole on the UI thread (~2 s) for a screen of thirty rows."""

from __future__ import annotations

from ui.list_table import Column, ListTableModel


def test_texts_are_made_for_the_rows_asked_for_and_kept(qapp) -> None:  # type: ignore[no-untyped-def]
    made: list[int] = []

    def text(n: int) -> str:
        made.append(n)
        return f"第{n}行"

    model: ListTableModel[int] = ListTableModel("T", [Column("N", text, lambda n: n)])
    model.set_rows(list(range(10_000)))
    assert made == []
    assert model.data(model.index(5, 0)) == "第5行" and model.data(model.index(5, 0)) == "第5行"
    assert made == [5]  # once, then kept
    model.sort(0)
    model.set_rows([7, 3])
    assert model.data(model.index(0, 0)) == "第3行"  # the new rows, sorted as the model was, not stale texts


# --- SizedTable: a column's contents measured once per change of its rows -------------------------------------

def _table(sized: bool, words: dict[int, str]):  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QHeaderView, QTableView

    from ui.list_table import SizedTable, sample_sizes

    model: ListTableModel[int] = ListTableModel("T", [
        Column("N", lambda n: f"第{n}行", lambda n: n, key="n"),
        Column("Word", lambda n: words.get(n, "短"), lambda n: n, key="word"),
        Column("Rest", lambda n: "详情" * (n % 5), lambda n: n, key="rest"),
    ])
    view = SizedTable() if sized else QTableView()
    view.setModel(model)
    sample_sizes(view)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
    view.resize(500, 300)
    return model, view


def _widths(view) -> list[int]:  # type: ignore[no-untyped-def]
    return [view.horizontalHeader().sectionSize(i) for i in range(2)]


def test_a_sized_table_gives_the_widths_a_plain_table_gives_through_every_change(qtbot) -> None:  # type: ignore[no-untyped-def]
    import random

    rng = random.Random(7)
    words = {n: "长" * rng.randint(1, 12) for n in range(3_000)}
    plain_model, plain = _table(False, words)
    sized_model, sized = _table(True, words)
    for view in (plain, sized):
        qtbot.addWidget(view)
    steps = [
        lambda m, v: m.set_rows(list(range(40))),
        lambda m, v: v.show(),
        lambda m, v: m.set_rows(list(range(500, 3_000))),  # longer words further on
        lambda m, v: v.scrollTo(m.index(1_200, 0)),  # another top row: other rows measured
        lambda m, v: v.resize(500, 900),
        lambda m, v: m.sort_by("word"),
        lambda m, v: m.set_rows([1, 2]),
    ]
    for step in steps:
        for model, view in ((plain_model, plain), (sized_model, sized)):
            step(model, view)
            view.horizontalHeader().resizeSections()
        qtbot.wait(1)
        assert _widths(sized) == _widths(plain)


def test_a_changed_row_is_measured_again(qtbot) -> None:  # type: ignore[no-untyped-def]
    words = {n: "短" for n in range(50)}
    model, view = _table(True, words)
    qtbot.addWidget(view)
    model.set_rows(list(range(50)))
    view.show()
    qtbot.waitExposed(view)
    narrow = _widths(view)[1]
    words[3] = "很长很长很长很长的一个词"
    model.repaint_rows(lambda n: n == 3)  # dataChanged, not a reset
    view.horizontalHeader().resizeSections()
    assert _widths(view)[1] > narrow


def test_showing_a_table_measures_each_sampled_cell_once(qtbot) -> None:  # type: ignore[no-untyped-def]
    from ui.list_table import SIZE_SAMPLE_ROWS

    model, view = _table(True, {})
    qtbot.addWidget(view)
    model.set_rows(list(range(1_000)))
    asked: list[int] = []
    data = model.data

    def counted(index, role=0):  # type: ignore[no-untyped-def]
        if int(role) == 0 and index.column() == 1:  # the display text of the measured "Word" column
            asked.append(index.row())
        return data(index, role)

    model.data = counted  # type: ignore[method-assign]
    view.show()
    qtbot.waitExposed(view)
    painted = view.verticalHeader().visualIndexAt(view.viewport().height()) + 1
    # each sampled row's text once for its width, and each row on screen once or twice for its paint — not
    # once per layout pass of the show (a plain QTableView: three here, 180 texts for 60 sampled rows)
    assert len(asked) <= SIZE_SAMPLE_ROWS + 2 * painted, (len(asked), painted)
