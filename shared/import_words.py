"""Words for the importers' codes (roster and KPI files read by meaning), named in shared/words.py's manifest so
the CLI and every dialog describe them the same way."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

CODES = {
    "bad_phone": QT_TRANSLATE_NOOP(
        "Messages", "Not a phone number: an 11-digit mobile (+86 allowed) or a landline with its area code"),
    "several_sheets": QT_TRANSLATE_NOOP(
        "Messages", "Several sheets look like data; choose one (command line: --sheet NAME)"),
    "only_hidden_sheet": QT_TRANSLATE_NOOP(
        "Messages", "The data is only on a hidden sheet; it is read only if you choose it (--sheet NAME)"),
    "no_such_sheet": QT_TRANSLATE_NOOP("Messages", "The file has no sheet of that name"),
    "no_data_rows": QT_TRANSLATE_NOOP("Messages", "The file has a header but no data rows"),
    "value_choice_needed": QT_TRANSLATE_NOOP(
        "Messages", "This word means none of the known values; choose what it means (command line: --value)"),
    "kpi_month_conflict": QT_TRANSLATE_NOOP(
        "Messages", "The month chosen and the month written in the file disagree"),
    "kpi_future_month": QT_TRANSLATE_NOOP("Messages", "That month has not ended yet: figures for it cannot be final"),
    "kpi_out_of_tenure": QT_TRANSLATE_NOOP(
        "Messages", "The agent was not employed in that month (left before it or hired after it)"),
    "kpi_implausible": QT_TRANSLATE_NOOP("Messages", "Implausible value; check the file"),
    "kpi_negative": QT_TRANSLATE_NOOP("Messages", "Negative value"),
    "kpi_over_100": QT_TRANSLATE_NOOP("Messages", "Rate above 100 %"),
    "kpi_handle_over_4h": QT_TRANSLATE_NOOP("Messages", "Handle time over 4 hours"),
    "kpi_complaints_over_contacts": QT_TRANSLATE_NOOP("Messages", "More complaints than contacts handled"),
    "kpi_too_many_contacts": QT_TRANSLATE_NOOP("Messages", "More contacts than one agent can handle in a month"),
    "kpi_answered_over_inbound": QT_TRANSLATE_NOOP("Messages", "More calls answered than offered"),
}
