"""Widgets and helpers shared by every window."""
