"""The officer's window and its indicator forms."""
