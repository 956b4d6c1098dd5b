"""Training's error codes; ui/training registers their words."""

from __future__ import annotations

from domain.errors import DomainError


class TrainingError(DomainError):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


# The codes raised (TrainingError(code)):
CODES = ("training_title_missing", "training_weeks_invalid", "training_pass_mark_invalid",
         "training_item_has_results", "training_date_in_future", "training_before_hire", "training_score_missing",
         "training_score_invalid", "training_agent_not_active", "training_no_attendees", "training_topic_missing",
         "career_level_track_mismatch", "career_level_not_above", "position_title_missing",
         "position_end_before_start")
