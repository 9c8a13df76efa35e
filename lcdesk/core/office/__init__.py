"""The city office's side: inbox, registry, completeness, review, figures, checks, report."""
