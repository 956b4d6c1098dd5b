"""师徒制 and 技能认证: pairings, check-ins, the allowance statement, mentor outcomes and certification.

Importing the package registers its error codes. It needs QtCore only, so the CLI can use these words too;
enum labels load with the pages (`ui.mentoring.labels`, kept off the start-up path: it imports the domain),
and the agent page's words and button are registered by `ui.mentoring.agent_hooks`."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from shared.messages import register_codes

TITLE = QT_TRANSLATE_NOOP("Areas", "Mentoring")
SETTINGS_TITLE = QT_TRANSLATE_NOOP("Areas", "Mentoring")

register_codes({
    "mentor_not_active": QT_TRANSLATE_NOOP("Messages", "The mentor has left; only an active agent can mentor"),
    "mentor_not_qualified": QT_TRANSLATE_NOOP(
        "Messages", "A mentor must be in the expert stage (over 12 months) or certified senior"),
    "mentor_at_capacity": QT_TRANSLATE_NOOP(
        "Messages", "This mentor already has %1 active apprentices, the most allowed (see Settings)"),
    "apprentice_not_active": QT_TRANSLATE_NOOP("Messages", "The apprentice has left"),
    "apprentice_already_paired": QT_TRANSLATE_NOOP(
        "Messages", "This apprentice already has an active mentor; end that pairing first"),
    "pairing_overlaps": QT_TRANSLATE_NOOP(
        "Messages", "This apprentice already had a mentor from %1 to %2; pairings of one apprentice cannot "
                    "overlap (each day is paid to one mentor only). Start the new pairing after %2"),
    "cannot_mentor_self": QT_TRANSLATE_NOOP("Messages", "Nobody can mentor themselves"),
    "pairing_not_active": QT_TRANSLATE_NOOP("Messages", "This pairing has already ended"),
    "pairing_start_in_future": QT_TRANSLATE_NOOP("Messages", "The start date cannot be in the future"),
    "pairing_before_hire": QT_TRANSLATE_NOOP("Messages", "The pairing cannot start before the apprentice was hired"),
    "planned_end_not_after_start": QT_TRANSLATE_NOOP("Messages", "The planned end must be after the start date"),
    "allowance_out_of_range": QT_TRANSLATE_NOOP("Messages", "The allowance must be between 0 and 100,000 yuan"),
    "allowance_fen": QT_TRANSLATE_NOOP("Messages", "The allowance can have at most two decimals (fen)"),
    "progress_out_of_range": QT_TRANSLATE_NOOP("Messages", "Progress is from 1 to 5"),
    "check_in_outside_pairing": QT_TRANSLATE_NOOP(
        "Messages", "The check-in date must fall within the pairing and not in the future"),
    "end_before_start": QT_TRANSLATE_NOOP("Messages", "The end date cannot be before the start date"),
    "end_in_future": QT_TRANSLATE_NOOP("Messages", "The end date cannot be in the future"),
    "attempt_in_future": QT_TRANSLATE_NOOP("Messages", "The exam date cannot be in the future"),
    "attempt_before_hire": QT_TRANSLATE_NOOP("Messages", "The exam date cannot be before the hire date"),
    "score_out_of_range": QT_TRANSLATE_NOOP("Messages", "The score must be between 0 and 100"),
    "number_out_of_range": QT_TRANSLATE_NOOP("Messages", "The number is outside the allowed range"),
})
