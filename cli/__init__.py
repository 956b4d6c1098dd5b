"""Headless subcommands. They share the window's services and never import Qt widgets."""
