"""The demo centre's size, shared by `main.py demo` (its defaults) and the window's --demo start-up. A module of
its own so main.py can read it without loading the demo generators (start-up speed)."""

DEMO_HEADCOUNT, DEMO_MONTHS, DEMO_SEED = 60, 36, 7
