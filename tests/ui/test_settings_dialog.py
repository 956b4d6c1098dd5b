"""Settings: the team and supervisor names are read and saved through the door; Save waits for the stored
names, so saving never writes blanks over them."""

from __future__ import annotations

from domain.roster import services
from ui.door import Touched
from ui.settings_dialog import SettingsDialog


def test_names_arrive_then_save_through_the_door(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    services.set_team_names(ctx.uow(), "华东一部", "林主管")
    dialog = SettingsDialog(ctx)
    qtbot.addWidget(dialog)
    assert not dialog.save_button.isEnabled()  # until the stored names are shown
    qtbot.waitUntil(dialog.save_button.isEnabled)
    assert (dialog.team_name.text(), dialog.supervisor_name.text()) == ("华东一部", "林主管")
    notices: list[Touched] = []
    ctx.door.changed.connect(notices.append)
    dialog.team_name.setText("  华东二部 ")
    dialog.save()
    qtbot.waitUntil(lambda: dialog.result() == 1)
    assert services.team_names(ctx.uow()) == ("华东二部", "林主管")
    # the names' own notice; other tabs' saves (mentoring, care, …) announce their areas beside it
    qtbot.waitUntil(lambda: Touched.of("settings") in notices)
    assert all("settings" in n.topics for n in notices)


def test_the_area_manifest_is_one_literal_list() -> None:
    """Issue 17 item 4: every area's page, Settings tabs and hooks are named in ui/areas.py and each resolves;
    nothing registers itself at import time to appear in the navigation or in Settings."""
    from ui.areas import AREAS, GENERAL_SETTINGS, load_class

    keys = [area.key for area in AREAS]
    assert keys == ["roster", "this_week", "dashboard", "at_risk", "recruiting", "mentoring", "coaching", "training",
                    "care", "performance", "reports", "agent"]
    for _title, where in [*GENERAL_SETTINGS, *(tab for area in AREAS for tab in area.settings)]:
        assert callable(load_class(where))
    for area in AREAS:
        assert callable(load_class(area.page_class))
