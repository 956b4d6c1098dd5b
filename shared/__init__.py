"""QtCore-only pieces both the window (ui/) and the command line (cli/) use: the translators, the error words and
sentences, the CLI's and the safety area's words, the instance lock. Neither ui nor cli is imported from here, so
imports run one way (main → ui/cli → shared, domain). No widgets: the CLI loads this without a display."""
