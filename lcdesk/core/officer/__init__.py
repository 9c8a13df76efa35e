"""The officer's side: entering figures, form state, the demo."""
