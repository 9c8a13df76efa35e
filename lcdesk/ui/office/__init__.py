"""The city office's desk."""
