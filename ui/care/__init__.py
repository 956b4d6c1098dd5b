"""关怀: care records whose details stay encrypted until the supervisor unlocks them."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from shared.messages import register_codes

TITLE = QT_TRANSLATE_NOOP("Areas", "Care")

register_codes({
    "care_wrong_passphrase": QT_TRANSLATE_NOOP("Messages", "Wrong passphrase"),
    "care_passphrase_too_short": QT_TRANSLATE_NOOP("Messages", "The passphrase needs at least 8 characters"),
    "care_no_passphrase": QT_TRANSLATE_NOOP("Messages", "Set a care passphrase first"),
    "care_passphrase_exists": QT_TRANSLATE_NOOP("Messages", "A care passphrase is already set"),
    "care_keyring_damaged": QT_TRANSLATE_NOOP(
        "Messages", "The care key store is damaged; restore a backup of the database"),
    "care_locked": QT_TRANSLATE_NOOP("Messages", "Care records are locked; unlock them first"),
    "care_key_outdated": QT_TRANSLATE_NOOP("Messages", "The care passphrase was changed; unlock again"),
    "care_record_damaged": QT_TRANSLATE_NOOP("Messages", "This record's details are damaged and cannot be read"),
    "care_day_in_future": QT_TRANSLATE_NOOP("Messages", "The date cannot be in the future"),
    "care_follow_up_before_day": QT_TRANSLATE_NOOP("Messages", "The follow-up cannot be before the date"),
    "care_aid_out_of_range": QT_TRANSLATE_NOOP("Messages", "The amount must be between 0 and 1,000,000"),
    "care_agent_ambiguous": QT_TRANSLATE_NOOP(
        "Messages", "Several agents have this name; pick one from the list or type the employee no."),
    "care_agent_not_found": QT_TRANSLATE_NOOP("Messages", "No current agent has this name or employee no."),
    "buddy_self": QT_TRANSLATE_NOOP("Messages", "An agent cannot be their own buddy"),
    "buddy_is_mentor": QT_TRANSLATE_NOOP("Messages", "The mentor teaches; a buddy should be another peer"),
    "buddy_not_active": QT_TRANSLATE_NOOP("Messages", "Both agents must be currently employed"),
    "buddy_already": QT_TRANSLATE_NOOP("Messages", "This agent already has a buddy; end that pairing first"),
    "buddy_full": QT_TRANSLATE_NOOP("Messages", "This buddy already supports two colleagues"),
    "rehire_same_record": QT_TRANSLATE_NOOP("Messages", "A record cannot be linked to itself"),
    "rehire_not_left": QT_TRANSLATE_NOOP("Messages", "The earlier record must be a leaver"),
    "rehire_overlaps": QT_TRANSLATE_NOOP("Messages", "The earlier employment must end before this one starts"),
    "buddy_rating_range": QT_TRANSLATE_NOOP("Messages", "Choose 1 to 5"),
})
