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
