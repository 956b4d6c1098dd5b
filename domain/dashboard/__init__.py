"""看板 (dashboard): retention analytics and the at-risk rules. Pure functions over counts and facts."""
