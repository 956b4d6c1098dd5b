"""Data safety: which backups to keep, and what a backup holds — rules only, no files."""
