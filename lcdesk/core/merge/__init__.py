"""The merge rule and the office's recorded resolutions of conflicts."""
