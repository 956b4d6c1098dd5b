"""本周待办 on a real database: the reminder kinds appear, and each switch in Settings hides its kind."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from domain.care import services as care
from domain.care.crypto import KdfParams
from domain.care.model import CareCategory, CareDetails, CareFacts
from domain.care.reminders import Reminder, setting_key
from domain.mentoring import services as mentoring
from domain.mentoring.model import NewPairing
from domain.roster import services as roster
from domain.roster.model import AgentData, Role
from domain.this_week import this_week

TODAY = date(2026, 11, 23)


def kinds(db) -> set[tuple[str, str, str]]:  # type: ignore[no-untyped-def]
    return {(i.area, i.kind, i.agent_name) for i in this_week(db.uow(), TODAY)}


def switch_off(db, reminder: Reminder) -> None:  # type: ignore[no-untyped-def]
    with db.uow() as uow:
        uow.settings.set(setting_key(reminder), "0")
        uow.commit()


def test_each_reminder_kind_shows_and_can_be_switched_off(db) -> None:  # type: ignore[no-untyped-def]
    wang = roster.add_agent(db.uow(), AgentData("KF001", "王婷", Role.HOTLINE, "热线一组", date(2023, 11, 25),
                                                birth_date=date(1998, 11, 27)), TODAY).agent_id
    li = roster.add_agent(db.uow(), AgentData("KF002", "李强", Role.HOTLINE, "热线一组", date(2026, 8, 28)),
                          TODAY).agent_id
    key = care.set_passphrase(db.uow(), "关怀密码-2026", KdfParams(n=2**10))
    care.add_record(db.uow(), key, CareFacts(li, date(2026, 11, 20), CareCategory.HOSPITAL,
                                             follow_up=date(2026, 11, 26)), CareDetails("住院"), TODAY)
    mentoring.start_pairing(db.uow(), NewPairing(wang, li, date(2026, 9, 1), date(2026, 11, 27), Decimal(200)), TODAY)
    found = kinds(db)
    assert {("reminders", "birthday", "王婷"), ("reminders", "anniversary", "王婷"),
            ("reminders", "three_months", "李强"), ("care", "hospital", "李强"),
            ("mentoring", "pairing_ending", "李强")} <= found

    switch_off(db, Reminder.BIRTHDAY)
    assert ("reminders", "birthday", "王婷") not in kinds(db)
    switch_off(db, Reminder.ANNIVERSARY)
    switch_off(db, Reminder.MILESTONE)
    switch_off(db, Reminder.CARE_FOLLOW_UP)
    switch_off(db, Reminder.PAIRING_END)
    left = kinds(db)
    assert not {k for k in left if k[0] in ("reminders", "care") or k[1] == "pairing_ending"}, left
