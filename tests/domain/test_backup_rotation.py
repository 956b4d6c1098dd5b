"""RELIABILITY B4: the keeping rule with a fake clock — pure, no files."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from domain.safety.rotation import DAILY, MONTHLY, WEEKLY, Dated, backups_to_remove, daily_backup_due

START = datetime(2025, 1, 1)


def simulate(days: int, per_day: int, kinds: dict[int, str] | None = None) -> tuple[list[Dated], datetime]:
    """Take `per_day` backups a day for `days` days, thinning after each one as the app does."""
    kept: list[Dated] = []
    now = START
    for day in range(days):
        for n in range(per_day):
            now = START + timedelta(days=day, hours=8 + 5 * n)
            kind = (kinds or {}).get(day, "auto") if n == 0 else "manual"
            kept.append(Dated(now.isoformat(), kind, now))
            gone = {b.key for b in backups_to_remove(kept, now.date())}
            kept = [b for b in kept if b.key not in gone]
    return kept, now


def test_a_year_of_three_backups_a_day_thins_to_two_recent_days_12_daily_10_weekly_9_monthly() -> None:
    kept, now = simulate(400, 3)
    today = now.date()
    recent = [b for b in kept if (today - b.taken_at.date()).days < 2]
    older_days = sorted({b.taken_at.date() for b in kept if b not in recent}, reverse=True)
    print(f"rotation: 1200 backups over 400 days, {len(kept)} kept ({len(recent)} recent + "
          f"{len(older_days)} older days)")
    assert len(recent) == 6
    assert len(older_days) == DAILY + WEEKLY + MONTHLY == len(kept) - len(recent)
    daily = older_days[:DAILY]
    assert daily == [today - timedelta(days=d) for d in range(2, 2 + DAILY)]  # one for each of 12 days
    weekly = older_days[DAILY:DAILY + WEEKLY]
    assert len({d.toordinal() // 7 for d in weekly}) == WEEKLY  # one per week
    monthly = older_days[DAILY + WEEKLY:]
    assert len({(d.year, d.month) for d in monthly}) == MONTHLY  # one per month
    assert min(older_days) >= today - timedelta(days=366)  # about a year, no more


def test_thinning_keeps_the_newest_backup_of_each_kept_day() -> None:
    kept, _ = simulate(30, 3)
    older = [b for b in kept if b.taken_at.date() < date(2025, 1, 29)]
    assert all(b.taken_at.hour == 18 for b in older)


def test_pre_migration_backups_are_never_thinned() -> None:
    kinds = {d: "pre-migrate-0001" for d in range(0, 400, 37)}
    kept, _ = simulate(400, 3, kinds)
    assert sum(b.kind.startswith("pre-migrate") for b in kept) == len(kinds)
    others = [b for b in kept if not b.kind.startswith("pre-migrate")]
    assert len(others) == 6 + DAILY + WEEKLY + MONTHLY


def test_few_backups_are_all_kept() -> None:
    backups = [Dated(str(i), "auto", START + timedelta(days=i * 40)) for i in range(5)]
    assert backups_to_remove(backups, (START + timedelta(days=170)).date()) == []


def test_the_start_up_backup_is_due_once_a_day() -> None:
    morning = datetime(2026, 11, 23, 8, 0)
    assert daily_backup_due(None, morning)
    assert not daily_backup_due(morning, morning + timedelta(hours=9))
    assert daily_backup_due(morning - timedelta(days=1), morning)
