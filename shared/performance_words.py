"""The performance area's error words, shared by the window and the headless `import kpi` / `export publish`
commands. They belong to the performance area's .ts file (resources/i18n/update_translations.py maps
shared/<area>_words.py to <area>). Importing the module registers them."""

from PySide6.QtCore import QT_TRANSLATE_NOOP

from shared.messages import register_codes

register_codes({
    "kpi_month_exists": QT_TRANSLATE_NOOP("Messages", "That month was already imported"),
    "kpi_unknown_agents": QT_TRANSLATE_NOOP("Messages", "Some employee numbers are not in the roster"),
    "kpi_no_month": QT_TRANSLATE_NOOP(
        "Messages", "The file does not say which month it is; choose the month before importing"),
    "kpi_mixed_months": QT_TRANSLATE_NOOP("Messages", "The file holds more than one month; import one month at a time"),
    "kpi_month_mismatch": QT_TRANSLATE_NOOP("Messages", "This row is for a different month than the one chosen"),
    "kpi_bad_month": QT_TRANSLATE_NOOP("Messages", "Not a valid month"),
    "kpi_no_metric_columns": QT_TRANSLATE_NOOP("Messages", "No KPI columns found (e.g. 接通量, 满意度)"),
    "kpi_out_of_range": QT_TRANSLATE_NOOP("Messages", "Value out of range"),
    "kpi_nothing_to_import": QT_TRANSLATE_NOOP("Messages", "The file has no rows to import"),
    "kpi_no_figures": QT_TRANSLATE_NOOP("Messages", "No KPI figures for this agent in that month"),
    "not_an_integer": QT_TRANSLATE_NOOP("Messages", "Must be a whole number"),
    "blank": QT_TRANSLATE_NOOP("Messages", "This cell is empty"),
    "scheme_invalid": QT_TRANSLATE_NOOP("Messages", "The scheme cannot be saved"),
    "scheme_no_metrics": QT_TRANSLATE_NOOP("Messages", "A scheme needs at least one metric"),
    "scheme_duplicate_metric": QT_TRANSLATE_NOOP("Messages", "Each metric may appear only once"),
    "scheme_weights_not_100": QT_TRANSLATE_NOOP("Messages", "Weights must add up to 100"),
    "scheme_negative_weight": QT_TRANSLATE_NOOP("Messages", "Weights cannot be negative"),
    "scheme_bad_target": QT_TRANSLATE_NOOP("Messages", "Targets must be above zero"),
    "scheme_bad_cap": QT_TRANSLATE_NOOP("Messages", "The cap must be at least 1"),
    "scheme_bad_bands": QT_TRANSLATE_NOOP("Messages", "Grade lines must rise: Pass < Good < Excellent"),
    "appeal_already_decided": QT_TRANSLATE_NOOP("Messages", "This appeal was already decided"),
    "star_already_recorded": QT_TRANSLATE_NOOP("Messages", "Already recorded as service star for that month"),
})
